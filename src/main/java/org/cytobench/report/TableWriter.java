package org.cytobench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@link Table}s as CSV (RFC 4180, UTF-8, comma, '.' decimal point, full precision; text that would run as a
 * formula gets a leading {@code '}) and as an xlsx workbook with one sheet per table (numbers as numeric cells, header
 * row frozen).
 */
public final class TableWriter {
    private TableWriter() {}

    public static void writeCsv(Table table, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeCsv(table, w);
        }
    }

    public static void writeCsv(Table table, Writer w) throws IOException {
        line(w, table.columns());
        for (List<Object> row : table.rows()) line(w, row);
    }

    public static String csv(Table table) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            writeCsv(table, w);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void line(Writer w, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) w.write(',');
            w.write(field(cells.get(i)));
        }
        w.write("\r\n");
    }

    /**
     * The CSV text of one cell: numbers in shortest round-trip form; text that a spreadsheet would run as a formula
     * neutralised ({@link SpreadsheetText}), then quoted when it must be.
     */
    static String field(Object v) {
        if (v == null) return "";
        if (v instanceof Double d) return Double.isFinite(d) ? shortest(d) : "";
        if (v instanceof Number n) return n.toString();
        String s = SpreadsheetText.neutralised(v.toString());
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private static String shortest(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        String s = Double.toString(d);
        return s.contains("E") ? new java.math.BigDecimal(s).toPlainString() : s;
    }

    /** One workbook, one sheet per table, in order. */
    public static void writeXlsx(List<Table> tables, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeXlsx(tables, out);
        }
    }

    public static void writeXlsx(List<Table> tables, OutputStream out) throws IOException {
        XlsxWriter.write(tables, out);
    }
}
