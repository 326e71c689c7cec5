package org.cytobench.io.platereader.perkinelmer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytobench.io.Cell;
import org.cytobench.io.CellTable;
import org.cytobench.io.DelimitedText;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.LabelledGrid;
import org.cytobench.io.PlateImporter;
import org.cytobench.io.SourceFile;
import org.cytobench.io.TextDecoder;
import org.cytobench.io.TextExports;
import org.cytobench.io.WellCells;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;

/**
 * PerkinElmer/Revvity EnVision csv export: for each plate and label a "Plate information" block (a header row naming
 * Plate, Repeat, Barcode, …, Label and a value row), a "Background information" block, then the label's grid — with
 * 1…24 / A…P labels, or (the "Plate2" export format) bare rows of 12 or 24 numbers. A long trailer of assay, protocol and
 * instrument information follows. Calculated grids (their information row names "Calc 1: …" instead of a label) are
 * derived reads.
 */
public final class EnVisionImporter implements PlateImporter {

    static final String ID = "envision";

    private static final Pattern AT_WAVELENGTH = Pattern.compile("@\\s*(\\d{3,4})");
    private static final Pattern LABEL_INDEX = Pattern.compile("\\(\\d+\\)$");

    @Override
    public String id() { return ID; }

    @Override
    public String displayName() { return "PerkinElmer/Revvity EnVision (csv)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        if (file.isSpreadsheet()) return false;
        List<String> head = TextDecoder.headLines(file, 4096, 3);
        return head.size() >= 2 && head.get(0).strip().equalsIgnoreCase("Plate information")
                && head.get(1).startsWith("Plate") && head.get(1).contains("Repeat") && head.get(1).contains("Barcode");
    }

