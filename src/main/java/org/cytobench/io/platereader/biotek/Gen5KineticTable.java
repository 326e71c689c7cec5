package org.cytobench.io.platereader.biotek;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cytobench.io.Cell;
import org.cytobench.io.ImportException;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;

/**
 * A Gen5 kinetic table, one line per time point: {@code Time | T° 420 | A1 | A2 | …}. The temperature column may hold a
 * number, nothing, or {@code PER WELL} (well mode); it is not kept. In workbooks the first time cell (0:00:00) can be
 * empty and times are day numbers, possibly with a whole-day offset (see {@link Gen5Times}).
 */
final class Gen5KineticTable {
    private Gen5KineticTable() {}

    /** True when the row is {@code Time | … | A1 | …}: "Time" first and at least one well label after it. */
    static boolean isHeader(Gen5Grid g, int row) {
        int f = g.first(row);
        if (f < 0 || !g.cell(row, f).equalsIgnoreCase("Time")) return false;
        for (int c = f + 1; c < Math.min(g.width(row), f + 4); c++) {
            if (isWell(g.cell(row, c))) return true;
        }
        return false;
    }

    private static boolean isWell(String s) {
        return s.matches("[A-Pa-p]\\d{1,2}") && Integer.parseInt(s.substring(1)) >= 1 && Integer.parseInt(s.substring(1)) <= 24;
    }

    /** Reads the table whose header is at {@code header}; returns the first row after it. */
    static int read(Gen5Grid g, int header, String title, Gen5Plate plate) throws ImportException {
        int k = g.first(header);
        Map<Integer, WellPosition> wells = new LinkedHashMap<>();
        for (int c = k + 1; c < g.width(header); c++) {
            String s = g.cell(header, c);
            if (isWell(s)) {
                WellPosition w = WellPosition.parse(s);
                if (wells.containsValue(w)) throw g.error(header, c, "well " + w + " appears twice in the kinetic table's header");
                wells.put(c, w);
            }
        }
        String name = plate.unusedName(title != null ? title : temperatureHeaderName(g.cell(header, k + 1)));
        List<Double> times = new ArrayList<>();
        Map<WellPosition, List<Double>> series = new TreeMap<>();
        Map<WellPosition, String> markers = new TreeMap<>();
        for (WellPosition w : wells.values()) series.put(w, new ArrayList<>());
        int r = header + 1;
        for (; r < g.size() && !g.blank(r); r++) {
            if (g.strictWidth() && g.width(r) < g.width(header)) {
                throw g.error(r, g.width(r), "expected " + g.width(header) + " fields (time, temperature and one per well), found "
                        + g.width(r) + " (is the line cut short?)");
            }
            times.add(time(g, r, k, plate, times.isEmpty()));
            for (Map.Entry<Integer, WellPosition> e : wells.entrySet()) {
                Cell c = Cell.parse(g.cell(r, e.getKey()), g.decimalComma());
                series.get(e.getValue()).add(c.number());
                if (c.isMarker()) markers.putIfAbsent(e.getValue(), c.marker());
            }
        }
        if (times.isEmpty()) throw g.error(header + 1, k, "the kinetic table '" + name + "' has no time points");
        series.values().removeIf(s -> s.stream().allMatch(v -> v == null));
        // a well that is all markers (OVRFLW at every read) keeps its row of nulls so its marker stays visible
        for (WellPosition w : markers.keySet()) series.computeIfAbsent(w, x -> nulls(times.size()));
        series.keySet().forEach(w -> plate.seeWells(PlateFormat.holding(w.row(), w.column())));
        plate.kinetic.add(new KineticRead(name, Gen5Names.wavelength(name), times, series, markers));
        return r;
    }

    private static List<Double> nulls(int n) {
        List<Double> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) l.add(null);
        return l;
    }

    private static double time(Gen5Grid g, int r, int k, Gen5Plate plate, boolean first) throws ImportException {
        String s = g.cell(r, k);
        if (s.isEmpty()) {
            if (first) return 0.0; // Gen5 workbooks leave the 0:00:00 cell empty
            throw g.error(r, k, "expected a time in the kinetic table, found an empty cell");
        }
        Double secs = Gen5Times.parse(s);
        if (secs != null) return secs;
        Cell c = Cell.parse(s, false);
        if (c.isNumber() && g.isWorkbook()) return Gen5Times.fromDays(c.number(), plate.dayOffset);
        throw g.error(r, k, "expected a time such as 0:01:30 in the kinetic table, found '" + abbreviate(s) + "'");
    }

    /** "T° 420" → "420" when no title line names the table. */
    private static String temperatureHeaderName(String t) {
        String s = t.replaceFirst("^T\\S*\\s+", "").strip();
        return s.isEmpty() ? "Kinetic" : s;
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
