package org.cytobench.io.platereader.biotek;

import java.util.List;
import org.cytobench.io.ImportException;
import org.cytobench.io.SheetGrid;

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
record Gen5Grid(String fileName, String sheetName, List<List<String>> rows, boolean decimalComma, boolean strictWidth,
                int[] firsts, int[] counts) {

    /** Strips every cell once (the parser looks at each cell several times) and notes each row's first cell and fill. */
    Gen5Grid(String fileName, String sheetName, List<List<String>> rows, boolean decimalComma, boolean strictWidth) {
        this(fileName, sheetName, normalized(rows), decimalComma, strictWidth, new int[rows.size()], new int[rows.size()]);
        for (int r = 0; r < this.rows.size(); r++) {
            List<String> row = this.rows.get(r);
            int first = -1, n = 0;
            for (int c = 0; c < row.size(); c++) {
                if (!row.get(c).isEmpty()) {
                    n++;
                    if (first < 0) first = c;
                }
            }
            firsts[r] = first;
            counts[r] = n;
        }
    }

    private static List<List<String>> normalized(List<List<String>> rows) {
        List<List<String>> out = new java.util.ArrayList<>(rows.size());
        for (List<String> row : rows) {
            String[] cells = new String[row.size()];
            for (int c = 0; c < cells.length; c++) {
                String s = row.get(c);
                cells[c] = s == null ? "" : s.indexOf('\u00A0') >= 0 ? s.replace('\u00A0', ' ').strip() : s.strip();
            }
            out.add(java.util.Arrays.asList(cells));
        }
        return out;
    }

    int size() { return rows.size(); }

    /** The stripped text of a cell, "" outside the grid. */
    String cell(int row, int column) {
        if (row < 0 || row >= rows.size()) return "";
        List<String> r = rows.get(row);
        return column < 0 || column >= r.size() ? "" : r.get(column);
    }

    int width(int row) { return row < 0 || row >= rows.size() ? 0 : rows.get(row).size(); }

    boolean blank(int row) { return first(row) < 0; }

    /** Index of the first non-empty cell, -1 for a blank row. */
    int first(int row) { return row < 0 || row >= rows.size() ? -1 : firsts[row]; }

    int nonEmptyCount(int row) { return row < 0 || row >= rows.size() ? 0 : counts[row]; }

    boolean isWorkbook() { return sheetName != null; }

    /** "line 14" for text, "sheet 'X', cell B7" for a workbook. */
    String where(int row, int column) {
        return isWorkbook() ? new SheetGrid(sheetName, List.of()).location(row, Math.max(column, 0)) : "line " + (row + 1);
    }

    ImportException error(int row, int column, String problem) {
        return new ImportException(fileName, where(row, column), problem);
    }
}
