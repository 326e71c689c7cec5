package org.cytobench.io;

import java.util.List;

/**
 * The cells of one Gen5 export, whether it came as delimited text or as a worksheet that holds the same layout in cells.
 * The parser works on this grid only, so both kinds of export share one parser; the grid knows how to name a place in
 * the file ("line 14" or "sheet 'Plate 1 - Sheet1', cell C40") and whether its time cells are Excel day numbers.
 *
 * @param fileName     for messages
 * @param sheetName    the worksheet's name, or null for a text export
 * @param rows         cell texts, row by row
 * @param decimalComma numbers are written 0,123
 * @param strictWidth  text exports: a data line shorter than its table header was cut (workbooks trim empty cells, so no)
 */
record Gen5Grid(String fileName, String sheetName, List<List<String>> rows, boolean decimalComma, boolean strictWidth) {

    int size() { return rows.size(); }

    /** The stripped text of a cell, "" outside the grid. */
    String cell(int row, int column) {
        if (row < 0 || row >= rows.size()) return "";
        List<String> r = rows.get(row);
        if (column < 0 || column >= r.size()) return "";
        String s = r.get(column);
        return s == null ? "" : s.replace('\u00A0', ' ').strip();
    }

    int width(int row) { return row < 0 || row >= rows.size() ? 0 : rows.get(row).size(); }

    boolean blank(int row) {
        if (row < 0 || row >= rows.size()) return true;
        for (int c = 0; c < rows.get(row).size(); c++) if (!cell(row, c).isEmpty()) return false;
        return true;
    }

    /** Index of the first non-empty cell, -1 for a blank row. */
    int first(int row) {
        if (row < 0 || row >= rows.size()) return -1;
        for (int c = 0; c < rows.get(row).size(); c++) if (!cell(row, c).isEmpty()) return c;
        return -1;
    }

    int nonEmptyCount(int row) {
        int n = 0;
        if (row < 0 || row >= rows.size()) return 0;
        for (int c = 0; c < rows.get(row).size(); c++) if (!cell(row, c).isEmpty()) n++;
        return n;
    }

    boolean isWorkbook() { return sheetName != null; }

    /** "line 14" for text, "sheet 'X', cell B7" for a workbook. */
    String where(int row, int column) {
        return isWorkbook() ? new SheetGrid(sheetName, List.of()).location(row, Math.max(column, 0)) : "line " + (row + 1);
    }

    ImportException error(int row, int column, String problem) {
        return new ImportException(fileName, where(row, column), problem);
    }
}
