package org.cytobench.io.platereader.perkinelmer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytobench.io.Cell;
import org.cytobench.io.CellTable;
import org.cytobench.io.DelimitedText;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.KineticCells;
import org.cytobench.io.PlateImporter;
import org.cytobench.io.SourceFile;
import org.cytobench.io.TextDecoder;
import org.cytobench.io.TextExports;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;

/**
 * PerkinElmer VICTOR Nivo csv export ("WELL RESULTS"): a well-per-row table under {@code ,Cycle,1,2,…},
 * {@code ,Plate,…}, {@code ,Barcode,…} and {@code Well,Time(s),t1,t2,…} header rows, then a PARAMETERS section
 * (operation, filter, plate format, plate map). Several cycles make a kinetic read, one cycle an endpoint read.
 */
public final class VictorNivoImporter implements PlateImporter {

    static final String ID = "victor-nivo";

    private static final Pattern FILTER_NM = Pattern.compile("(\\d{3,4})(?:/\\d+)?\\s*nm");

    @Override
    public String id() { return ID; }

    @Override
    public String displayName() { return "PerkinElmer VICTOR Nivo (csv)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        if (file.isSpreadsheet()) return false;
        List<String> head = TextDecoder.headLines(file, 8192, 40);
        return !head.isEmpty() && head.get(0).strip().replace(",", "").equalsIgnoreCase("WELL RESULTS")
                && head.stream().anyMatch(l -> l.startsWith("Well") && l.contains("Time(s)"));
    }

    @Override
    public ImportResult read(SourceFile file) throws ImportException {
        List<String> lines = TextExports.lines(file, "a VICTOR Nivo csv export");
        if (!recognizes(file)) throw new ImportException(file.name(), "line 1", "expected 'WELL RESULTS' and a 'Well,Time(s),…' table header (not a VICTOR Nivo csv export)");
        DelimitedText text = DelimitedText.of(lines);
        CellTable t = text.table();
        int header = -1;
        for (int r = 0; r < t.rowCount() && header < 0; r++) {
            if (t.cell(r, 0).equalsIgnoreCase("Well") && t.cell(r, 1).toLowerCase(Locale.ROOT).startsWith("time")) header = r;
        }
        if (header < 0) throw new ImportException(file.name(), null, "expected the header row 'Well,Time(s),…' of the well table");
        List<Double> times = new ArrayList<>();
        for (int c = 2; c < t.row(header).size() && !t.cell(header, c).isEmpty(); c++) {
            Cell time = Cell.parse(t.cell(header, c), text.decimalComma());
            if (!time.isNumber()) throw new ImportException(file.name(), t.location(header, c), "expected a time in seconds");
            times.add(time.number());
        }
        if (times.isEmpty()) throw new ImportException(file.name(), t.location(header, 2), "expected at least one time column");
        KineticCells cells = new KineticCells(times.size());
        int r = header + 1;
        for (; r < t.rowCount() && !t.isBlank(r); r++) {
            WellPosition w;
            try {
                w = WellPosition.parse(t.cell(r, 0));
            } catch (IllegalArgumentException e) {
                if (!t.cell(r, 2).isEmpty()) {
                    throw new ImportException(file.name(), t.location(r, 0), "expected a well name such as A1 (" + e.getMessage() + ")");
                }
                break; // a section heading such as PARAMETERS ends the table
            }
            for (int i = 0; i < times.size(); i++) cells.put(i, w, Cell.parse(t.cell(r, 2 + i), text.decimalComma()));
        }
        if (cells.isEmpty()) throw new ImportException(file.name(), t.location(header + 1), "expected well rows under the header");
        if (r >= t.rowCount()) {
            // the Nivo writes its PARAMETERS section after the well table: a table that the file ends in lost its last wells
            throw new ImportException(file.name(), t.location(r - 1), "the well table runs to the end of the file, with no "
                    + "section after it as the VICTOR Nivo writes: the file looks cut off after well " + t.cell(r - 1, 0));
        }
        String operation = operation(t, header);
        Double wavelength = operation.toUpperCase(Locale.ROOT).startsWith("ABS") ? filterNm(t, r) : null;
        PlateFormat format = PlateFormat.WELLS_96;
        for (WellPosition w : cells.wells()) if (!format.contains(w)) format = PlateFormat.WELLS_384;
        if (parameter(t, r, "PLATE FORMAT").startsWith("384")) format = PlateFormat.WELLS_384;
        List<Read> reads = new ArrayList<>();
        List<KineticRead> kinetic = new ArrayList<>();
        if (times.size() == 1) reads.add(cells.at(0).toRead(operation, ReadKind.RAW, wavelength));
        else kinetic.add(cells.toKinetic(operation, wavelength, times));
        String protocol = parameter(t, 0, "PROTOCOL NAME");
        String plate = protocol.isEmpty() ? "Plate " + parameter(t, 0, "Plate") : protocol;
        return new ImportResult(file.name(), ID, List.of(new PlateData(plate, format.rows(), format.columns(), reads, kinetic)), List.of());
    }

    /** The "N OPERATION,ABS (F) - Kinetics" line before the table names the read; "Measurement" if absent. */
    private static String operation(CellTable t, int header) {
        for (int r = header; r >= 0; r--) {
            if (t.cell(r, 0).toUpperCase(Locale.ROOT).endsWith("OPERATION") && !t.cell(r, 1).isEmpty()) return t.cell(r, 1);
        }
        return "Measurement";
    }

    private static Double filterNm(CellTable t, int from) {
        Matcher m = FILTER_NM.matcher(parameter(t, from, "EXCITATION FILTER"));
        return m.find() ? Double.parseDouble(m.group(1)) : null;
    }

    /** The value next to the first row at or after {@code from} whose first cell is {@code key}, "" if none. */
    private static String parameter(CellTable t, int from, String key) {
        for (int r = from; r < t.rowCount(); r++) if (t.cell(r, 0).equalsIgnoreCase(key)) return t.cell(r, 1);
        return "";
    }
}
