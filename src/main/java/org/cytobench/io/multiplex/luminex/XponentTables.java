package org.cytobench.io.multiplex.luminex;

import java.util.ArrayList;
import java.util.List;
import org.cytobench.io.Delimiters;

/**
 * Splits an xPONENT CSV into its header block (key/value lines before the first {@code DataType:}) and its tables. Blank
 * lines are skipped; a table runs to the next {@code DataType:} line or the {@code -- CRC --} trailer.
 */
final class XponentTables {
    private XponentTables() {}

    record Parsed(List<List<String>> header, List<XponentTable> tables) {
        XponentTable table(String name) {
            for (XponentTable t : tables) if (t.name().equalsIgnoreCase(name)) return t;
            return null;
        }

        /** The header block's value after key ("Batch" → "plate_1"), or null. */
        String headerValue(String key) {
            for (List<String> r : header) if (r.size() > 1 && r.get(0).strip().equalsIgnoreCase(key)) return r.get(1).strip();
            return null;
        }
    }

    static Parsed parse(List<String> lines) {
        List<List<String>> header = new ArrayList<>();
        List<XponentTable> tables = new ArrayList<>();
        String name = null;
        int start = 0;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> cells = trimTrailing(Delimiters.split(lines.get(i), ','));
            if (cells.isEmpty()) continue;
            String first = cells.get(0).strip();
            boolean end = first.equalsIgnoreCase("DataType:") || first.startsWith("-- CRC") || first.startsWith("CRC32");
            if (end) {
                if (name != null) tables.add(table(name, start, rows, rowLines));
                name = first.equalsIgnoreCase("DataType:") ? (cells.size() > 1 ? cells.get(1).strip() : "") : null;
                start = i + 1;
                rows = new ArrayList<>();
                rowLines = new ArrayList<>();
                if (name == null) break;
                continue;
            }
            if (name == null) header.add(cells);
            else { rows.add(cells); rowLines.add(i + 1); }
        }
        if (name != null) tables.add(table(name, start, rows, rowLines));
        return new Parsed(header, tables);
    }

    private static XponentTable table(String name, int line, List<List<String>> rows, List<Integer> rowLines) {
        if (rows.isEmpty()) return new XponentTable(name, line, List.of(), List.of(), List.of());
        return new XponentTable(name, line, rows.get(0), List.copyOf(rows.subList(1, rows.size())),
                List.copyOf(rowLines.subList(1, rowLines.size())));
    }

    /** Drops trailing empty cells (xPONENT pads every line to the widest table); an all-empty line becomes empty. */
    static List<String> trimTrailing(List<String> cells) {
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).isBlank()) n--;
        return new ArrayList<>(cells.subList(0, n));
    }
}
