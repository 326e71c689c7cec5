package org.cytobench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A named table of results: the same data goes to a CSV file, an xlsx sheet and a report table. Cells are
 * {@link Double}, {@link Integer}/{@link Long}, {@link String} or null (empty); numbers stay numbers until written.
 */
public record Table(String name, List<String> columns, List<List<Object>> rows) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("table " + name + ": a row has " + r.size() + " cells for " + columns.size() + " columns");
            }
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r))); // nulls allowed: empty cells
        }
        rows = List.copyOf(copy);
    }

    /** Collects rows for a table. */
    public static Builder builder(String name, String... columns) { return new Builder(name, Arrays.asList(columns)); }

    public Object cell(int row, String column) {
        int c = columns.indexOf(column);
        if (c < 0) throw new IllegalArgumentException("table " + name + " has no column " + column);
        return rows.get(row).get(c);
    }

    public static final class Builder {
        private final String name;
        private final List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String name, List<String> columns) {
            this.name = name;
            this.columns = columns;
        }

        public Builder row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        public Table build() { return new Table(name, columns, rows); }
    }
}
