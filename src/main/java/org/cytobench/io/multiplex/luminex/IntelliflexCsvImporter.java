package org.cytobench.io.multiplex.luminex;

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
import org.cytobench.io.Delimiters;
import org.cytobench.io.ImportException;
import org.cytobench.io.SourceFile;
import org.cytobench.io.TextDecoder;
import org.cytobench.io.multiplex.MultiplexAnalyte;
import org.cytobench.io.multiplex.MultiplexExport;
import org.cytobench.io.multiplex.MultiplexImporter;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.io.multiplex.VendorWell;
import org.cytobench.io.multiplex.VendorWellNames;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;

/**
 * Luminex INTELLIFLEX flat CSV: one header line, then one line per well (WELL LOCATION, WELL TYPE, SAMPLE ID, DILUTION…)
 * with a group of columns per bead region, {@code R25: RP1 ANALYTE NAME}, {@code R25: RP1 MEDIAN},
 * {@code R25: RP1 NET MEDIAN}, {@code R25: RP1 COUNT}… Each region is an analyte, named by its ANALYTE NAME cells (the
 * region, "R25", when they are all NaN); each measure a read under the file's own name. Well type U/S/C/B and a number
 * (U1, S3) give the layout.
 */
public final class IntelliflexCsvImporter implements MultiplexImporter {

    static final String VENDOR = "Luminex INTELLIFLEX";
    private static final Pattern REGION_COLUMN = Pattern.compile("(R\\d+):\\s*(RP\\d+)\\s+(.+)");
    private static final Set<String> NOT_READS = Set.of("ANALYTE NAME", "REGION");
    private static final Set<String> RAW = Set.of("MEDIAN", "MEAN", "COUNT", "%CV");

    @Override public String id() { return "luminex-intelliflex"; }

    @Override public String displayName() { return "Luminex INTELLIFLEX (flat CSV export)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        if (file.isSpreadsheet()) return false;
        List<String> head = TextDecoder.headLines(file, 16384, 1);
        return !head.isEmpty() && head.get(0).contains("WELL LOCATION") && head.get(0).contains(": RP1 ");
    }

    @Override
    public MultiplexExport readMultiplex(SourceFile file) throws ImportException {
        if (file.size() == 0) throw new ImportException(file.name(), null, "the file is empty");
        List<String> lines = TextDecoder.lines(file);
        List<String> header = lines.isEmpty() ? List.of() : Delimiters.split(lines.get(0), ',').stream().map(String::strip).toList();
        int wellCol = header.indexOf("WELL LOCATION"), typeCol = header.indexOf("WELL TYPE"), sampleCol = header.indexOf("SAMPLE ID"),
                dilCol = header.indexOf("DILUTION"), plateCol = header.indexOf("PLATE NAME");
        if (wellCol < 0) throw new ImportException(file.name(), "line 1", "expected an INTELLIFLEX header with a WELL LOCATION column");
        Map<String, Map<String, Integer>> regions = new LinkedHashMap<>(); // region → measure → column
        for (int c = 0; c < header.size(); c++) {
            Matcher m = REGION_COLUMN.matcher(header.get(c));
            if (m.matches()) regions.computeIfAbsent(m.group(1), k -> new LinkedHashMap<>()).put(m.group(3).strip(), c);
        }
        if (regions.isEmpty()) throw new ImportException(file.name(), "line 1", "no bead-region columns (R25: RP1 MEDIAN …)");
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<String, Map<WellPosition, Cell>>> cells = new LinkedHashMap<>();
        Map<WellPosition, VendorWell> layout = new TreeMap<>();
        String plateName = null;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            List<String> row = Delimiters.split(lines.get(i), ',');
            if (row.size() == 1) break; // the --DOCUMENT SIGNATURE-- block that ends a signed export
            String wl = cell(row, wellCol);
            WellPosition w;
            try {
                w = PlateFormat.WELLS_384.parseWell(wl);
            } catch (IllegalArgumentException e) {
                throw new ImportException(file.name(), "line " + (i + 1), "'" + wl + "' is not a well (" + e.getMessage() + ")");
            }
            if (layout.containsKey(w)) throw new ImportException(file.name(), "line " + (i + 1), "well " + w.label() + " is listed twice");
            if (plateName == null && plateCol >= 0) plateName = cell(row, plateCol);
            String type = cell(row, typeCol);
            Cell dil = Cell.parse(cell(row, dilCol));
            VendorWell vw = VendorWellNames.classify(w, type.startsWith("U") ? cell(row, sampleCol) : type,
                    dil.isNumber() && dil.number() > 0 ? dil.number() : null, null);
            layout.put(w, new VendorWell(w, vw.type(), cell(row, sampleCol), vw.level(), vw.dilution(), null));
            for (Map.Entry<String, Map<String, Integer>> r : regions.entrySet()) {
                Integer nameCol = r.getValue().get("ANALYTE NAME");
                String n = nameCol == null ? "" : cell(row, nameCol);
                if (!n.isEmpty() && !n.equalsIgnoreCase("NaN")) names.putIfAbsent(r.getKey(), n);
                Map<String, Map<WellPosition, Cell>> byRead = cells.computeIfAbsent(r.getKey(), k -> new LinkedHashMap<>());
                for (Map.Entry<String, Integer> m : r.getValue().entrySet()) {
                    if (NOT_READS.contains(m.getKey())) continue;
                    Cell c = Cell.parse(cell(row, m.getValue()));
                    if (!c.isEmpty()) byRead.computeIfAbsent(m.getKey(), k -> new TreeMap<>()).put(w, c);
                }
            }
        }
        if (layout.isEmpty()) throw new ImportException(file.name(), null, "no well lines after the header");
        List<MultiplexAnalyte> panel = new ArrayList<>();
        Map<String, List<Read>> reads = new LinkedHashMap<>();
        for (String region : regions.keySet()) {
            String name = names.getOrDefault(region, region);
            if (reads.containsKey(name)) name = name + " (" + region + ")";
            panel.add(new MultiplexAnalyte(name, null, region.substring(1)));
            List<Read> rs = new ArrayList<>();
            for (Map.Entry<String, Map<WellPosition, Cell>> e : cells.get(region).entrySet()) {
                Map<WellPosition, Double> v = new TreeMap<>();
                Map<WellPosition, String> mk = new TreeMap<>();
                e.getValue().forEach((w, c) -> { if (c.isNumber()) v.put(w, c.number()); else mk.put(w, c.marker()); });
                rs.add(new Read(e.getKey(), RAW.contains(e.getKey().toUpperCase(Locale.ROOT)) ? ReadKind.RAW : ReadKind.DERIVED, null, v, mk));
            }
            reads.put(name, rs);
        }
        boolean big = layout.keySet().stream().anyMatch(w -> w.row() >= 8 || w.column() >= 12);
        boolean net = regions.values().iterator().next().containsKey("NET MEDIAN");
        MultiplexPlate plate = new MultiplexPlate(plateName == null || plateName.isEmpty() ? file.name() : plateName,
                big ? PlateFormat.WELLS_384 : PlateFormat.WELLS_96, VENDOR, panel, layout, net ? "NET MEDIAN" : "MEDIAN", "COUNT", null,
                reads, Map.of(), Map.of(), List.of());
        return new MultiplexExport(file.name(), id(), List.of(plate), List.of());
    }

    private static String cell(List<String> row, int i) {
        return i < 0 || i >= row.size() ? "" : row.get(i).strip();
    }
}
