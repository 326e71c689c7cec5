package org.cytobench.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of cell texts from either a delimited text export or one worksheet, with the location wording each source needs
 * in error messages ("line 14" or "sheet 'Plate 1', cell B7"). Lets one grid parser serve csv, tsv, xlsx and xls.
 */
public final class CellTable {
    private final List<List<String>> rows;
    private final String sheetName; // null for text

    private CellTable(List<List<String>> rows, String sheetName) {
        this.rows = rows;
        this.sheetName = sheetName;
    }

    public static CellTable of(SheetGrid sheet) {
        return new CellTable(sheet.rows(), sheet.name());
    }

    /** Splits every line on {@code separator}; row {@code i} is line {@code i + 1} of the file. */
    public static CellTable ofLines(List<String> lines, char separator) {
        List<List<String>> rows = new ArrayList<>(lines.size());
        for (String l : lines) rows.add(Delimiters.split(l, separator));
        return new CellTable(rows, null);
    }

    public int rowCount() { return rows.size(); }

    public List<String> row(int r) { return r < 0 || r >= rows.size() ? List.of() : rows.get(r); }

    /** The cell text, stripped; "" outside the table. */
    public String cell(int r, int c) {
        List<String> row = row(r);
        return c < 0 || c >= row.size() ? "" : row.get(c).strip();
    }

    /** True when the row has no non-blank cell. */
    public boolean isBlank(int r) {
        for (String s : row(r)) if (!s.isBlank()) return false;
        return true;
    }

    /** The non-blank cells of a row, stripped, in order. */
    public List<String> nonBlank(int r) {
        List<String> out = new ArrayList<>();
        for (String s : row(r)) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    /** The first non-blank cell of the row, "" if none. */
    public String first(int r) {
        for (String s : row(r)) if (!s.isBlank()) return s.strip();
        return "";
    }

    public String location(int r) {
        return sheetName == null ? "line " + (r + 1) : "sheet '" + sheetName + "', row " + (r + 1);
    }

    public String location(int r, int c) {
        return sheetName == null ? "line " + (r + 1) + ", field " + (c + 1) : "sheet '" + sheetName + "', cell " + SheetGrid.address(r, c);
    }

    /** The sheet name, or null for a text file. */
    public String sheetName() { return sheetName; }
}
