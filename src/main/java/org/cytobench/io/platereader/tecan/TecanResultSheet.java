package org.cytobench.io.platereader.tecan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cytobench.io.Cell;
import org.cytobench.io.CellTable;
import org.cytobench.io.ImportException;
import org.cytobench.io.LabelledGrid;
import org.cytobench.io.SheetGrid;
import org.cytobench.io.WellCells;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;

/**
 * The result sheet that Tecan i-control and SparkControl write: "Key | … | value" settings in column A and E, one block
 * per label ("Label: OD600_1" in i-control; "Mode" then "Name | OD540" in Spark) with its wavelength, and the label's
 * values as a {@code <>}-cornered grid (fewer rows and columns for "Part of Plate").
 */
final class TecanResultSheet {
    private TecanResultSheet() {}

    /** The label reads of one sheet (empty when the sheet has no {@code <>} grid), with "Part of Plate" warnings. */
    static PlateData plate(SheetGrid sheet, String plateName, String fileName, List<String> warnings) throws ImportException {
        CellTable t = CellTable.of(sheet);
        List<Read> reads = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String label = null;
        Double wavelength = null;
        PlateFormat format = PlateFormat.WELLS_96;
        String previousKey = "";
        for (int r = 0; r < t.rowCount(); r++) {
            String key = t.cell(r, 0);
            String lower = key.toLowerCase(Locale.ROOT);
            if (lower.startsWith("label:")) {
                label = key.substring(6).strip();
                wavelength = null;
            } else if (lower.equals("name") && previousKey.equalsIgnoreCase("mode")) {
                label = firstValue(t, r);
                wavelength = null;
            } else if (lower.startsWith("wavelength") || lower.startsWith("measurement wavelength")) {
                wavelength = number(firstValue(t, r));
            } else if (lower.equals("plate") && firstValue(t, r).contains("384")) {
                format = PlateFormat.WELLS_384;
            } else if (lower.startsWith("part of plate")) {
                String area = firstValue(t, r);
                if (!area.isEmpty() && !area.equals("A1-H12") && !area.equals("A1-P24")) warnings.add(plateName + ": only part of the plate was read (" + area + ")");
            }
            int corner = cornerColumn(t, r);
            if (corner >= 0) {
                LabelledGrid g = LabelledGrid.parse(t, r, corner, false);
                if (g.columns() == 0 || g.rows() == 0) {
                    throw new ImportException(fileName, sheet.location(r, corner), "expected a grid of column numbers 1, 2, … after '<>' and row letters below it");
                }
                String name = label == null ? "Label " + (reads.size() + 1) : label;
                int n = seen.merge(name, 1, Integer::sum);
                if (n > 1) name = name + " (" + n + ")";
                reads.add(cleaned(g.cells()).toRead(name, ReadKind.RAW, wavelength));
                format = g.cells().format(format);
                if (g.columns() > 12) format = PlateFormat.WELLS_384;
                r = g.endRow() - 1;
            }
            if (!key.isEmpty()) previousKey = key;
        }
        return reads.isEmpty() ? null : new PlateData(plateName, format.rows(), format.columns(), reads, List.of());
    }

    /** The first non-blank cell right of column A (Tecan puts values in column E), "" if none. */
    static String firstValue(CellTable t, int r) {
        List<String> row = t.row(r);
        for (int c = 1; c < row.size(); c++) if (!row.get(c).isBlank()) return row.get(c).strip();
        return "";
    }

    /** The text after "Key:" in column A or the first value right of it ("Method name: X", "Date: | | | | 2023-09-21"). */
    static String keyValue(CellTable t, int r) {
        String key = t.cell(r, 0);
        int colon = key.indexOf(':');
        String inline = colon >= 0 ? key.substring(colon + 1).strip() : "";
        return inline.isEmpty() ? firstValue(t, r) : inline;
    }

    private static int cornerColumn(CellTable t, int r) {
        for (int c = 0; c < Math.min(3, t.row(r).size()); c++) if (t.cell(r, c).equals("<>")) return c;
        return -1;
    }

    private static Double number(String s) {
        Cell c = Cell.parse(s);
        return c.number();
    }

    /**
     * i-control stores single-precision readings in double cells (0.34380000829696655); each such value is replaced by
     * the shortest decimal of the float it was (0.3438). Values that are not exact floats are left as they are.
     */
    static WellCells cleaned(WellCells cells) {
        WellCells out = new WellCells();
        cells.cells().forEach((w, c) -> out.put(w, c.isNumber() ? new Cell(shortestFloat(c.number()), null) : c));
        return out;
    }

    static double shortestFloat(double v) {
        float f = (float) v;
        if ((double) f != v || !Float.isFinite(f)) return v;
        return Double.parseDouble(Float.toString(f));
    }
}
