package org.cytobench.io.platereader.biotek;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.cytobench.io.ImportException;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;

/**
 * Gen5's row-wise ("table") result format: {@code Well ID | Well | Conc/Dil | 450 | Blank 450 | Count | Mean | Std Dev |
 * CV (%)}, one line per well. The group statistics (written only on a group's first line) and the layout columns are
 * not well data and are skipped.
 */
final class Gen5WellTable {
    private Gen5WellTable() {}

    private static final Set<String> NOT_DATA = Set.of("well id", "well", "conc/dil", "name", "sample", "dilution", "count",
            "mean", "std dev", "stdev", "cv (%)", "cv", "%cv", "sem", "std error", "median");

    /** The column of "Well" when this row is the header of such a table (the next row has a well label there), else -1. */
    static int wellColumn(Gen5Grid g, int row) {
        for (int c = 0; c < g.width(row); c++) {
            if (g.cell(row, c).equalsIgnoreCase("Well") && g.nonEmptyCount(row) >= 2 && isWell(g.cell(row + 1, c))) return c;
        }
        return -1;
    }

    private static boolean isWell(String s) {
        try {
            WellPosition.parse(s);
            return s.length() <= 4;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static int read(Gen5Grid g, int header, Gen5Plate plate) throws ImportException {
        int wellCol = wellColumn(g, header);
        Map<Integer, String> sets = new LinkedHashMap<>();
        for (int c = 0; c < g.width(header); c++) {
            String h = g.cell(header, c);
            if (!h.isEmpty() && !NOT_DATA.contains(h.toLowerCase(java.util.Locale.ROOT))) sets.put(c, plate.unusedName(h));
        }
        if (sets.isEmpty()) throw g.error(header, wellCol, "the well table has no data columns");
        sets.values().forEach(plate.reads::declare);
        int r = header + 1;
        for (; r < g.size() && !g.blank(r); r++) {
            String label = g.cell(r, wellCol);
            if (!isWell(label)) throw g.error(r, wellCol, "expected a well such as B7 in the Well column, found '"
                    + Gen5KineticTable.abbreviate(label) + "'");
            if (g.strictWidth() && g.width(r) < g.width(header)) {
                throw g.error(r, g.width(r), "expected " + g.width(header) + " fields, found " + g.width(r) + " (is the line cut short?)");
            }
            WellPosition w = WellPosition.parse(label);
            plate.seeWells(PlateFormat.holding(w.row(), w.column()));
            for (Map.Entry<Integer, String> e : sets.entrySet()) {
                plate.reads.put(e.getValue(), w, Gen5CellReader.read(g, r, e.getKey(), e.getValue(), plate));
            }
        }
        return r;
    }
}
