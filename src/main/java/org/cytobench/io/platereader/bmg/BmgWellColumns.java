package org.cytobench.io.platereader.bmg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cytobench.io.Cell;
import org.cytobench.io.ImportException;
import org.cytobench.io.KineticCollector;
import org.cytobench.io.ReadCollector;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.WellPosition;

/**
 * MARS's "Table" layout (e.g. the "Table All Cycles" Excel export): a {@code Well} row naming the wells as columns
 * ({@code A01}, {@code A02}, …), description rows ({@code Content}, {@code Group}), then one row per data set and cycle,
 * labelled by the data title ({@code Raw Data (535 A)}) with the cycle's time in the {@code Time [s]} column. A data set
 * with one row is an endpoint read; with several it is a kinetic read over those times.
 */
final class BmgWellColumns {
    private BmgWellColumns() {}

    private static final Set<String> DESCRIPTION_ROWS = Set.of("content", "group", "sample", "sample id", "id", "conc", "concentration");

    record Table(PlateFormat format, List<Read> reads, List<KineticRead> kinetic, int firstRow, int lastRow) {}

    static boolean isHeader(BmgCells c, int r) {
        int found = 0;
        for (int k = 1; k < c.width(r) && found < 2; k++) {
            if (isWell(c.text(r, k))) found++;
        }
        return found > 0;
    }

    static Table read(BmgCells c, int headerRow) throws ImportException {
        Map<Integer, WellPosition> wells = new LinkedHashMap<>();
        boolean big = false;
        for (int k = 1; k < c.width(headerRow); k++) {
            String s = c.text(headerRow, k);
            if (s.isEmpty()) continue;
            WellPosition w;
            try {
                w = WellPosition.parse(s);
            } catch (IllegalArgumentException e) {
                throw c.error(headerRow, k, "expected a well name such as A01 in the Well row, found '" + s + "'");
            }
            wells.put(k, w);
            big |= !PlateFormat.WELLS_96.contains(w);
        }
        PlateFormat format = big ? PlateFormat.WELLS_384 : PlateFormat.WELLS_96;
        int timeColumn = -1;
        Map<String, List<Integer>> rowsByTitle = new LinkedHashMap<>();
        int r = headerRow + 1;
        for (; r < c.size() && !c.blank(r); r++) {
            String label = c.text(r, 0);
            for (int k = 1; k < c.width(r) && timeColumn < 0; k++) {
                if (!wells.containsKey(k) && c.text(r, k).toLowerCase(Locale.ROOT).startsWith("time")) timeColumn = k;
            }
            if (label.isEmpty() || DESCRIPTION_ROWS.contains(label.toLowerCase(Locale.ROOT))) continue;
            if (r == c.size() - 1 && c.isText() && c.rawWidth(r) < c.rawWidth(headerRow)) {
                throw c.error(r, c.rawWidth(r), "the last line has " + c.rawWidth(r) + " fields where the Well row has "
                        + c.rawWidth(headerRow) + "; the file looks cut");
            }
            rowsByTitle.computeIfAbsent(label, t -> new ArrayList<>()).add(r);
        }
        if (rowsByTitle.isEmpty()) throw c.error(headerRow + 1, 0, "expected data rows such as 'Raw Data (450)' below the Well row");
        List<Read> reads = new ArrayList<>();
        List<KineticRead> kinetic = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : rowsByTitle.entrySet()) {
            BmgReadTitle title = BmgReadTitle.of(e.getKey());
            List<Integer> rows = e.getValue();
            if (rows.size() == 1) {
                ReadCollector rc = new ReadCollector();
                wells.forEach((k, w) -> rc.put(w, c.cell(rows.get(0), k)));
                reads.add(rc.build(title.name(), title.kind(), title.wavelengthNm()));
            } else {
                KineticCollector kc = new KineticCollector();
                for (int i = 0; i < rows.size(); i++) {
                    int row = rows.get(i);
                    kc.nextTimePoint(time(c, row, timeColumn, i));
                    wells.forEach((k, w) -> kc.put(w, c.cell(row, k)));
                }
                kinetic.add(kc.build(title.name(), title.wavelengthNm()));
            }
        }
        return new Table(format, reads, kinetic, headerRow, r - 1);
    }

    private static double time(BmgCells c, int row, int timeColumn, int cycle) throws ImportException {
        if (timeColumn < 0) return cycle; // no Time [s] column: number the cycles
        Cell t = c.cell(row, timeColumn);
        if (!t.isNumber() || t.number() < 0) {
            throw c.error(row, timeColumn, "expected the cycle time in seconds, found '" + c.text(row, timeColumn) + "'");
        }
        return t.number();
    }

    private static boolean isWell(String s) {
        return s.matches("[A-Pa-p]\\d{1,2}");
    }
}
