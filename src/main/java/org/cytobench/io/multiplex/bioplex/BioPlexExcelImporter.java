package org.cytobench.io.multiplex.bioplex;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytobench.io.Cell;
import org.cytobench.io.ImportException;
import org.cytobench.io.SheetGrid;
import org.cytobench.io.SourceFile;
import org.cytobench.io.SpreadsheetReader;
import org.cytobench.io.WorkbookSniffer;
import org.cytobench.io.multiplex.ExpectedSeriesCheck;
import org.cytobench.io.multiplex.ImplausibleValue;
import org.cytobench.io.multiplex.LogisticEquation;
import org.cytobench.io.multiplex.MultiplexAnalyte;
import org.cytobench.io.multiplex.MultiplexExport;
import org.cytobench.io.multiplex.MultiplexImporter;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.io.multiplex.VendorCurve;
import org.cytobench.io.multiplex.VendorWell;
import org.cytobench.io.multiplex.VendorWellType;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;

/**
 * Bio-Rad Bio-Plex Manager Excel export (.xlsx and legacy .xls): one sheet per analyte with a table of Type (B, S1…,
 * C1…, X1…), Well ("A1,B1" for a replicate pair), Description, FI, FI − Bkgd, Obs Conc, Exp Conc, Dilution, Bead Count…
 * and a footer with the regression type and the curve equation; also the wide variant with several analytes side by side
 * (one table per measure). Where a sheet has both a replicate-pair (summary) table and a per-well (raw) table, the
 * per-well values win. Flags ({@code OOR <}, {@code OOR >}, {@code ***}, {@code ---}, {@code *12.3} extrapolated) are kept as
 * markers. The vendor fits FI − Bkgd (the footer's "FI" is background-subtracted; LINCO files without a background well
 * have FI − Bkgd = FI), so that is the signal.
 */
public final class BioPlexExcelImporter implements MultiplexImporter {

    static final String VENDOR = "Bio-Rad Bio-Plex Manager";
    private static final Pattern REGION = Pattern.compile("^(.*?)\\s*\\((\\d+)\\)$");
    private static final Pattern WELL = Pattern.compile("[A-Pa-p]\\d{1,2}");
    private static final Set<String> NOT_MEASURES = Set.of("analyte", "type", "well", "outlier", "description", "exp conc",
            "dilution", "group", "ratio", "sampling errors", "");
    private static final Set<String> RAW = Set.of("fi", "bead count");

    @Override public String id() { return "bioplex-excel"; }

    @Override public String displayName() { return "Bio-Rad Bio-Plex Manager (Excel export)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        if (!file.isSpreadsheet()) return false;
        if (file.head(2)[1] == 'K') return WorkbookSniffer.containsAll(file, "RP1 PMT", "Well") || WorkbookSniffer.containsAll(file, "FI - Bkgd");
        return containsLegacy(file, "RP1 PMT") || containsLegacy(file, "FI - Bkgd");
    }

