package org.cytobench.io.multiplex.luminex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytobench.io.Cell;
import org.cytobench.io.ImportException;
import org.cytobench.io.SourceFile;
import org.cytobench.io.TextDecoder;
import org.cytobench.io.multiplex.ExpectedSeriesCheck;
import org.cytobench.io.multiplex.ImplausibleValue;
import org.cytobench.io.multiplex.LogisticEquation;
import org.cytobench.io.multiplex.MultiplexAnalyte;
import org.cytobench.io.multiplex.MultiplexExport;
import org.cytobench.io.multiplex.MultiplexImporter;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.io.multiplex.VendorCurve;
import org.cytobench.io.multiplex.VendorWell;
import org.cytobench.io.multiplex.VendorWellNames;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;

/**
 * Luminex xPONENT CSV export (xPONENT 3.1 to 4.3, FLEXMAP 3D, INTELLIFLEX in xPONENT layout): every per-well
 * {@code DataType:} table becomes one read per analyte, named as the table ("Median", "Net MFI", "Count", "Result"…);
 * cells that are not numbers ({@code NaN}, {@code < 0.105}, {@code > 3450}, "Control Failed.") are markers, empty cells
 * not read. Measured tables are raw; Net MFI (median − background), Result and the other computed tables are derived.
 * With analysis on, the standards' and controls' expected concentrations, units, bead regions and the 5PL coefficients
 * are read too. The layout follows the sample names (Background0, StandardN, ControlN, anything else an unknown).
 */
public final class XponentCsvImporter implements MultiplexImporter {

    static final String VENDOR = "Luminex xPONENT";
    private static final Pattern LOCATION = Pattern.compile("(\\d+)\\s*\\(\\s*(\\d+)\\s*,\\s*([A-Pa-p]\\d{1,2})\\s*\\)");
    private static final Pattern BARE_WELL = Pattern.compile("\\b([A-Pa-p]\\d{1,2})\\b");
    /** Tables with a row for every well read: they must agree on the wells. */
    private static final Set<String> FULL_TABLES = Set.of("median", "net mfi", "count", "mean", "result");
    /** Tables the software computed from the measured ones. */
    private static final Set<String> DERIVED = Set.of("net mfi", "result", "range", "% recovery", "%cv replicates", "comments",
            "avg net mfi", "avg result", "avg range", "avg mfi", "normalized net median", "test result");
    private static final Set<String> NOT_ANALYTES = Set.of("total events", "dilution factor", "acquisition time", "status", "message", "");

    @Override public String id() { return "luminex-xponent"; }

    @Override public String displayName() { return "Luminex xPONENT (CSV export)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        if (file.isSpreadsheet()) return false;
        List<String> head = TextDecoder.headLines(file, 8192, 10);
        if (head.isEmpty()) return false;
        String first = head.get(0).replace("\"", "").toLowerCase(Locale.ROOT);
        return first.startsWith("program,xponent");
    }

