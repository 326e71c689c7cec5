package org.cytobench.io.platereader.promega;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cytobench.io.Cell;
import org.cytobench.io.ImportException;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;

/**
 * One GloMax result grid: the {@code Reading:} line holds the column numbers 1…12 (or 1…24) somewhere to the right, and
 * each following line has the row letter just left of the first value. Every plate row must be present and complete.
 */
record GloMaxTable(PlateFormat format, Map<WellPosition, Double> values, Map<WellPosition, String> markers, int end) {

    static GloMaxTable read(String file, List<List<String>> rows, int header) throws ImportException {
        List<String> h = rows.get(header);
        int k = -1, n = 0;
        for (int c = 0; c < h.size(); c++) {
            int run = 0;
            while (c + run < h.size() && h.get(c + run).equals(Integer.toString(run + 1))) run++;
            if (run > n) {
                n = run;
                k = c;
            }
        }
        if (n != 12 && n != 24) {
            throw new ImportException(file, "line " + (header + 1), "expected the column numbers 1–12 or 1–24 on the Reading line, found "
                    + (n == 0 ? "none" : "1–" + n));
        }
        PlateFormat format = n == 12 ? PlateFormat.WELLS_96 : PlateFormat.WELLS_384;
        Map<WellPosition, Double> values = new TreeMap<>();
        Map<WellPosition, String> markers = new TreeMap<>();
        int r = header + 1;
        for (int i = 0; i < format.rows(); i++, r++) {
            char letter = (char) ('A' + i);
            List<String> row = r < rows.size() ? rows.get(r) : List.of();
            String label = k - 1 < row.size() ? row.get(k - 1) : "";
            if (!label.equals(String.valueOf(letter))) {
                throw new ImportException(file, "line " + (r + 1), "expected plate row " + letter + " in column " + k
                        + (label.isEmpty() ? "" : ", found '" + abbreviate(label) + "'") + (r >= rows.size() ? " (the file ends early)" : ""));
            }
            if (row.size() < k + n) {
                throw new ImportException(file, "line " + (r + 1), "row " + letter + " has " + Math.max(0, row.size() - k) + " of "
                        + n + " values (is the line cut short?)");
            }
            for (int j = 0; j < n; j++) {
                Cell cell = Cell.parse(row.get(k + j));
                WellPosition w = new WellPosition(i, j);
                if (cell.isNumber()) values.put(w, cell.number());
                else if (cell.isMarker()) markers.put(w, cell.marker());
            }
        }
        return new GloMaxTable(format, values, markers, r);
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
