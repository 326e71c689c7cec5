package org.cytobench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A standard curve as the {@code fit} command reads it: a CSV file with a header naming the columns {@code conc} and
 * {@code od} (any order, other columns ignored) and one row per well. Blank lines are skipped.
 *
 * @param conc the wells' nominal concentrations, ≥ 0
 * @param od   the wells' responses
 */
record CurveCsv(double[] conc, double[] od) {

    /** Input the command cannot use; the message is one sentence naming the file, the line and the problem. */
    static final class InvalidCurveException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidCurveException(String message) { super(message); }
    }

    static CurveCsv read(Path file, int minimumLevels) throws InvalidCurveException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidCurveException(file + ": cannot read the file (" + describe(e) + ")");
        }
        int header = 0;
        while (header < lines.size() && lines.get(header).isBlank()) header++;
        if (header == lines.size()) throw new InvalidCurveException(file + ": the file is empty");
        List<String> names = Arrays.stream(cells(lines.get(header))).map(s -> s.toLowerCase(Locale.ROOT)).toList();
        int ci = names.indexOf("conc"), oi = names.indexOf("od");
        if (ci < 0 || oi < 0) {
            throw new InvalidCurveException(file + " line " + (header + 1) + ": expected a header with the columns conc,od but found '"
                    + lines.get(header).strip() + "'");
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = header + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] c = cells(lines.get(i));
            int line = i + 1;
            if (c.length <= Math.max(ci, oi)) {
                throw new InvalidCurveException(file + " line " + line + ": expected values for conc and od but found '" + lines.get(i).strip() + "'");
            }
            double conc = number(file, line, "conc", c[ci]), od = number(file, line, "od", c[oi]);
            if (conc < 0) throw new InvalidCurveException(file + " line " + line + ": negative concentration " + c[ci]);
            rows.add(new double[] {conc, od});
        }
        if (rows.isEmpty()) throw new InvalidCurveException(file + ": no data rows below the header");
        double[] conc = rows.stream().mapToDouble(r -> r[0]).toArray(), od = rows.stream().mapToDouble(r -> r[1]).toArray();
        long levels = Arrays.stream(conc).distinct().count();
        if (levels < minimumLevels) {
            throw new InvalidCurveException(file + ": only " + levels + " distinct concentration level" + (levels == 1 ? "" : "s")
                    + ", a standard curve needs at least " + minimumLevels);
        }
        return new CurveCsv(conc, od);
    }

    private static String[] cells(String line) {
        String[] c = line.split(",", -1);
        for (int i = 0; i < c.length; i++) c[i] = c[i].strip().replaceAll("^\"|\"$", "").strip();
        return c;
    }

    private static double number(Path file, int line, String column, String text) throws InvalidCurveException {
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidCurveException(file + " line " + line + ": " + column + " value '" + text + "' is not a number");
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.charset.MalformedInputException) return "not UTF-8 text";
        return e.getClass().getSimpleName();
    }
}