    @Override
    public MultiplexExport readMultiplex(SourceFile file) throws ImportException {
        if (file.size() == 0) throw new ImportException(file.name(), null, "the file is empty");
        if (file.isSpreadsheet()) throw new ImportException(file.name(), null, "is an Excel workbook, not an xPONENT CSV export");
        XponentTables.Parsed parsed = XponentTables.parse(TextDecoder.lines(file));
        List<XponentTable> perWell = new ArrayList<>();
        for (XponentTable t : parsed.tables()) if (t.isPerWell()) perWell.add(t);
        if (perWell.isEmpty()) {
            throw new ImportException(file.name(), null, "no DataType table with a row per well (Location, Sample, analytes): "
                    + "the export is cut short or not an xPONENT results file");
        }
        XponentTable first = perWell.get(0);
        List<String> analytes = analyteColumns(first);
        if (analytes.isEmpty()) throw new ImportException(file.name(), first.where(), "the table has no analyte columns");
        List<String> warnings = new ArrayList<>();
        Map<WellPosition, String> samples = wells(file, first);
        if (samples.isEmpty()) throw new ImportException(file.name(), first.where(), "the table has no wells");
        PlateFormat format = samples.keySet().stream().anyMatch(w -> w.row() >= 8 || w.column() >= 12)
                ? PlateFormat.WELLS_384 : PlateFormat.WELLS_96;

        Map<String, List<Read>> reads = new LinkedHashMap<>();
        for (String a : analytes) reads.put(a, new ArrayList<>());
        for (XponentTable t : perWell) {
            // Dilution Factor, Acquisition Time: per well, not per analyte
            if (analytes.stream().noneMatch(a -> t.column(a) >= 0)) continue;
            for (String a : analytes) {
                if (t.column(a) < 0) {
                    throw new ImportException(file.name(), t.where(), "no column for analyte '" + a + "' (table '"
                            + first.name() + "' has one)");
                }
            }
            Map<WellPosition, String> tw = wells(file, t);
            if (FULL_TABLES.contains(t.name().toLowerCase(Locale.ROOT)) && !tw.keySet().equals(samples.keySet())) {
                throw new ImportException(file.name(), t.where(), "lists " + tw.size() + " wells but table '" + first.name()
                        + "' lists " + samples.size() + differences(samples.keySet(), tw.keySet()));
            }
            readTable(t, analytes, reads, warnings, file);
        }
        Map<WellPosition, VendorWell> layout = layout(file, parsed, samples, warnings);
        Map<String, String[]> units = unitsAndRegions(parsed);
        List<MultiplexAnalyte> panel = new ArrayList<>();
        for (String a : analytes) {
            String[] ur = units.getOrDefault(a, new String[2]);
            panel.add(new MultiplexAnalyte(a, ur[0], ur[1]));
        }
        Map<String, Map<String, Double>> expected = expected(parsed, analytes);
        List<ImplausibleValue> implausible = new ArrayList<>();
        for (String a : analytes) {
            Map<String, Double> std = new LinkedHashMap<>();
            expected.getOrDefault(a, Map.of()).forEach((k, v) -> { if (k.toLowerCase(Locale.ROOT).startsWith("standard")) std.put(k, v); });
            implausible.addAll(ExpectedSeriesCheck.check(a, std));
        }
        Map<String, VendorCurve> curves = curves(parsed, analytes, warnings);
        vendorWarnings(parsed, warnings);
        String batch = parsed.headerValue("Batch");
        String name = batch == null || batch.isEmpty() ? stripExtension(file.name()) : batch;
        boolean hasNet = reads.get(analytes.get(0)).stream().anyMatch(r -> r.name().equals("Net MFI"));
        boolean hasResult = reads.get(analytes.get(0)).stream().anyMatch(r -> r.name().equals("Result"));
        boolean hasCount = reads.get(analytes.get(0)).stream().anyMatch(r -> r.name().equals("Count"));
        MultiplexPlate plate = new MultiplexPlate(name, format, VENDOR, panel, layout, hasNet ? "Net MFI" : first.name(),
                hasCount ? "Count" : null, hasResult ? "Result" : null, reads, expected, curves, implausible);
        return new MultiplexExport(file.name(), id(), List.of(plate), warnings);
    }

    private static String stripExtension(String n) {
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static List<String> analyteColumns(XponentTable t) {
        List<String> out = new ArrayList<>();
        for (int i = 2; i < t.header().size(); i++) {
            String h = t.header().get(i).strip();
            if (!NOT_ANALYTES.contains(h.toLowerCase(Locale.ROOT))) out.add(h);
        }
        return out;
    }

    /** Well → sample name of a per-well table; a replicate group ("1(1,A1)","2(1,B1)" in one cell) gives every well. */
    private static Map<WellPosition, String> wells(SourceFile file, XponentTable t) throws ImportException {
        Map<WellPosition, String> out = new TreeMap<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            List<WellPosition> ws = locations(row.get(0));
            if (ws.isEmpty()) {
                throw new ImportException(file.name(), "line " + t.rowLines().get(r), "table '" + t.name() + "': '" + row.get(0)
                        + "' is not a well location (expected e.g. 1(1,A1))");
            }
            for (WellPosition w : ws) {
                if (out.put(w, row.size() > 1 ? row.get(1).strip() : "") != null) {
                    throw new ImportException(file.name(), "line " + t.rowLines().get(r), "table '" + t.name() + "' lists well "
                            + w.label() + " twice");
                }
            }
        }
        return out;
    }

    static List<WellPosition> locations(String cell) {
        List<WellPosition> out = new ArrayList<>();
        Matcher m = LOCATION.matcher(cell);
        while (m.find()) out.add(WellPosition.parse(m.group(3).toUpperCase(Locale.ROOT)));
        if (out.isEmpty()) {
            Matcher b = BARE_WELL.matcher(cell);
            while (b.find()) out.add(WellPosition.parse(b.group(1).toUpperCase(Locale.ROOT)));
        }
        return out;
    }

