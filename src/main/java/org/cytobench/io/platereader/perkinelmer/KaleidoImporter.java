package org.cytobench.io.platereader.perkinelmer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;

/**
 * Revvity/PerkinElmer Kaleido csv export (EnSight, VICTOR Nivo with Kaleido): per measurement a "Results for ABS mono 1"
 * line, a "Barcode: …, PlateRepeat: 1, WellRepeat: 1" line and a 1…12 / A…H grid; the metadata follow the data
 * ("Excitation wavelength [nm],,,,450" under "Tech,,,,ABS mono 1"). Non-breaking spaces are treated as spaces.
 */
public final class KaleidoImporter implements PlateImporter {

    static final String ID = "kaleido";

    private static final Pattern REPEAT = Pattern.compile("PlateRepeat:\\s*(\\d+)");

    @Override
    public String id() { return ID; }

    @Override
    public String displayName() { return "Revvity Kaleido (csv)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        if (file.isSpreadsheet()) return false;
        List<String> head = TextDecoder.headLines(file, 4096, 12);
        return head.stream().anyMatch(l -> normalise(l).startsWith("Results for "))
                && head.stream().anyMatch(l -> normalise(l).contains("PlateRepeat:"));
    }

    @Override
    public ImportResult read(SourceFile file) throws ImportException {
        List<String> raw = TextExports.lines(file, "a Kaleido csv export");
        if (!recognizes(file)) throw new ImportException(file.name(), null, "expected a 'Results for …' line and a 'PlateRepeat:' line near the top (not a Kaleido csv export)");
        List<String> lines = raw.stream().map(KaleidoImporter::normalise).toList();
        DelimitedText text = DelimitedText.of(lines);
        CellTable t = text.table();
        Map<String, Double> wavelengths = wavelengths(t);
        List<Read> reads = new ArrayList<>();
        PlateFormat format = PlateFormat.WELLS_96;
        for (int r = 0; r < t.rowCount(); r++) {
            String first = t.cell(r, 0);
            if (!first.startsWith("Results for ")) continue;
            String name = first.substring("Results for ".length()).strip();
            int header = r + 1;
            String repeat = "1";
            while (header < t.rowCount() && LabelledGrid.headerWidth(t, header, 0) == 0 && header < r + 4) {
                Matcher m = REPEAT.matcher(String.join(",", t.row(header)));
                if (m.find()) repeat = m.group(1);
                header++;
            }
            LabelledGrid g = LabelledGrid.parse(t, header, 0, text.decimalComma());
            if (g.columns() == 0 || g.rows() == 0) {
                throw new ImportException(file.name(), t.location(header), "expected the results grid (1, 2, … header and rows A, B, …) after '" + first + "'");
            }
            int plateRows = g.columns() > 12 ? PlateFormat.WELLS_384.rows() : PlateFormat.WELLS_96.rows();
            if (g.rows() < plateRows || g.endRow() >= t.rowCount()) {
                // Kaleido always writes the whole plate and a trailer after it: a grid that stops early, or that the
                // file ends in, was cut off (a file cut inside row E used to import 49 of 96 wells, E1 = 0.0)
                throw new ImportException(file.name(), t.location(Math.min(g.endRow(), t.rowCount()) - 1), "the grid after '" + first
                        + "' ends after row " + (char) ('A' + g.rows() - 1) + " (Kaleido writes rows A–" + (char) ('A' + plateRows - 1)
                        + " and a trailer): the file looks cut off or damaged");
            }
            String readName = repeat.equals("1") ? name : name + " (repeat " + repeat + ")";
            reads.add(g.cells().toRead(readName, ReadKind.RAW, wavelengths.get(name)));
            format = g.cells().format(g.columns() > 12 ? PlateFormat.WELLS_384 : format);
            r = g.endRow() - 1;
        }
        if (reads.isEmpty()) throw new ImportException(file.name(), null, "no 'Results for …' grid found");
        return new ImportResult(file.name(), ID, List.of(new PlateData("Plate 1", format.rows(), format.columns(), reads, List.of())), List.of());
    }

    /** Measurement name ("Tech,,,,ABS mono 1") → its "Excitation wavelength [nm]" in the trailer. */
    private static Map<String, Double> wavelengths(CellTable t) {
        Map<String, Double> out = new LinkedHashMap<>();
        String tech = null;
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.cell(r, 0).equals("Tech")) tech = firstValue(t, r);
            if (tech != null && t.cell(r, 0).startsWith("Excitation wavelength")) {
                Double nm = Cell.parse(firstValue(t, r)).number();
                if (nm != null) out.putIfAbsent(tech, nm);
            }
        }
        return out;
    }

    /** The first non-blank cell right of column A ("Tech,,,,ABS mono 1" → "ABS mono 1"), "" if none. */
    private static String firstValue(CellTable t, int r) {
        List<String> row = t.row(r);
        for (int c = 1; c < row.size(); c++) if (!row.get(c).isBlank()) return row.get(c).strip();
        return "";
    }

    private static String normalise(String line) {
        return line.replace('\u00A0', ' ');
    }
}
