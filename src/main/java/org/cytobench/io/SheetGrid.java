package org.cytobench.io;

import java.util.List;

/**
 * One worksheet as a grid of cell texts (row-major, 0-based; missing cells are ""). Numeric cells are written as the
 * shortest text that reads back as the same double ("0.123", "45233", "2.7405"), so importers handle text exports and
 * spreadsheets with the same code; formulas give their cached value.
 */
public record SheetGrid(String name, List<List<String>> rows) {

    public SheetGrid {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public String cell(int row, int column) {
        if (row < 0 || row >= rows.size()) return "";
        List<String> r = rows.get(row);
        return column < 0 || column >= r.size() ? "" : r.get(column);
    }

    public int rowCount() { return rows.size(); }

    /** Excel-style address of a 0-based cell, "B7", for error messages. */
    public static String address(int row, int column) {
        StringBuilder col = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            col.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return col + Integer.toString(row + 1);
    }

    /** "sheet 'Plate 1', cell B7". */
    public String location(int row, int column) {
        return "sheet '" + name + "', cell " + address(row, column);
    }
}