    @Override
    public ImportResult read(SourceFile file) throws ImportException {
        List<String> lines = TextExports.lines(file, "an EnVision csv export");
        if (!recognizes(file)) throw new ImportException(file.name(), "line 1", "expected 'Plate information' and then 'Plate,Repeat,Barcode,…' (not an EnVision csv export)");
        DelimitedText text = DelimitedText.of(lines);
        CellTable t = text.table();
        Map<String, List<Read>> plates = new LinkedHashMap<>();
        Map<String, PlateFormat> formats = new LinkedHashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            if (!t.cell(r, 0).equalsIgnoreCase("Plate information")) continue;
            Map<String, String> info = info(t, r + 1, file.name());
            String plate = "Plate " + info.getOrDefault("plate", "1");
            int gridRow = gridStart(t, r + 3);
            if (gridRow < 0) throw new ImportException(file.name(), t.location(r), "expected the plate's data grid after its plate and background information");
            WellCells cells = new WellCells();
            int end = grid(t, gridRow, cells, text.decimalComma(), file.name());
            List<Read> reads = plates.computeIfAbsent(plate, k -> new ArrayList<>());
            reads.add(read(info, cells, reads));
            formats.merge(plate, cells.format(PlateFormat.WELLS_96), (a, b) -> a == PlateFormat.WELLS_384 ? a : b);
            r = end - 1;
        }
        if (plates.isEmpty()) throw new ImportException(file.name(), "line 1", "expected a 'Plate information' block");
        List<PlateData> out = new ArrayList<>();
        plates.forEach((name, reads) -> out.add(new PlateData(name, formats.get(name).rows(), formats.get(name).columns(), reads, List.of())));
        List<String> warnings = new ArrayList<>();
        out.forEach(p -> p.reads().stream().filter(rd -> rd.kind() == ReadKind.DERIVED).forEach(rd ->
                warnings.add(p.name() + ": '" + rd.name() + "' is EnVision's own calculation, imported as derived data")));
        return new ImportResult(file.name(), ID, out, warnings);
    }

    /** The information row under its header row, as lower-case header → value; "Calc …" cells are kept under "calc". */
    private static Map<String, String> info(CellTable t, int header, String fileName) throws ImportException {
        if (!t.cell(header, 0).equalsIgnoreCase("Plate")) {
            throw new ImportException(fileName, t.location(header), "expected the header row 'Plate,Repeat,Barcode,…' after 'Plate information'");
        }
        Map<String, String> info = new LinkedHashMap<>();
        List<String> keys = t.row(header);
        List<String> values = t.row(header + 1);
        for (int c = 0; c < Math.min(keys.size(), values.size()); c++) info.put(keys.get(c).strip().toLowerCase(Locale.ROOT), values.get(c).strip());
        for (String v : values) if (v.strip().startsWith("Calc ")) info.put("calc", v.strip());
        return info;
    }

    private static Read read(Map<String, String> info, WellCells cells, List<Read> existing) {
        String calc = info.get("calc");
        ReadKind kind = calc == null ? ReadKind.RAW : ReadKind.DERIVED;
        String name;
        if (calc != null) {
            int eq = calc.indexOf(" = ");
            name = eq > 0 ? calc.substring(0, eq).strip() : calc;
        } else {
            name = LABEL_INDEX.matcher(info.getOrDefault("label", "")).replaceAll("").strip();
            if (name.isEmpty()) name = "Label " + (existing.size() + 1);
        }
        String repeat = info.getOrDefault("repeat", "1");
        if (!repeat.equals("1") && !repeat.isEmpty()) name = name + " (repeat " + repeat + ")";
        Matcher m = AT_WAVELENGTH.matcher(calc == null ? info.getOrDefault("label", "") : "");
        Double wl = m.find() ? Double.parseDouble(m.group(1)) : null;
        String unique = name;
        for (int n = 2; nameTaken(existing, unique); n++) unique = name + " (" + n + ")";
        return cells.toRead(unique, kind, wl);
    }

    private static boolean nameTaken(List<Read> reads, String name) {
        return reads.stream().anyMatch(r -> r.name().equals(name));
    }

    /** The first row at or after {@code from} that starts a grid (a 1, 2, … header or a row of numbers), skipping the background block. */
    private static int gridStart(CellTable t, int from) {
        for (int r = from; r < Math.min(t.rowCount(), from + 20); r++) {
            if (t.cell(r, 0).equalsIgnoreCase("Plate information")) return -1;
            if (t.cell(r - 1, 0).equalsIgnoreCase("Plate") || t.cell(r - 1, 0).toLowerCase(Locale.ROOT).startsWith("background")) continue;
            if (t.isBlank(r)) continue;
            if (LabelledGrid.headerWidth(t, r, 0) >= 12 || numbersOnly(t, r)) return r;
        }
        return -1;
    }

    /** Reads the grid starting at {@code r} into {@code cells}; returns the row after it. */
    private static int grid(CellTable t, int r, WellCells cells, boolean decimalComma, String fileName) throws ImportException {
        int width;
        int rows;
        if (LabelledGrid.headerWidth(t, r, 0) >= 12) {
            LabelledGrid g = LabelledGrid.parse(t, r, 0, decimalComma);
            g.cells().cells().forEach(cells::put);
            width = g.columns();
            rows = g.rows();
            r = g.endRow();
        } else {
            rows = 0;
            width = 0;
            for (; r < t.rowCount() && numbersOnly(t, r); r++, rows++) {
                List<String> row = t.row(r);
                int last = row.size() - 1;
                while (last >= 0 && row.get(last).isBlank()) last--;
                width = Math.max(width, last + 1);
                if (rows >= 16 || last >= 24) throw new ImportException(fileName, t.location(r), "a grid row beyond 16 rows × 24 columns");
                for (int c = 0; c <= last; c++) cells.put(new org.cytobench.plate.WellPosition(rows, c), Cell.parse(row.get(c), decimalComma));
            }
        }
        if (!((rows == 8 && width == 12) || (rows == 16 && width == 24))) {
            throw new ImportException(fileName, t.location(r - 1), "expected a grid of 8 rows × 12 or 16 × 24 values, found " + rows + " × " + width);
        }
        return r;
    }

    private static boolean numbersOnly(CellTable t, int r) {
        List<String> cells = t.nonBlank(r);
        if (cells.size() < 12) return false;
        for (String s : cells) if (!Cell.parse(s).isNumber()) return false;
        return true;
    }
}
