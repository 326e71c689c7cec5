package org.cytobench.io;

import org.cytobench.plate.WellPosition;

/**
 * A plate grid as most readers print it: a header row of column numbers 1…n (the cell before them is a corner such as
 * {@code <>}, "Abs" or empty) and below it rows labelled with consecutive letters (A, B, … or E, F for part of a plate).
 *
 * @param headerRow   0-based row of the column numbers
 * @param labelColumn 0-based column holding the row letters
 * @param columns     how many numbered columns the header has
 * @param rows        how many lettered rows follow
 * @param cells       the non-empty cells by well
 */
public record LabelledGrid(int headerRow, int labelColumn, int columns, int rows, WellCells cells) {

    /** The row after the last lettered row. */
    public int endRow() { return headerRow + 1 + rows; }

    /**
     * How many consecutive column numbers 1, 2, … (also written 01, 02) follow {@code labelColumn} on this row; 0 when the
     * row is not a column header there.
     */
    public static int headerWidth(CellTable t, int row, int labelColumn) {
        int n = 0;
        while (n < 48 && isInt(t.cell(row, labelColumn + 1 + n), n + 1)) n++;
        return n;
    }

    /** The row letter (0 = A) of a label cell, or -1 when the cell is not a single letter A–P. */
    public static int rowIndex(String label) {
        String s = label.strip();
        if (s.length() != 1) return -1;
        char c = Character.toUpperCase(s.charAt(0));
        return c >= 'A' && c <= 'P' ? c - 'A' : -1;
    }

    /**
     * Parses the grid whose header is at {@code headerRow}. Reads lettered rows while the letters are consecutive; cells
     * right of the last numbered column are not part of the grid (users type notes there).
     */
    public static LabelledGrid parse(CellTable t, int headerRow, int labelColumn, boolean decimalComma) {
        int columns = Math.min(headerWidth(t, headerRow, labelColumn), WellPosition.MAX_COLUMNS);
        WellCells cells = new WellCells();
        int r = headerRow + 1;
        int expected = rowIndex(t.cell(r, labelColumn));
        int rows = 0;
        while (expected >= 0 && rowIndex(t.cell(r, labelColumn)) == expected) {
            for (int c = 0; c < columns; c++) {
                cells.put(new WellPosition(expected, c), Cell.parse(t.cell(r, labelColumn + 1 + c), decimalComma));
            }
            rows++;
            r++;
            expected = expected + 1 < WellPosition.MAX_ROWS ? expected + 1 : -1;
        }
        return new LabelledGrid(headerRow, labelColumn, columns, rows, cells);
    }

    private static boolean isInt(String s, int expected) {
        String v = s.strip();
        if (v.isEmpty() || v.length() > 4) return false;
        if (v.endsWith(".0")) v = v.substring(0, v.length() - 2);
        for (int i = 0; i < v.length(); i++) if (!Character.isDigit(v.charAt(i))) return false;
        return !v.isEmpty() && Integer.parseInt(v) == expected;
    }
}
