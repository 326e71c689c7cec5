package org.cytobench.io.multiplex.luminex;

import java.util.List;

/**
 * One {@code DataType:} table of an xPONENT CSV: its name, the line of its {@code DataType:} row (1-based, for messages),
 * its header and its non-blank rows with the line each came from.
 */
record XponentTable(String name, int line, List<String> header, List<List<String>> rows, List<Integer> rowLines) {

    /** A table with one row per well (header {@code Location,Sample,…}). */
    boolean isPerWell() {
        return header.size() >= 2 && header.get(0).strip().equalsIgnoreCase("Location") && header.get(1).strip().equalsIgnoreCase("Sample");
    }

    /** The column of a header name, or -1. */
    int column(String name) {
        for (int i = 0; i < header.size(); i++) if (header.get(i).strip().equals(name)) return i;
        return -1;
    }

    /** A key/value table's row whose first cell is {@code key} ("Coefficient A", "Units:"), or null. */
    List<String> row(String key) {
        if (header.size() > 0 && header.get(0).strip().equalsIgnoreCase(key)) return header;
        for (List<String> r : rows) if (!r.isEmpty() && r.get(0).strip().equalsIgnoreCase(key)) return r;
        return null;
    }

    String where() { return "table '" + name + "' (line " + line + ")"; }
}