    /** A legacy xls stores sheet text as 8-bit or UTF-16LE strings: look for either. */
    private static boolean containsLegacy(SourceFile file, String needle) {
        byte[] b = file.bytes();
        return indexOf(b, needle.getBytes(StandardCharsets.ISO_8859_1)) >= 0 || indexOf(b, needle.getBytes(StandardCharsets.UTF_16LE)) >= 0;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    @Override
    public MultiplexExport readMultiplex(SourceFile file) throws ImportException {
        if (file.size() == 0) throw new ImportException(file.name(), null, "the file is empty");
        List<SheetGrid> sheets = SpreadsheetReader.read(file);
        Sink sink = new Sink();
        List<String> warnings = new ArrayList<>();
        String plateId = null;
        for (SheetGrid sheet : sheets) {
            String sheetAnalyte = headerValue(sheet, "Analyte:");
            if (plateId == null) plateId = headerValue(sheet, "Plate ID:");
            List<Integer> headers = tableHeaders(sheet);
            if (headers.isEmpty()) continue; // the LINCO "Project Template" and other non-plate sheets
            // summary (replicate pairs) tables first, so a per-well table on the same sheet overrides them
            List<Integer> ordered = new ArrayList<>(headers);
            ordered.sort((x, y) -> Boolean.compare(!hasPairs(sheet, x), !hasPairs(sheet, y)));
            for (int h : ordered) readTable(file, sheet, h, sheetAnalyte, sink);
            footer(sheet, sheetAnalyte, sink, warnings);
        }
        if (sink.analytes.isEmpty()) {
            throw new ImportException(file.name(), null, "no sheet has a Bio-Plex results table (a row with Type, Well and FI)");
        }
        boolean wide = sink.wells.keySet().stream().anyMatch(w -> w.row() >= 8 || w.column() >= 12);
        PlateFormat format = wide ? PlateFormat.WELLS_384 : PlateFormat.WELLS_96;
        List<ImplausibleValue> implausible = new ArrayList<>();
        Map<String, List<Read>> reads = new LinkedHashMap<>();
        List<MultiplexAnalyte> panel = new ArrayList<>();
        boolean bkgd = false;
        for (String a : sink.analytes.keySet()) {
            panel.add(sink.analytes.get(a));
            List<Read> rs = new ArrayList<>();
            for (Map.Entry<String, Map<WellPosition, Cell>> e : sink.cells.get(a).entrySet()) {
                Map<WellPosition, Double> v = new TreeMap<>();
                Map<WellPosition, String> m = new TreeMap<>();
                e.getValue().forEach((w, c) -> { if (c.isNumber()) v.put(w, c.number()); else if (c.isMarker()) m.put(w, c.marker()); });
                rs.add(new Read(e.getKey(), RAW.contains(e.getKey().toLowerCase(Locale.ROOT)) ? ReadKind.RAW : ReadKind.DERIVED, null, v, m));
                if (e.getKey().equals("FI - Bkgd")) bkgd = true;
            }
            reads.put(a, rs);
            Map<String, Double> std = new LinkedHashMap<>();
            sink.expected.getOrDefault(a, Map.of()).forEach((k, x) -> { if (k.startsWith("S")) std.put(k, x); });
            implausible.addAll(ExpectedSeriesCheck.check(a, std));
        }
        boolean beads = reads.values().stream().flatMap(List::stream).anyMatch(r -> r.name().equals("Bead Count") && !r.values().isEmpty());
        boolean obs = reads.values().stream().flatMap(List::stream).anyMatch(r -> r.name().equals("Obs Conc"));
        String name = plateId == null || plateId.isEmpty() ? stripExtension(file.name()) : plateId;
        MultiplexPlate plate = new MultiplexPlate(name, format, VENDOR, panel, sink.wells, bkgd ? "FI - Bkgd" : "FI",
                beads ? "Bead Count" : null, obs ? "Obs Conc" : null, reads, sink.expected, sink.curves, implausible);
        return new MultiplexExport(file.name(), id(), List.of(plate), warnings);
    }

    /** What the sheets add up to: analytes in order, per analyte per read per well a cell, the shared layout. */
    private static final class Sink {
        final Map<String, MultiplexAnalyte> analytes = new LinkedHashMap<>();
        final Map<String, Map<String, Map<WellPosition, Cell>>> cells = new LinkedHashMap<>();
        final Map<WellPosition, VendorWell> wells = new TreeMap<>();
        final Map<String, Map<String, Double>> expected = new LinkedHashMap<>();
        final Map<String, VendorCurve> curves = new LinkedHashMap<>();

        String analyte(String raw) {
            Matcher m = REGION.matcher(raw.strip());
            String name = m.matches() ? m.group(1) : raw.strip();
            analytes.computeIfAbsent(name, n -> new MultiplexAnalyte(n, null, m.matches() ? m.group(2) : null));
            cells.computeIfAbsent(name, n -> new LinkedHashMap<>());
            return name;
        }
    }

    private static String stripExtension(String n) {
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** "Analyte: IL-1b (1)" → "IL-1b (1)" from the sheet's header block; null if absent. */
    private static String headerValue(SheetGrid s, String key) {
        for (int r = 0; r < Math.min(15, s.rowCount()); r++) {
            String c = s.cell(r, 0).strip();
            if (c.startsWith(key)) {
                String v = c.substring(key.length()).strip();
                return v.isEmpty() ? s.cell(r, 1).strip() : v;
            }
        }
        return null;
    }

    private static List<Integer> tableHeaders(SheetGrid s) {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < s.rowCount(); r++) {
            List<String> row = s.rows().get(r);
            if (row.stream().anyMatch(c -> c.strip().equals("Type")) && row.stream().anyMatch(c -> c.strip().equals("Well"))) out.add(r);
        }
        return out;
    }

    private static int column(SheetGrid s, int header, String name) {
        List<String> row = s.rows().get(header);
        for (int c = 0; c < row.size(); c++) if (row.get(c).strip().equalsIgnoreCase(name)) return c;
        return -1;
    }

    private static boolean hasPairs(SheetGrid s, int header) {
        int wc = column(s, header, "Well");
        for (int r = header + 1; r < s.rowCount() && !s.cell(r, wc).isBlank(); r++) if (s.cell(r, wc).contains(",")) return true;
        return false;
    }

    private static void readTable(SourceFile file, SheetGrid s, int header, String sheetAnalyte, Sink sink) throws ImportException {
        int typeCol = column(s, header, "Type"), wellCol = column(s, header, "Well"), analyteCol = column(s, header, "Analyte");
        int descCol = column(s, header, "Description"), expCol = column(s, header, "Exp Conc"), dilCol = column(s, header, "Dilution");
        List<String> head = s.rows().get(header);
        for (int r = header + 1; r < s.rowCount(); r++) {
            String type = s.cell(r, typeCol).strip(), wellText = s.cell(r, wellCol).strip();
            if (type.isEmpty() && wellText.isEmpty()) break;
            List<WellPosition> ws = new ArrayList<>();
            Matcher m = WELL.matcher(wellText);
            while (m.find()) {
                try {
                    ws.add(PlateFormat.WELLS_384.parseWell(m.group().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new ImportException(file.name(), s.location(r, wellCol), e.getMessage());
                }
            }
            if (ws.isEmpty()) {
                throw new ImportException(file.name(), s.location(r, wellCol), "'" + wellText + "' is not a well (expected e.g. A1 or A1,B1)");
            }
            String rowAnalyte = analyteCol >= 0 ? s.cell(r, analyteCol) : sheetAnalyte;
            Cell dil = Cell.parse(dilCol >= 0 ? s.cell(r, dilCol) : "");
            String desc = descCol >= 0 ? s.cell(r, descCol).strip() : "";
            VendorWellType vt = type(type);
            String level = vt == VendorWellType.STANDARD || vt == VendorWellType.CONTROL ? type : null;
            for (WellPosition w : ws) {
                sink.wells.putIfAbsent(w, new VendorWell(w, vt, desc.isEmpty() ? type : desc, level,
                        dil.isNumber() && dil.number() > 0 ? dil.number() : null, ws.size() > 1 ? wellText : null));
            }
            for (int c = 0; c < head.size(); c++) {
                String measure = head.get(c).strip();
                if (NOT_MEASURES.contains(measure.toLowerCase(Locale.ROOT))) continue;
                String above = header > 0 ? s.cell(header - 1, c).strip() : "";
                String a = analyteCol >= 0 || above.isEmpty() ? rowAnalyte : above;
                if (a == null || a.isBlank()) {
                    throw new ImportException(file.name(), s.location(header, c), "no analyte named for column '" + measure + "'");
                }
                String name = sink.analyte(a);
                Cell value = Cell.parse(s.cell(r, c));
                Map<WellPosition, Cell> read = sink.cells.get(name).computeIfAbsent(measure, k -> new TreeMap<>());
                for (WellPosition w : ws) if (!value.isEmpty()) read.put(w, value);
                if (expCol >= 0 && level != null) {
                    Cell e = Cell.parse(s.cell(r, expCol));
                    if (e.isNumber() && e.number() > 0) sink.expected.computeIfAbsent(name, k -> new LinkedHashMap<>()).putIfAbsent(level, e.number());
                }
            }
        }
    }

    private static VendorWellType type(String t) {
        String u = t.toUpperCase(Locale.ROOT);
        if (u.startsWith("B")) return VendorWellType.BACKGROUND;
        if (u.startsWith("S")) return VendorWellType.STANDARD;
        if (u.startsWith("C")) return VendorWellType.CONTROL;
        return VendorWellType.UNKNOWN;
    }

    private static void footer(SheetGrid s, String sheetAnalyte, Sink sink, List<String> warnings) {
        if (sheetAnalyte == null) return;
        String regression = null, equation = null;
        for (int r = 0; r < s.rowCount(); r++) {
            String c = s.cell(r, 0).strip();
            if (c.startsWith("Regression Type:")) regression = c.substring("Regression Type:".length()).strip();
            if (c.startsWith("Std. Curve:")) equation = c.substring("Std. Curve:".length()).strip();
        }
        if (regression == null && equation == null) return;
        String name = sink.analyte(sheetAnalyte);
        LogisticEquation eq = equation == null ? null : BioPlexEquation.parse(equation);
        if (equation != null && eq == null) warnings.add("sheet '" + s.name() + "': the curve equation '" + equation + "' could not be read");
        sink.curves.put(name, new VendorCurve(name, regression, eq, null, equation));
    }
}