    private static String differences(Set<WellPosition> expected, Set<WellPosition> found) {
        List<String> missing = new ArrayList<>(), extra = new ArrayList<>();
        for (WellPosition w : expected) if (!found.contains(w)) missing.add(w.label());
        for (WellPosition w : found) if (!expected.contains(w)) extra.add(w.label());
        StringBuilder sb = new StringBuilder();
        if (!missing.isEmpty()) sb.append("; missing ").append(shortList(missing));
        if (!extra.isEmpty()) sb.append("; not in the first table ").append(shortList(extra));
        return sb.toString();
    }

    private static String shortList(List<String> l) {
        return l.size() <= 8 ? String.join(", ", l) : String.join(", ", l.subList(0, 8)) + " and " + (l.size() - 8) + " more";
    }

    private static void readTable(XponentTable t, List<String> analytes, Map<String, List<Read>> reads, List<String> warnings,
                                  SourceFile file) throws ImportException {
        String lower = t.name().toLowerCase(Locale.ROOT);
        ReadKind kind = DERIVED.contains(lower) ? ReadKind.DERIVED : ReadKind.RAW;
        boolean reportEmpty = FULL_TABLES.contains(lower) && !lower.equals("result");
        List<List<WellPosition>> rowWells = new ArrayList<>(t.rows().size());
        for (List<String> row : t.rows()) rowWells.add(locations(row.get(0)));
        List<String> empty = new ArrayList<>();
        for (String a : analytes) {
            int col = t.column(a);
            Map<WellPosition, Double> values = new TreeMap<>();
            Map<WellPosition, String> markers = new TreeMap<>();
            for (int r = 0; r < t.rows().size(); r++) {
                List<String> row = t.rows().get(r);
                Cell c = cell(col < row.size() ? row.get(col) : "");
                for (WellPosition w : rowWells.get(r)) {
                    if (c.isNumber()) values.put(w, c.number());
                    else if (c.isMarker()) markers.put(w, c.marker());
                    else if (reportEmpty) empty.add(a + " " + w.label());
                }
            }
            reads.get(a).add(new Read(t.name(), kind, null, values, markers));
        }
        if (!empty.isEmpty()) {
            warnings.add("table '" + t.name() + "' has " + empty.size() + " empty cell" + (empty.size() == 1 ? "" : "s")
                    + " (not read): " + shortList(empty));
        }
    }

    /** {@link Cell#parse}, with plain decimal numbers (nearly every cell of a 62-plex file) taken without a regex. */
    private static Cell cell(String text) {
        int n = text.length();
        if (n > 0 && n < 25) {
            char ch = text.charAt(0);
            if ((ch >= '0' && ch <= '9') || ch == '-') {
                boolean plain = true;
                for (int i = 1; i < n && plain; i++) {
                    char x = text.charAt(i);
                    plain = (x >= '0' && x <= '9') || x == '.';
                }
                if (plain) {
                    try {
                        return new Cell(Double.parseDouble(text), null);
                    } catch (NumberFormatException e) {
                        // fall through to the general parser
                    }
                }
            }
        }
        return Cell.parse(text);
    }

