package org.cytobench.io.platereader.perkinelmer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytobench.io.Cell;
import org.cytobench.io.CellTable;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.KineticCells;
import org.cytobench.io.PlateImporter;
import org.cytobench.io.SourceFile;
import org.cytobench.io.TextDecoder;
import org.cytobench.io.TextExports;
import org.cytobench.io.WellCells;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;

/**
 * PerkinElmer VICTOR X3 / Wallac text export: a tab-separated list {@code Plate, Repeat, Well (A01), Type, Time, Label,
 * Time, Label …} (each label has its own time column), followed by per-repeat matrix sections that repeat the same
 * numbers without well labels and are not read again. Several repeats make a kinetic read whose time axis is each
 * repeat's first read time of that label (wells within a repeat are read seconds apart; a warning gives the spread).
 */
public final class VictorX3Importer implements PlateImporter {

    static final String ID = "victor-x3";

    private static final Pattern CLOCK = Pattern.compile("(\\d+):(\\d{2}):(\\d{2}(?:\\.\\d+)?)");
    private static final Pattern AT_WAVELENGTH = Pattern.compile("@\\s*(\\d{3,4})");

    @Override
    public String id() { return ID; }

    @Override
    public String displayName() { return "PerkinElmer VICTOR X3 (text list)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        if (file.isSpreadsheet()) return false;
        List<String> head = TextDecoder.headLines(file, 2048, 1);
        return !head.isEmpty() && head.get(0).startsWith("Plate\tRepeat\tWell\tType\tTime");
    }

    /** One label's values: plate → repeat → well → cell, and each repeat's read times. */
    private record Label(String name, int column, Map<Integer, TreeMap<Integer, Map<WellPosition, Cell>>> values,
                         Map<Integer, TreeMap<Integer, double[]>> times) {}

    @Override
    public ImportResult read(SourceFile file) throws ImportException {
        List<String> lines = TextExports.lines(file, "a VICTOR X3 text export");
        if (!recognizes(file)) throw new ImportException(file.name(), "line 1", "expected the header 'Plate, Repeat, Well, Type, Time, …' separated by tabs");
        CellTable t = CellTable.ofLines(lines, '\t');
        List<Label> labels = new ArrayList<>();
        for (int c = 5; c < t.row(0).size(); c += 2) {
            if (!t.cell(0, c - 1).equalsIgnoreCase("Time") || t.cell(0, c).isEmpty()) break;
            labels.add(new Label(t.cell(0, c), c, new LinkedHashMap<>(), new LinkedHashMap<>()));
        }
        if (labels.isEmpty()) throw new ImportException(file.name(), "line 1", "expected 'Time' and label columns after 'Plate, Repeat, Well, Type'");
        int r = 1;
        for (; r < t.rowCount() && isInt(t.cell(r, 0)) && isInt(t.cell(r, 1)); r++) {
            int plate = Integer.parseInt(t.cell(r, 0));
            int repeat = Integer.parseInt(t.cell(r, 1));
            WellPosition well;
            try {
                well = WellPosition.parse(t.cell(r, 2));
            } catch (IllegalArgumentException e) {
                throw new ImportException(file.name(), t.location(r, 2), "expected a well such as A01 (" + e.getMessage() + ")");
            }
            for (Label l : labels) {
                double seconds = seconds(t.cell(r, l.column() - 1), file.name(), t.location(r, l.column() - 1));
                l.values().computeIfAbsent(plate, k -> new TreeMap<>()).computeIfAbsent(repeat, k -> new LinkedHashMap<>())
                        .put(well, Cell.parse(t.cell(r, l.column())));
                double[] range = l.times().computeIfAbsent(plate, k -> new TreeMap<>()).computeIfAbsent(repeat, k -> new double[] {seconds, seconds});
                range[0] = Math.min(range[0], seconds);
                range[1] = Math.max(range[1], seconds);
            }
        }
        if (r == 1) throw new ImportException(file.name(), "line 2", "expected well rows (plate, repeat, well, …) under the header");
        if (r >= t.rowCount()) {
            // the X3 writes its "Plate, Repeat, End time" table after the well list: a list the file ends in was cut
            throw new ImportException(file.name(), t.location(r - 1), "the well list runs to the end of the file, with no "
                    + "'Plate, Repeat, End time' table after it as the VICTOR X3 writes: the file looks cut off");
        }
        for (Label l : labels) {
            for (Map.Entry<Integer, TreeMap<Integer, Map<WellPosition, Cell>>> p : l.values().entrySet()) {
                int first = p.getValue().firstEntry().getValue().size();
                for (Map.Entry<Integer, Map<WellPosition, Cell>> rep : p.getValue().entrySet()) {
                    if (rep.getValue().size() != first) {
                        throw new ImportException(file.name(), null, "plate " + p.getKey() + ", repeat " + rep.getKey() + " lists "
                                + rep.getValue().size() + " wells where repeat " + p.getValue().firstKey() + " lists " + first
                                + ": the file is damaged or cut off");
                    }
                }
            }
        }
        List<String> warnings = new ArrayList<>();
        List<PlateData> plates = new ArrayList<>();
        for (int plate : labels.get(0).values().keySet()) plates.add(plate(plate, labels, warnings));
        return new ImportResult(file.name(), ID, plates, warnings);
    }

