package org.cytobench.io.platereader.promega;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cytobench.io.Delimiters;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporter;
import org.cytobench.io.SourceFile;
import org.cytobench.io.TextDecoder;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;

/**
 * Promega GloMax (Discover / Navigator) CSV results: a few {@code ,,,Protocol: …} / {@code ,,,Result: …} lines, then per
 * measurement a section title ({@code Absorbance}, {@code Luminescence}, {@code Fluorescence}), its filters, and a
 * {@code Reading:} line carrying the column numbers, followed by the plate rows. The grid is offset: the row letter sits
 * in the fifth column and the values follow it, often in scientific notation ({@code 1.03E+00}).
 */
public final class GloMaxImporter implements PlateImporter {

    @Override
    public String id() { return "glomax"; }

    /** False: GloMax writes no line break after its last row. */
    @Override
    public boolean lastNumberHasLineBreak() { return false; }

    @Override
    public String displayName() { return "Promega GloMax (CSV results)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        if (file.isSpreadsheet()) return false;
        boolean protocol = false, reading = false;
        for (String l : TextDecoder.headLines(file, 4096, 40)) {
            String s = withoutLeadingSeparators(l);
            if (s.startsWith("Protocol:") || s.startsWith("Result:")) protocol = true;
            if (s.startsWith("Reading:") || s.startsWith("Measurement Filter:")) reading = true;
        }
        return protocol && reading;
    }

    @Override
    public ImportResult read(SourceFile file) throws ImportException {
        List<String> lines = TextDecoder.lines(file);
        if (lines.isEmpty()) throw new ImportException(file.name(), null, "the file is empty");
        char sep = Delimiters.detect(lines.subList(0, Math.min(lines.size(), 200)));
        List<List<String>> rows = new ArrayList<>();
        for (String l : lines) rows.add(Delimiters.split(l, sep).stream().map(String::strip).toList());
        String plateName = "Plate 1";
        String section = null, filter = null;
        List<Read> reads = new ArrayList<>();
        PlateFormat format = null;
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String first = firstNonEmpty(row);
            if (first == null) continue;
            if (first.startsWith("Result:")) plateName = first.substring("Result:".length()).strip();
            if (row.get(0).matches("(?i)absorbance|luminescence|fluorescence|fluorescence intensity|bret|fret")) {
                section = row.get(0);
                filter = null;
            }
            if (first.equals("Measurement Filter:")) filter = valueAfter(row, first);
            if (first.equals("Reading:")) {
                GloMaxTable t = GloMaxTable.read(file.name(), rows, r);
                if (format != null && format != t.format()) {
                    throw new ImportException(file.name(), "line " + (r + 1), "this table is " + t.format().wellCount()
                            + "-well but an earlier one was " + format.wellCount() + "-well");
                }
                format = t.format();
                String name = readName(section, filter, valueAfter(row, first), reads);
                reads.add(new Read(name, ReadKind.RAW, wavelength(filter), t.values(), t.markers()));
                r = t.end() - 1;
            }
        }
        if (reads.isEmpty()) {
            throw new ImportException(file.name(), null, "no GloMax result table was found (expected a 'Reading:' line followed by plate rows A–H)");
        }
        List<String> warnings = new ArrayList<>();
        if (reads.stream().allMatch(rd -> rd.values().isEmpty())) warnings.add("the file holds no numeric wells");
        PlateData plate = new PlateData(plateName.isEmpty() ? "Plate 1" : plateName, format.rows(), format.columns(), reads, List.of());
        return new ImportResult(file.name(), id(), List.of(plate), warnings);
    }

    private static String withoutLeadingSeparators(String l) {
        int i = 0;
        while (i < l.length() && ",;\t\"".indexOf(l.charAt(i)) >= 0) i++;
        return l.substring(i);
    }

    private static String readName(String section, String filter, String reading, List<Read> earlier) {
        String base = filter != null && !filter.isEmpty() && !filter.equalsIgnoreCase("none") ? filter
                : section != null ? section : "Reading";
        String name = reading != null && !reading.isEmpty() && !reading.equals("1") ? base + " reading " + reading : base;
        String unique = name;
        for (int i = 2; uniqueTaken(earlier, unique); i++) unique = name + " (" + i + ")";
        return unique;
    }

    private static boolean uniqueTaken(List<Read> reads, String name) {
        return reads.stream().anyMatch(r -> r.name().equals(name));
    }

    private static Double wavelength(String filter) {
        if (filter == null) return null;
        String digits = filter.toLowerCase(Locale.ROOT).replace("nm", "").strip();
        if (!digits.matches("\\d{3,4}")) return null;
        double w = Double.parseDouble(digits);
        return w >= 200 && w <= 1000 ? w : null;
    }

    private static String firstNonEmpty(List<String> row) {
        for (String c : row) if (!c.isEmpty()) return c;
        return null;
    }

    /** The first non-empty cell after the cell holding {@code key}. */
    private static String valueAfter(List<String> row, String key) {
        int i = row.indexOf(key);
        for (int c = i + 1; c < row.size(); c++) if (!row.get(c).isEmpty()) return row.get(c);
        return null;
    }

}