    private static Map<WellPosition, VendorWell> layout(SourceFile file, XponentTables.Parsed parsed, Map<WellPosition, String> samples,
                                                        List<String> warnings) throws ImportException {
        Map<WellPosition, Double> dilution = new TreeMap<>();
        XponentTable dt = parsed.table("Dilution Factor");
        if (dt != null && dt.isPerWell()) {
            int col = dt.column("Dilution Factor");
            for (List<String> row : dt.rows()) {
                Cell c = Cell.parse(col >= 0 && col < row.size() ? row.get(col) : "");
                if (c.isNumber() && c.number() > 0) for (WellPosition w : locations(row.get(0))) dilution.put(w, c.number());
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        samples.values().forEach(s -> counts.merge(s, 1, Integer::sum));
        Map<WellPosition, VendorWell> out = new TreeMap<>();
        samples.forEach((w, s) -> out.put(w, VendorWellNames.classify(w, s, dilution.get(w), counts.get(s) > 1 ? s : null)));
        return out;
    }

    /** Analyte → {unit, bead region} from the Units table ("Analyte:", "BeadID:", "Units:" rows). */
    private static Map<String, String[]> unitsAndRegions(XponentTables.Parsed parsed) {
        Map<String, String[]> out = new LinkedHashMap<>();
        XponentTable t = parsed.table("Units");
        if (t == null) return out;
        List<String> names = t.row("Analyte:"), beads = t.row("BeadID:"), units = t.row("Units:");
        if (names == null) return out;
        for (int i = 1; i < names.size(); i++) {
            String a = names.get(i).strip();
            if (a.isEmpty()) continue;
            out.put(a, new String[] {cell(units, i), cell(beads, i)});
        }
        return out;
    }

    private static String cell(List<String> row, int i) {
        return row == null || i >= row.size() ? null : row.get(i).strip();
    }

    /** Analyte → level → expected concentration, from the Standard and Control Expected Concentration tables. */
    private static Map<String, Map<String, Double>> expected(XponentTables.Parsed parsed, List<String> analytes) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (String name : List.of("Standard Expected Concentration", "Control Expected Concentration")) {
            XponentTable t = parsed.table(name);
            if (t == null) continue;
            for (String a : analytes) {
                int col = t.column(a);
                if (col < 0) continue;
                for (List<String> row : t.rows()) {
                    Cell c = Cell.parse(col < row.size() ? row.get(col) : "");
                    if (c.isNumber()) out.computeIfAbsent(a, k -> new LinkedHashMap<>()).put(row.get(0).strip(), c.number());
                }
            }
        }
        return out;
    }

    private static Map<String, VendorCurve> curves(XponentTables.Parsed parsed, List<String> analytes, List<String> warnings) {
        Map<String, VendorCurve> out = new LinkedHashMap<>();
        XponentTable types = parsed.table("Analysis Types");
        XponentTable coef = parsed.table("Analysis Coefficients");
        XponentTable r2 = parsed.table("R^2");
        if (types == null && coef == null) return out;
        for (String a : analytes) {
            String type = keyed(types, "AnalysisType", a);
            Double[] k = new Double[5];
            String[] letters = {"A", "B", "C", "D", "F"};
            boolean all = coef != null;
            for (int i = 0; i < 5 && coef != null; i++) {
                Cell c = Cell.parse(keyed(coef, "Coefficient " + letters[i], a));
                k[i] = c.isNumber() ? c.number() : null;
                if (k[i] == null && !letters[i].equals("F")) all = false;
            }
            LogisticEquation eq = null;
            if (all) {
                double f = k[4] == null ? 1 : k[4];
                try {
                    eq = new LogisticEquation(k[0], k[1], k[2], k[3], f);
                } catch (IllegalArgumentException e) {
                    warnings.add("analyte " + a + ": the vendor's curve coefficients are unusable (" + e.getMessage() + ")");
                }
            }
            Cell rr = Cell.parse(keyed(r2, "Value", a));
            if (eq == null && (type == null || type.equalsIgnoreCase("None"))) continue;
            String text = eq == null ? null : "MFI = " + eq.a() + " + (" + eq.b() + " - " + eq.a() + ")/(1+(x/" + eq.c() + ")^" + eq.d() + ")^" + eq.f();
            out.put(a, new VendorCurve(a, type, eq, rr.isNumber() ? rr.number() : null, text));
        }
        return out;
    }

    /** The cell of a key/value table at the analyte's column (the "Analyte:" header row names the columns). */
    private static String keyed(XponentTable t, String key, String analyte) {
        if (t == null) return null;
        List<String> names = t.row("Analyte:");
        List<String> row = t.row(key);
        if (names == null || row == null) return null;
        for (int i = 1; i < names.size(); i++) {
            if (names.get(i).strip().equals(analyte)) return i < row.size() ? row.get(i).strip() : null;
        }
        return null;
    }

    private static void vendorWarnings(XponentTables.Parsed parsed, List<String> warnings) {
        XponentTable t = parsed.table("Warnings/Errors");
        if (t == null) return;
        int n = 0;
        for (List<String> row : t.rows()) {
            if (row.size() < 3) continue;
            if (n++ == 10) { warnings.add("xPONENT: more warnings in table 'Warnings/Errors'"); break; }
            warnings.add("xPONENT " + row.get(1).strip().toLowerCase(Locale.ROOT) + " at " + row.get(0).strip() + ": " + row.get(2).strip());
        }
    }
}