    private static PlateData plate(int plate, List<Label> labels, List<String> warnings) {
        List<Read> reads = new ArrayList<>();
        List<KineticRead> kinetic = new ArrayList<>();
        PlateFormat format = PlateFormat.WELLS_96;
        for (Label l : labels) {
            TreeMap<Integer, Map<WellPosition, Cell>> repeats = l.values().get(plate);
            Matcher m = AT_WAVELENGTH.matcher(l.name());
            Double wl = m.find() ? Double.parseDouble(m.group(1)) : null;
            for (Map<WellPosition, Cell> cells : repeats.values()) for (WellPosition w : cells.keySet()) if (!format.contains(w)) format = PlateFormat.WELLS_384;
            if (repeats.size() == 1) {
                WellCells cells = new WellCells();
                repeats.firstEntry().getValue().forEach(cells::put);
                reads.add(cells.toRead(l.name(), ReadKind.RAW, wl));
                continue;
            }
            KineticCells k = new KineticCells(repeats.size());
            List<Double> times = new ArrayList<>();
            double spread = 0;
            int i = 0;
            for (Map.Entry<Integer, Map<WellPosition, Cell>> e : repeats.entrySet()) {
                double[] range = l.times().get(plate).get(e.getKey());
                times.add(range[0]);
                spread = Math.max(spread, range[1] - range[0]);
                int point = i++;
                e.getValue().forEach((w, c) -> k.put(point, w, c));
            }
            kinetic.add(k.toKinetic(l.name(), wl, times));
            warnings.add("Plate " + plate + ", " + l.name() + ": wells were read up to " + org.cytobench.plate.Numbers.compact(Math.round(spread * 100) / 100.0)
                    + " s apart within a repeat; the time axis is each repeat's first read");
        }
        return new PlateData("Plate " + plate, format.rows(), format.columns(), reads, kinetic);
    }

    /** "08:11:50.64" (h:mm:ss.ss since the run started) in seconds. */
    static double seconds(String clock, String fileName, String location) throws ImportException {
        Matcher m = CLOCK.matcher(clock.strip());
        if (!m.matches()) throw new ImportException(fileName, location, "expected a time such as 00:01:44.84, found '" + clock.strip() + "'");
        return Integer.parseInt(m.group(1)) * 3600.0 + Integer.parseInt(m.group(2)) * 60.0 + Double.parseDouble(m.group(3));
    }

    private static boolean isInt(String s) {
        return !s.isEmpty() && s.length() < 7 && s.chars().allMatch(Character::isDigit);
    }
}
