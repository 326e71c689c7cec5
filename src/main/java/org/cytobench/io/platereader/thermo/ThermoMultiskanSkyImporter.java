package org.cytobench.io.platereader.thermo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytobench.io.Cell;
import org.cytobench.io.CellTable;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporter;
import org.cytobench.io.SheetGrid;
import org.cytobench.io.SourceFile;
import org.cytobench.io.WellCells;
import org.cytobench.io.Workbooks;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;

/**
 * Thermo Multiskan Sky (SkanIt for Multiskan Sky) Excel export. The data are read from the "Raw data 340 nm" sheets, a
 * long list {@code Well | Wavelength(s) [nm] | Raw absorbance | Measurement time(s)} with well names like "A 2"; several
 * readings per well make a kinetic read, one reading an endpoint read. The "Absorbance results" sheet repeats the same
 * numbers reading by well and is not read twice.
 */
public final class ThermoMultiskanSkyImporter implements PlateImporter {

    static final String ID = "thermo-multiskan-sky";

    private static final Pattern RAW_SHEET = Pattern.compile("Raw data\\s*(\\d+(?:\\.\\d+)?)?\\s*(?:nm)?.*");

    @Override
    public String id() { return ID; }

    @Override
    public String displayName() { return "Thermo Multiskan Sky (xlsx)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        return isSky(Workbooks.sniff(file));
    }

    static boolean isSky(List<SheetGrid> sheets) {
        for (SheetGrid s : sheets) {
            if (s.name().startsWith("Raw data") && headerRow(CellTable.of(s)) >= 0) return true;
        }
        SheetGrid info = Workbooks.sheet(sheets, "General information");
        return info != null && info.rows().stream().flatMap(List::stream).anyMatch(c -> c.contains("Multiskan Sky"));
    }

    @Override
    public ImportResult read(SourceFile file) throws ImportException {
        List<SheetGrid> sheets = Workbooks.sheets(file);
        List<Read> reads = new ArrayList<>();
        List<KineticRead> kinetic = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        PlateFormat format = PlateFormat.WELLS_96;
        for (SheetGrid s : sheets) {
            Matcher m = RAW_SHEET.matcher(s.name());
            if (!m.matches()) continue;
            CellTable t = CellTable.of(s);
            int header = headerRow(t);
            if (header < 0) {
                throw new ImportException(file.name(), "sheet '" + s.name() + "'", "expected a header row 'Well | Wavelength(s) [nm] | Raw absorbance | Measurement time(s)'");
            }
            SkyList list = SkyList.read(t, header, file.name());
            for (WellPosition w : list.series().keySet()) if (!format.contains(w)) format = PlateFormat.WELLS_384;
            String name = s.name().substring("Raw data".length()).strip();
            if (name.isEmpty()) name = s.name();
            if (list.readings() == 1) reads.add(list.endpoint(name));
            else kinetic.add(list.kinetic(name, warnings));
        }
        if (reads.isEmpty() && kinetic.isEmpty()) {
            throw new ImportException(file.name(), null, "no 'Raw data … nm' sheet found (expected the Multiskan Sky raw data list)");
        }
        if (templateSays384(sheets)) format = PlateFormat.WELLS_384;
        PlateData plate = new PlateData("Plate 1", format.rows(), format.columns(), reads, kinetic);
        return new ImportResult(file.name(), ID, List.of(plate), warnings);
    }

    private static boolean templateSays384(List<SheetGrid> sheets) {
        SheetGrid info = Workbooks.sheet(sheets, "General information");
        return info != null && info.rows().stream().flatMap(List::stream).anyMatch(c -> c.contains("384 well"));
    }

    /** The row starting with "Well" whose next cells name wavelength, absorbance and time; -1 if none in the first 20. */
    static int headerRow(CellTable t) {
        for (int r = 0; r < Math.min(20, t.rowCount()); r++) {
            if (t.cell(r, 0).equalsIgnoreCase("Well") && t.cell(r, 1).startsWith("Wavelength") && t.cell(r, 3).toLowerCase().contains("time")) return r;
        }
        return -1;
    }

    /** The raw list of one wavelength: per well, readings in order with their times. */
    record SkyList(Double wavelength, Map<WellPosition, List<Cell>> series, Map<WellPosition, List<Double>> times, int readings) {

        static SkyList read(CellTable t, int header, String fileName) throws ImportException {
            Map<WellPosition, List<Cell>> series = new LinkedHashMap<>();
            Map<WellPosition, List<Double>> times = new LinkedHashMap<>();
            Double wavelength = null;
            for (int r = header + 1; r < t.rowCount() && !t.isBlank(r); r++) {
                WellPosition w;
                try {
                    w = WellPosition.parse(t.cell(r, 0));
                } catch (IllegalArgumentException e) {
                    throw new ImportException(fileName, t.location(r, 0), "expected a well name such as 'A 2' (" + e.getMessage() + ")");
                }
                Cell wl = Cell.parse(t.cell(r, 1));
                if (wavelength == null && wl.isNumber()) wavelength = wl.number();
                Cell time = Cell.parse(t.cell(r, 3));
                if (!time.isNumber()) throw new ImportException(fileName, t.location(r, 3), "expected the measurement time in seconds");
                series.computeIfAbsent(w, k -> new ArrayList<>()).add(Cell.parse(t.cell(r, 2)));
                times.computeIfAbsent(w, k -> new ArrayList<>()).add(time.number());
            }
            if (series.isEmpty()) throw new ImportException(fileName, t.location(header + 1, 0), "expected well rows under the header");
            int n = series.values().iterator().next().size();
            for (Map.Entry<WellPosition, List<Cell>> e : series.entrySet()) {
                if (e.getValue().size() != n) {
                    throw new ImportException(fileName, t.location(header, 0), "well " + e.getKey() + " has " + e.getValue().size()
                            + " readings but the first well has " + n);
                }
            }
            return new SkyList(wavelength, series, times, n);
        }

        Read endpoint(String name) {
            WellCells cells = new WellCells();
            series.forEach((w, s) -> cells.put(w, s.get(0)));
            return cells.toRead(name, ReadKind.RAW, wavelength);
        }

        KineticRead kinetic(String name, List<String> warnings) {
            Map.Entry<WellPosition, List<Double>> first = times.entrySet().iterator().next();
            double spread = 0;
            for (List<Double> ts : times.values()) {
                for (int i = 0; i < readings; i++) spread = Math.max(spread, Math.abs(ts.get(i) - first.getValue().get(i)));
            }
            if (spread > 0) {
                warnings.add(name + ": wells were read up to " + org.cytobench.plate.Numbers.compact(Math.round(spread * 1000) / 1000.0)
                        + " s apart within a reading; the time axis is that of the first well, " + first.getKey());
            }
            Map<WellPosition, List<Double>> values = new LinkedHashMap<>();
            Map<WellPosition, String> markers = new LinkedHashMap<>();
            series.forEach((w, cells) -> {
                List<Double> v = new ArrayList<>(Collections.nCopies(readings, (Double) null));
                for (int i = 0; i < readings; i++) {
                    v.set(i, cells.get(i).number());
                    if (cells.get(i).isMarker()) markers.putIfAbsent(w, cells.get(i).marker());
                }
                values.put(w, v);
            });
            return new KineticRead(name, wavelength, first.getValue(), values, markers);
        }
    }
}
