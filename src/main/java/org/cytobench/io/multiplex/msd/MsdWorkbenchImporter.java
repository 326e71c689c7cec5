package org.cytobench.io.multiplex.msd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cytobench.io.Cell;
import org.cytobench.io.Delimiters;
import org.cytobench.io.ImportException;
import org.cytobench.io.SheetGrid;
import org.cytobench.io.SourceFile;
import org.cytobench.io.SpreadsheetReader;
import org.cytobench.io.TextDecoder;
import org.cytobench.io.multiplex.XlsxText;
import org.cytobench.io.multiplex.MultiplexAnalyte;
import org.cytobench.io.multiplex.MultiplexExport;
import org.cytobench.io.multiplex.MultiplexImporter;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.io.multiplex.VendorWell;
import org.cytobench.io.multiplex.VendorWellNames;
import org.cytobench.io.multiplex.VendorWellType;
import org.cytobench.io.multiplex.ExpectedSeriesCheck;
import org.cytobench.io.multiplex.ImplausibleValue;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;

/**
 * MSD Discovery Workbench export (CSV, or the "Workbench data" sheet of an xlsx): a {@code Plate_<barcode>} line, then a
 * long table with one row per well and assay (Sample, Assay, Well, Spot, Dilution, Concentration, Signal, Adjusted
 * Signal, Calc. Concentration, Detection Range…). Each assay is an analyte; a row with a Concentration is a calibrator
 * (its sample name is the level, a concentration of 0 a zero calibrator); Signal is raw, everything the software
 * computed is derived; Detection Range ("Below Fit Curve Range"…) is a marker-only read.
 */
public final class MsdWorkbenchImporter implements MultiplexImporter {

    static final String VENDOR = "MSD Discovery Workbench";
    private static final Set<String> NOT_READS = Set.of("sample", "assay", "well", "spot", "dilution", "concentration");

    @Override public String id() { return "msd-workbench"; }

    @Override public String displayName() { return "MSD Discovery Workbench (CSV or Excel export)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        if (file.isSpreadsheet()) return XlsxText.containsAll(file, "Plate_", "Assay", "Spot", "Signal", "Well");
        List<String> head = TextDecoder.headLines(file, 4096, 3);
        return head.size() >= 2 && head.get(0).startsWith("Plate_") && head.get(1).startsWith("Sample,Assay,Well,Spot");
    }

