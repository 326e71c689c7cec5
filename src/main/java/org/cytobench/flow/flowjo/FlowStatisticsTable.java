package org.cytobench.flow.flowjo;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cytobench.flow.fcs.FlowFileException;

/**
 * A statistics table exported from FlowJo's table editor (and laid out the same way by FCS Express): a {@code Sample}
 * column, then one column per {@code "gate path,Statistic"} (e.g. {@code "Cells/Singlets/Live/CD4+/CD69+,Freq. of
 * Parent"}), one row per FCS file, and summary rows ({@code Mean}, {@code SD}/{@code StdDev}, {@code Median}) at the end.
 *
 * <p>Tab- or comma-separated (quoted fields allowed). Text is UTF-8 when valid; otherwise Mac Roman when the file has
 * bare CR line ends (FlowJo on a Mac writes "−" as 0xD0), else Windows-1252/Latin-1.
 *
 * @param file      the file name
 * @param columns   the statistic columns, in file order
 * @param rows      one per sample
 * @param summaries the summary rows by their label, values per column
 */
public record FlowStatisticsTable(String file, List<Column> columns, List<Row> rows, Map<String, double[]> summaries) {

    private static final Set<String> SUMMARY = Set.of("mean", "sd", "stddev", "std dev", "median", "cv", "min", "max");

    /** A column: the population path and the statistic ("Freq. of Parent", "Count", "Median : Comp-PE-A", ...). */
    public record Column(String populationPath, String statistic) {
        /** The last element of the path: the population's own name. */
        public String population() {
            int i = populationPath.lastIndexOf('/');
            return i < 0 ? populationPath : populationPath.substring(i + 1);
        }
    }

    /** One sample's values (NaN where the cell is empty or not a number). */
    public record Row(String sample, double[] values) {}

    public FlowStatisticsTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        summaries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(summaries));
    }

    public int columnIndex(String populationPath, String statistic) {
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c.populationPath().equals(populationPath) && c.statistic().equalsIgnoreCase(statistic)) return i;
        }
        return -1;
    }

    public static FlowStatisticsTable read(Path path) throws FlowFileException {
        return read(path.getFileName().toString(), FlowFileException.readAll(path));
    }

    public static FlowStatisticsTable read(String name, byte[] bytes) throws FlowFileException {
        String text = decode(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\r\n|\r|\n")) if (!l.isBlank()) lines.add(l);
        if (lines.isEmpty()) throw new FlowFileException(name, "the file is empty");
        char sep = lines.get(0).indexOf('\t') >= 0 ? '\t' : ',';
        List<String> header = split(lines.get(0), sep);
        if (header.isEmpty() || !header.get(0).trim().equalsIgnoreCase("Sample") && !header.get(0).isBlank()) {
            throw new FlowFileException(name, "line 1: expected a first column 'Sample' (a FlowJo table), found '" + header.get(0) + "'");
        }
        List<Column> cols = new ArrayList<>();
        for (int i = 1; i < header.size(); i++) {
            String h = header.get(i).trim();
            int comma = h.lastIndexOf(',');
            if (comma < 0) throw new FlowFileException(name, "line 1, column " + (i + 1) + ": '" + h + "' is not 'gate path,Statistic'");
            cols.add(new Column(h.substring(0, comma).trim(), h.substring(comma + 1).trim()));
        }
        List<Row> rows = new ArrayList<>();
        Map<String, double[]> summaries = new LinkedHashMap<>();
        for (int li = 1; li < lines.size(); li++) {
            List<String> f = split(lines.get(li), sep);
            String sample = f.get(0).trim();
            double[] v = new double[cols.size()];
            for (int c = 0; c < v.length; c++) {
                String s = c + 1 < f.size() ? f.get(c + 1).trim() : "";
                v[c] = parse(s, name, li + 1, c + 2);
            }
            if (SUMMARY.contains(sample.toLowerCase(Locale.ROOT))) summaries.put(sample, v);
            else rows.add(new Row(sample, v));
        }
        if (rows.isEmpty()) throw new FlowFileException(name, "the table has no sample rows");
        return new FlowStatisticsTable(name, cols, rows, summaries);
    }

    private static double parse(String s, String file, int line, int col) throws FlowFileException {
        if (s.isEmpty() || s.equalsIgnoreCase("NaN") || s.equals("n/a")) return Double.NaN;
        String t = s.endsWith("%") ? s.substring(0, s.length() - 1).trim() : s;
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new FlowFileException(file, "line " + line + ", column " + col + ": '" + s + "' is not a number");
        }
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            boolean bareCr = false;
            boolean lf = false;
            for (byte b : bytes) {
                if (b == '\n') lf = true;
                if (b == '\r') bareCr = true;
            }
            Charset cs = bareCr && !lf && Charset.isSupported("x-MacRoman") ? Charset.forName("x-MacRoman")
                    : Charset.isSupported("windows-1252") ? Charset.forName("windows-1252") : StandardCharsets.ISO_8859_1;
            return new String(bytes, cs);
        }
    }

    /** Splits one line at the separator, honouring double quotes ("a,b" stays one field; "" is a quote). */
    static List<String> split(String line, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (q) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    q = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                q = true;
            } else if (c == sep) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
