package org.cytobench.io.platereader.tecan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytobench.io.Cell;
import org.cytobench.io.CellTable;
import org.cytobench.io.ImportException;
import org.cytobench.io.SheetGrid;
import org.cytobench.io.WellCells;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;

/**
 * Magellan's list layout: {@code Well positions | Label1 | Label2 …}, then a row of read times ({@code 0s}) and a row of
 * temperatures, then one row per well, then a footer whose "Measurement N:" blocks give each label's wavelength. A label
 * heading several columns is a kinetic read, one column per time.
 */
final class MagellanList {
    private MagellanList() {}

    private static final Pattern SECONDS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*s");
    private static final Pattern WAVELENGTH = Pattern.compile("Measurement wavelength:\\s*(\\d+(?:\\.\\d+)?)\\s*nm");

    static boolean isList(SheetGrid s) {
        return s.cell(0, 0).strip().equalsIgnoreCase("Well positions");
    }

    static PlateData read(SheetGrid sheet, String fileName, List<String> warnings) throws ImportException {
        CellTable t = CellTable.of(sheet);
        Map<String, List<Integer>> labels = new LinkedHashMap<>();
        for (int c = 1; c < t.row(0).size(); c++) {
            if (!t.cell(0, c).isEmpty()) labels.computeIfAbsent(t.cell(0, c), k -> new ArrayList<>()).add(c);
        }
        if (labels.isEmpty()) throw new ImportException(fileName, sheet.location(0, 1), "expected label names (Label1, …) after 'Well positions'");
        int r = 1;
        int timeRow = -1;
        while (r < t.rowCount() && t.cell(r, 0).isEmpty()) {
            if (timeRow < 0 && SECONDS.matcher(t.cell(r, 1)).matches()) timeRow = r;
            r++;
        }
        Map<Integer, WellCells> columns = new LinkedHashMap<>();
        for (List<Integer> cols : labels.values()) for (int c : cols) columns.put(c, new WellCells());
        int firstWellRow = r;
        for (; r < t.rowCount() && isWell(t.cell(r, 0)); r++) {
            WellPosition w = WellPosition.parse(t.cell(r, 0));
            for (Map.Entry<Integer, WellCells> e : columns.entrySet()) e.getValue().put(w, Cell.parse(t.cell(r, e.getKey())));
        }
        if (r == firstWellRow) throw new ImportException(fileName, sheet.location(firstWellRow, 0), "expected well rows (A1, A2, …) under the header");
        List<Double> wavelengths = wavelengths(t, r);
        PlateFormat format = PlateFormat.WELLS_96;
        for (WellCells wc : columns.values()) format = wc.format(format);
        List<Read> reads = new ArrayList<>();
        List<KineticRead> kinetic = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, List<Integer>> label : labels.entrySet()) {
            Double wl = i < wavelengths.size() ? wavelengths.get(i) : null;
            i++;
            List<Integer> cols = label.getValue();
            if (cols.size() == 1) {
                reads.add(columns.get(cols.get(0)).toRead(label.getKey(), ReadKind.RAW, wl));
            } else {
                kinetic.add(kinetic(label.getKey(), wl, cols, columns, t, timeRow, sheet, fileName));
            }
        }
        if (wavelengths.size() != labels.size()) {
            warnings.add("sheet '" + sheet.name() + "': the footer names " + wavelengths.size() + " wavelengths for " + labels.size() + " labels");
        }
        return new PlateData(sheet.name(), format.rows(), format.columns(), reads, kinetic);
    }

    private static KineticRead kinetic(String name, Double wl, List<Integer> cols, Map<Integer, WellCells> columns, CellTable t,
                                       int timeRow, SheetGrid sheet, String fileName) throws ImportException {
        List<Double> times = new ArrayList<>();
        for (int c : cols) {
            Matcher m = timeRow < 0 ? null : SECONDS.matcher(t.cell(timeRow, c));
            if (m == null || !m.matches()) {
                throw new ImportException(fileName, sheet.location(Math.max(timeRow, 1), c), "expected a read time such as '60s' for kinetic label " + name);
            }
            times.add(Double.parseDouble(m.group(1)));
        }
        Map<WellPosition, List<Double>> series = new LinkedHashMap<>();
        Map<WellPosition, String> markers = new LinkedHashMap<>();
        for (int k = 0; k < cols.size(); k++) {
            for (Map.Entry<WellPosition, Cell> e : columns.get(cols.get(k)).cells().entrySet()) {
                List<Double> s = series.computeIfAbsent(e.getKey(), w -> new ArrayList<>(java.util.Collections.nCopies(cols.size(), (Double) null)));
                s.set(k, e.getValue().number());
                if (e.getValue().isMarker()) markers.putIfAbsent(e.getKey(), e.getValue().marker());
            }
        }
        return new KineticRead(name, wl, times, series, markers);
    }

    private static boolean isWell(String s) {
        try {
            WellPosition.parse(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** "Measurement wavelength: 485 nm" lines of the footer, in measurement order. */
    private static List<Double> wavelengths(CellTable t, int from) {
        List<Double> out = new ArrayList<>();
        for (int r = from; r < t.rowCount(); r++) {
            Matcher m = WAVELENGTH.matcher(t.cell(r, 0));
            if (m.find()) out.add(Double.parseDouble(m.group(1)));
        }
        return out;
    }
}
