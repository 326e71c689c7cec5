package org.cytobench.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A standard curve as the {@code fit} command reads it: a CSV file (RFC 4180: fields may be quoted, a quote inside a
 * quoted field doubled) with a header naming the columns {@code conc} and {@code od} (any order, other columns ignored)
 * and one row per well. Blank lines are skipped; a UTF-8 byte-order mark is dropped. The separator is the comma, or the
 * semicolon or tab when the header has no comma. Numbers may use a decimal comma ({@code "15,6"}, or {@code 15,6} with a
 * semicolon separator) when the whole file does; a file that mixes decimal points and decimal commas is refused.
 *
 * @param conc the wells' nominal concentrations, ≥ 0
 * @param od   the wells' responses
 */
record CurveCsv(double[] conc, double[] od) {
    /** Far above any standard curve (a 384-well plate of curves is under 20 KB); keeps memory and time bounded. */
    static final long MAX_BYTES = 16L << 20;
    private static final int SHOWN = 60;

    /** Input the command cannot use; the message is one sentence naming the file, the line and the problem. */
    static final class InvalidCurveException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidCurveException(String message) { super(message); }
    }

    /** One record of the file: its cells (unquoted) and the line it starts on. */
    private record Row(List<String> cells, int line, String text) {}

    static CurveCsv read(Path file, int minimumLevels) throws InvalidCurveException {
        String text = decode(file);
        List<Row> rows = records(file, text);
        if (rows.isEmpty()) throw new InvalidCurveException(file + ": the file is empty");
        Row header = rows.get(0);
        List<String> names = header.cells().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        int ci = names.indexOf("conc"), oi = names.indexOf("od");
        if (ci < 0 || oi < 0) {
            throw new InvalidCurveException(file + " line " + header.line() + ": expected a header with the columns conc,od but found '"
                    + shown(header.text()) + "'");
        }
        int n = rows.size() - 1;
        if (n == 0) throw new InvalidCurveException(file + ": no data rows below the header");
        boolean decimalComma = decimalComma(file, rows, ci, oi);
        double[] conc = new double[n], od = new double[n];
        for (int r = 1; r <= n; r++) {
            Row row = rows.get(r);
            if (row.cells().size() <= Math.max(ci, oi)) {
                throw new InvalidCurveException(file + " line " + row.line() + ": expected values for conc and od but found '"
                        + shown(row.text()) + "'");
            }
            String cText = row.cells().get(ci).strip(), oText = row.cells().get(oi).strip();
            double c = number(file, row.line(), "conc", cText, decimalComma), o = number(file, row.line(), "od", oText, decimalComma);
            if (c < 0) throw new InvalidCurveException(file + " line " + row.line() + ": negative concentration " + shown(cText));
            conc[r - 1] = c;
            od[r - 1] = o;
        }
        long levels = Arrays.stream(conc).distinct().count();
        if (levels < minimumLevels) {
            throw new InvalidCurveException(file + ": only " + levels + " distinct concentration level" + (levels == 1 ? "" : "s")
                    + ", a standard curve needs at least " + minimumLevels);
        }
        return new CurveCsv(conc, od);
    }

    private static String decode(Path file) throws InvalidCurveException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InvalidCurveException(file + ": the file is too large for a standard curve (" + (size >> 20)
                        + " MB; at most " + (MAX_BYTES >> 20) + " MB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidCurveException(file + ": cannot read the file (" + describe(e) + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidCurveException(file + ": cannot read the file (not UTF-8 text)");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Splits the text into records (RFC 4180; LF, CRLF or CR line ends; blank lines skipped). The separator is chosen
     * on the first record: a comma outside quotes, else a semicolon, else a tab.
     */
    private static List<Row> records(Path file, String text) throws InvalidCurveException {
        char sep = separator(text);
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1, start = 0, startLine = 1, len = text.length();
        boolean quoted = false, wasQuoted = false;
        for (int i = 0; i <= len; i++) {
            char ch = i < len ? text.charAt(i) : '\n';
            if (quoted) {
                if (i == len) {
                    throw new InvalidCurveException(file + " line " + startLine + ": a quoted value is not closed before the end of the file");
                }
                if (ch == '"') {
                    if (i + 1 < len && text.charAt(i + 1) == '"') { cell.append('"'); i++; }
                    else quoted = false;
                } else {
                    if (ch == '\n' || ch == '\r' && !(i + 1 < len && text.charAt(i + 1) == '\n')) line++;
                    cell.append(ch);
                }
                continue;
            }
            if (ch == '"') {
                if (cell.toString().isBlank() && !wasQuoted) { cell.setLength(0); quoted = true; wasQuoted = true; continue; }
                throw new InvalidCurveException(file + " line " + line + ": a quote inside an unquoted value ('"
                        + shown(text.substring(start, lineEnd(text, i))) + "')");
            }
            if (wasQuoted && ch != sep && ch != '\n' && ch != '\r' && !Character.isWhitespace(ch)) {
                throw new InvalidCurveException(file + " line " + line + ": text after a closing quote ('"
                        + shown(text.substring(start, lineEnd(text, i))) + "')");
            }
            if (ch == sep) {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (ch == '\n' || ch == '\r') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
                boolean blank = cells.size() == 1 && cells.get(0).isBlank();
                if (!blank) rows.add(new Row(List.copyOf(cells), startLine, text.substring(start, Math.min(i, len))));
                cells.clear();
                if (ch == '\r' && i + 1 < len && text.charAt(i + 1) == '\n') i++;
                line++;
                start = i + 1;
                startLine = line;
            } else {
                cell.append(ch);
            }
        }
        return rows;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') i++;
        return i;
    }

    /** The separator of the first non-blank record: comma outside quotes, else semicolon, else tab (else comma). */
    private static char separator(String text) {
        boolean quoted = false, semicolon = false, tab = false, content = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') { quoted = !quoted; content = true; continue; }
            if (quoted) continue;
            if (ch == ',') return ',';
            if (ch == ';') semicolon = true;
            else if (ch == '\t') tab = true;
            else if (ch == '\n' || ch == '\r') { if (content) break; }
            else if (!Character.isWhitespace(ch)) content = true;
        }
        return semicolon ? ';' : tab ? '\t' : ',';
    }

    /**
     * True when the file writes its numbers with a decimal comma. A comma can only be inside a number when the
     * number is quoted or the separator is not a comma; a file with decimal commas in some numbers and decimal points
     * in others is ambiguous (1,000 may be a thousand) and refused.
     */
    private static boolean decimalComma(Path file, List<Row> rows, int ci, int oi) throws InvalidCurveException {
        Row comma = null, point = null;
        for (int r = 1; r < rows.size(); r++) {
            Row row = rows.get(r);
            for (int k : new int[] {ci, oi}) {
                if (k >= row.cells().size()) continue;
                String c = row.cells().get(k);
                if (c.indexOf(',') >= 0 && comma == null) comma = row;
                if (c.indexOf('.') >= 0 && point == null) point = row;
            }
        }
        if (comma != null && point != null) {
            throw new InvalidCurveException(file + " line " + comma.line() + ": numbers with a decimal comma ('" + shown(comma.text())
                    + "') and with a decimal point (line " + point.line() + ") in one file; use one of them throughout");
        }
        return comma != null;
    }

    /**
     * A plain decimal number: optional sign, digits with at most one decimal mark, optional exponent. Checked by hand
     * (no regular expression, linear in the length) before {@link Double#parseDouble}, which would also take "1d",
     * "0x1p3" or "NaN".
     */
    private static double number(Path file, int line, String column, String text, boolean decimalComma) throws InvalidCurveException {
        char mark = decimalComma ? ',' : '.';
        int i = 0, n = text.length(), digits = 0;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) i++;
        while (i < n && isDigit(text.charAt(i))) { i++; digits++; }
        if (i < n && text.charAt(i) == mark) {
            i++;
            while (i < n && isDigit(text.charAt(i))) { i++; digits++; }
        }
        boolean ok = digits > 0;
        if (ok && i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) i++;
            int exponentDigits = 0;
            while (i < n && isDigit(text.charAt(i))) { i++; exponentDigits++; }
            ok = exponentDigits > 0;
        }
        if (!ok || i != n) {
            String why = text.isEmpty() ? "is empty" : text.indexOf(',') >= 0 && !decimalComma ? "is not a number (a comma in a number:"
                    + " quote it, \"0,5\", and use decimal commas throughout the file)" : "is not a number";
            throw new InvalidCurveException(file + " line " + line + ": " + column + " value '" + shown(text) + "' " + why);
        }
        double v = Double.parseDouble(decimalComma ? text.replace(',', '.') : text);
        if (!Double.isFinite(v)) {
            throw new InvalidCurveException(file + " line " + line + ": " + column + " value '" + shown(text) + "' is too large to be a number");
        }
        return v;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    /** Text from the file as shown in a message: stripped, control characters as '?', long text cut. */
    private static String shown(String s) {
        String t = s.strip();
        StringBuilder b = new StringBuilder(Math.min(t.length(), SHOWN + 1));
        for (int i = 0; i < t.length() && b.length() < SHOWN; i++) {
            char c = t.charAt(i);
            b.append(Character.isISOControl(c) || c == '\uFEFF' ? '?' : c);
        }
        if (t.length() > SHOWN) b.append('…');
        return b.toString();
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e.getMessage() != null && e.getMessage().contains("Is a directory")) return "it is a folder";
        return "an input/output error";
    }
}
