package org.cytobench.io.platereader.biotek;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.io.ImportException;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;

/**
 * A Gen5 plate-shaped table: a header of column numbers 1…12 (or 1…24), then for each plate row A…H (A…P) one line per
 * data set — the first line starts with the row letter, the others with an empty field — each ending with the data
 * set's name ({@code 450}, {@code Blank 450}, {@code [Concentration]}). The Layout block has the same shape (Well ID and
 * Conc/Dil lines) and is skipped.
 */
final class Gen5MatrixTable {
    private Gen5MatrixTable() {}

    /** The column index of "1" when this row is a header 1, 2, 3, … and nothing else; else -1. */
    static int headerColumn(Gen5Grid g, int row) {
        int f = g.first(row);
        if (f < 0 || !g.cell(row, f).equals("1") || !g.cell(row, f + 1).equals("2")) return -1;
        int n = count(g, row, f);
        return g.nonEmptyCount(row) == n ? f : -1;
    }

    private static int count(Gen5Grid g, int row, int k) {
        int n = 0;
        while (g.cell(row, k + n).equals(Integer.toString(n + 1))) n++;
        return n;
    }

    /**
     * Reads the table whose header is at {@code header}; returns the first row after it.
     *
     * @param title the line that introduced the table ("Results", "Layout", "660"), used when lines carry no name
     */
    static int read(Gen5Grid g, int header, String title, Gen5Plate plate) throws ImportException {
        int k = headerColumn(g, header);
        int n = count(g, header, k);
        if (n > 24) throw g.error(header, k + 24, "a plate table has at most 24 columns, found " + n);
        // the Layout block is known by its title, and also by its "Well ID" line (a lost or repeated line can separate
        // the title from the table; its Conc/Dil values must never become a read)
        boolean layout = "Layout".equalsIgnoreCase(title) || "Well ID".equalsIgnoreCase(g.cell(header + 1, k + n));
        List<Character> letters = new ArrayList<>();
        Map<Character, List<String>> namesByRow = new HashMap<>();
        Map<String, String> renamed = new HashMap<>();
        Boolean named = null;
        int r = header + 1;
        for (; r < g.size() && !g.blank(r); r++) {
            String label = g.cell(r, k - 1);
            if (label.length() == 1 && label.charAt(0) >= 'A' && label.charAt(0) <= 'P') {
                letters.add(label.charAt(0));
            } else if (!label.isEmpty() || letters.isEmpty()) {
                break; // not a line of this table
            }
            char letter = letters.get(letters.size() - 1);
            String name = g.cell(r, k + n);
            if (named == null) named = !name.isEmpty();
            if (named && name.isEmpty()) {
                throw g.error(r, k + n, "expected " + n + " values and a data-set name in row " + letter
                        + ", found " + Math.max(0, g.width(r) - k) + " fields (is the line cut short?)");
            }
            if (!named) name = title == null || title.equalsIgnoreCase("Results") ? "Results" : title;
            namesByRow.computeIfAbsent(letter, c -> new ArrayList<>()).add(name);
            if (layout) {
                // its cells are the layout Gen5 states (offered on import), never a read
                for (int j = 0; j < n && letter - 'A' < 16 && j < 24; j++) Gen5Layout.put(plate, name, new WellPosition(letter - 'A', j), g.cell(r, k + j));
                continue;
            }
            String set = renamed.computeIfAbsent(name, plate::unusedName);
            plate.reads.declare(set);
            for (int j = 0; j < n; j++) {
                plate.reads.put(set, new WellPosition(letter - 'A', j), Gen5CellReader.read(g, r, k + j, set, plate));
            }
        }
        if (layout) return r;
        check(g, header, r, k, n, letters, namesByRow);
        PlateFormat f = letters.size() == 16 || n > 12 ? PlateFormat.WELLS_384 : PlateFormat.WELLS_96;
        if (plate.tableFormat != null && plate.tableFormat != f) {
            throw g.error(header, k, "this table is " + f.rows() + "×" + f.columns() + " but an earlier table of plate '"
                    + plate.name + "' was " + plate.tableFormat.rows() + "×" + plate.tableFormat.columns());
        }
        plate.tableFormat = f;
        return r;
    }

    /** Gen5 always writes every plate row, each with the same data sets: anything less is a damaged file. */
    private static void check(Gen5Grid g, int header, int end, int k, int n, List<Character> letters,
                              Map<Character, List<String>> namesByRow) throws ImportException {
        int expectedRows = n > 12 ? 16 : 8;
        char lastExpected = (char) ('A' + expectedRows - 1);
        if (letters.isEmpty()) throw g.error(header + 1, Math.max(k - 1, 0), "expected row A of the plate table after the column numbers");
        for (int i = 0; i < letters.size(); i++) {
            if (letters.get(i) != 'A' + i) {
                throw g.error(end - 1, Math.max(k - 1, 0), "plate table rows are out of order: expected row " + (char) ('A' + i)
                        + ", found " + letters.get(i));
            }
        }
        if (letters.size() != expectedRows) {
            throw g.error(end - 1, Math.max(k - 1, 0), "the plate table ends after row " + letters.get(letters.size() - 1)
                    + "; expected rows A–" + lastExpected + " (is the file cut short?)");
        }
        List<String> first = namesByRow.get('A');
        for (char c : letters) {
            if (!namesByRow.get(c).equals(first)) {
                throw g.error(end - 1, k + n, "row " + c + " has the data sets " + namesByRow.get(c) + " but row A has " + first
                        + " (is the file cut short?)");
            }
        }
    }
}
