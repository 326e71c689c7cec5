package org.cytobench.io.platereader.moleculardevices;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.cytobench.io.Cell;
import org.cytobench.io.ImportException;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;

/**
 * The lines of one SoftMax Pro plate section (between its {@code Plate:} line and {@code ~End}), read front to back, with
 * the file's line numbers for messages. Fields are tab-separated; the trailing empty fields an Excel re-save pads every
 * line with are dropped. Knows whether the section writes decimal commas ({@code 2,6173}): SoftMax writes plate data in
 * the Windows locale but group tables with points, so this is decided per section.
 */
final class SoftMaxSection {
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d+,\\d+([eE][+-]?\\d+)?");

    private final String fileName;
    private final List<String[]> lines;
    private final boolean[] empty;
    private final int firstLineNumber;
    private final int endLineNumber;
    private final boolean decimalComma;
    private int pos;

    /**
     * @param lines           the section's lines after the Plate: line, without the ~End line
     * @param firstLineNumber 1-based file line number of {@code lines.get(0)}
     * @param endLineNumber   1-based line number of the ~End line
     */
    SoftMaxSection(String fileName, List<String> lines, int firstLineNumber, int endLineNumber) {
        this.fileName = fileName;
        this.firstLineNumber = firstLineNumber;
        this.endLineNumber = endLineNumber;
        this.lines = new ArrayList<>(lines.size());
        this.empty = new boolean[lines.size()];
        boolean comma = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            empty[i] = l.isBlank() && l.indexOf('\t') < 0;
            String[] f = trimTrailing(l.split("\t", -1));
            this.lines.add(f);
            for (String s : f) if (!comma && COMMA_DECIMAL.matcher(s.strip()).matches()) comma = true;
        }
        this.decimalComma = comma;
    }

    boolean decimalComma() { return decimalComma; }

    /** Skips blank lines; true when a non-blank line follows. */
    boolean skipBlank() {
        while (pos < lines.size() && isBlank(lines.get(pos))) pos++;
        return pos < lines.size();
    }

    /**
     * True at the end or at a truly empty line (no tabs): SoftMax separates blocks with empty lines but writes a plate row
     * whose wells were not read as a line of tabs.
     */
    boolean atEmptyOrEnd() { return pos >= lines.size() || empty[pos]; }

    boolean atBlankOrEnd() { return pos >= lines.size() || isBlank(lines.get(pos)); }

    /** The current line's fields; the caller checks {@link #atBlankOrEnd()} first. */
    String[] peek() { return lines.get(pos); }

    String[] next() { return lines.get(pos++); }

    /** "line N" of the current line, or of the ~End line when the section is used up. */
    String where() { return "line " + (pos < lines.size() ? firstLineNumber + pos : endLineNumber); }

    /** "line N" of the line just returned by {@link #next()}. */
    String wherePrevious() { return "line " + (firstLineNumber + pos - 1); }

    ImportException error(String where, String problem) { return new ImportException(fileName, where, problem); }

    Cell cell(String[] fields, int i) {
        return i < fields.length ? Cell.parse(fields[i], decimalComma) : Cell.EMPTY;
    }

    /**
     * The well labels of a TimeFormat column header line ({@code | Temperature | A1 | A2 | …}): for each field index from 2 on,
     * the well, or null where the field is empty. Fails when the line does not list wells.
     */
    WellPosition[] wellColumns(String[] header, PlateFormat format, String where, String what) throws ImportException {
        WellPosition[] wells = new WellPosition[header.length];
        int found = 0;
        for (int i = 2; i < header.length; i++) {
            String s = header[i].strip();
            if (s.isEmpty()) continue;
            try {
                wells[i] = format.parseWell(s);
                found++;
            } catch (IllegalArgumentException e) {
                throw error(where, "expected well names (A1, A2, …) in the column header of " + what + ", found '" + s + "'");
            }
        }
        if (found == 0) throw error(where, "expected the column header of " + what + " with well names (A1, A2, …)");
        return wells;
    }

    /**
     * The column numbers of a PlateFormat header line ({@code | Temperature | 1 … 12 | | 1 … 12}), one run per wavelength,
     * runs separated by an empty field. Each run maps field index to 0-based column.
     */
    List<int[][]> columnRuns(String[] header, PlateFormat format, String where, String what) throws ImportException {
        List<int[][]> runs = new ArrayList<>();
        List<int[]> run = new ArrayList<>();
        for (int i = 2; i <= header.length; i++) {
            String s = i < header.length ? header[i].strip() : "";
            if (s.isEmpty()) {
                if (!run.isEmpty()) runs.add(run.toArray(new int[0][]));
                run = new ArrayList<>();
                continue;
            }
            int column;
            try {
                column = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw error(where, "expected column numbers (1, 2, …) in the column header of " + what + ", found '" + s + "'");
            }
            if (column < 1 || column > format.columns()) {
                throw error(where, "column " + column + " in the header of " + what + " is outside 1–" + format.columns());
            }
            run.add(new int[] {i, column - 1});
        }
        if (runs.isEmpty()) throw error(where, "expected the column header of " + what + " with column numbers 1, 2, …");
        return runs;
    }

    static boolean isBlank(String[] fields) {
        for (String s : fields) if (!s.isBlank()) return false;
        return true;
    }

    private static String[] trimTrailing(String[] f) {
        int n = f.length;
        while (n > 0 && f[n - 1].isBlank()) n--;
        return n == f.length ? f : Arrays.copyOf(f, n);
    }
}