    @Override
    public MultiplexExport readMultiplex(SourceFile file) throws ImportException {
        if (file.size() == 0) throw new ImportException(file.name(), null, "the file is empty");
        List<List<String>> rows;
        String where;
        if (file.isSpreadsheet()) {
            SheetGrid sheet = null;
            for (SheetGrid s : SpreadsheetReader.read(file)) if (s.cell(0, 0).startsWith("Plate_")) { sheet = s; break; }
            if (sheet == null) throw new ImportException(file.name(), null, "no sheet starts with a Plate_<barcode> line (MSD Workbench data)");
            rows = sheet.rows();
            where = "sheet '" + sheet.name() + "', row ";
        } else {
            rows = new ArrayList<>();
            for (String l : TextDecoder.lines(file)) rows.add(Delimiters.split(l, ','));
            where = "line ";
        }
        String plateName = rows.isEmpty() || rows.get(0).isEmpty() ? "" : rows.get(0).get(0).strip();
        if (!plateName.startsWith("Plate_") || rows.size() < 2) {
            throw new ImportException(file.name(), where + 1, "expected the Plate_<barcode> line of an MSD Workbench export");
        }
        List<String> header = rows.get(1).stream().map(String::strip).toList();
        int sample = header.indexOf("Sample"), assay = header.indexOf("Assay"), well = header.indexOf("Well"),
                conc = header.indexOf("Concentration"), dil = header.indexOf("Dilution");
        if (sample < 0 || assay < 0 || well < 0) {
            throw new ImportException(file.name(), where + 2, "expected the columns Sample, Assay and Well");
        }
        Map<String, Map<String, Map<WellPosition, Cell>>> cells = new LinkedHashMap<>();
        Map<String, Map<String, Double>> expected = new LinkedHashMap<>();
        Map<WellPosition, VendorWell> layout = new TreeMap<>();
        Map<String, String> spots = new LinkedHashMap<>();
        for (int r = 2; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) continue;
            String a = cell(row, assay), s = cell(row, sample), wl = cell(row, well);
            if (a.isEmpty()) throw new ImportException(file.name(), where + (r + 1), "the row names no assay");
            WellPosition w;
            try {
                w = PlateFormat.WELLS_384.parseWell(wl);
            } catch (IllegalArgumentException e) {
                throw new ImportException(file.name(), where + (r + 1), "'" + wl + "' is not a well (" + e.getMessage() + ")");
            }
            spots.putIfAbsent(a, header.indexOf("Spot") >= 0 ? cell(row, header.indexOf("Spot")) : null);
            Cell c = Cell.parse(conc >= 0 ? cell(row, conc) : "");
            Cell d = Cell.parse(dil >= 0 ? cell(row, dil) : "");
            Double dilution = d.isNumber() && d.number() > 0 ? d.number() : null;
            VendorWell vw = c.isNumber() ? new VendorWell(w, VendorWellType.STANDARD, s, s, dilution, null)
                    : VendorWellNames.classify(w, s, dilution, null);
            if (vw.type() == VendorWellType.STANDARD && !c.isNumber()) vw = new VendorWell(w, VendorWellType.UNKNOWN, s, null, dilution, null);
            layout.putIfAbsent(w, vw);
            if (c.isNumber()) expected.computeIfAbsent(a, k -> new LinkedHashMap<>()).putIfAbsent(s, c.number());
            Map<String, Map<WellPosition, Cell>> byRead = cells.computeIfAbsent(a, k -> new LinkedHashMap<>());
            for (int k = 0; k < header.size(); k++) {
                if (NOT_READS.contains(header.get(k).toLowerCase(Locale.ROOT)) || header.get(k).isEmpty()) continue;
                Cell v = Cell.parse(cell(row, k));
                Map<WellPosition, Cell> m = byRead.computeIfAbsent(header.get(k), x -> new TreeMap<>());
                if (!v.isEmpty() && m.put(w, v) != null) {
                    throw new ImportException(file.name(), where + (r + 1), "assay '" + a + "' lists well " + w.label() + " twice");
                }
            }
        }
        if (cells.isEmpty()) throw new ImportException(file.name(), where + 3, "the table has no rows");
        Map<String, List<Read>> reads = new LinkedHashMap<>();
        List<MultiplexAnalyte> panel = new ArrayList<>();
        List<ImplausibleValue> implausible = new ArrayList<>();
        cells.forEach((a, byRead) -> {
            panel.add(new MultiplexAnalyte(a, null, spots.get(a)));
            List<Read> rs = new ArrayList<>();
            byRead.forEach((name, m) -> {
                Map<WellPosition, Double> v = new TreeMap<>();
                Map<WellPosition, String> mk = new TreeMap<>();
                m.forEach((w, c) -> { if (c.isNumber()) v.put(w, c.number()); else mk.put(w, c.marker()); });
                rs.add(new Read(name, name.equals("Signal") ? ReadKind.RAW : ReadKind.DERIVED, null, v, mk));
            });
            reads.put(a, rs);
            implausible.addAll(ExpectedSeriesCheck.check(a, expected.getOrDefault(a, Map.of())));
        });
        boolean big = layout.keySet().stream().anyMatch(w -> w.row() >= 8 || w.column() >= 12);
        boolean calc = header.contains("Calc. Concentration");
        MultiplexPlate plate = new MultiplexPlate(plateName.substring("Plate_".length()), big ? PlateFormat.WELLS_384 : PlateFormat.WELLS_96,
                VENDOR, panel, layout, "Signal", null, calc ? "Calc. Concentration" : null, reads, expected, Map.of(), implausible);
        return new MultiplexExport(file.name(), id(), List.of(plate), List.of());
    }

    private static String cell(List<String> row, int i) {
        return i < 0 || i >= row.size() ? "" : row.get(i).strip();
    }
}
