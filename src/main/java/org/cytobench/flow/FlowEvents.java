package org.cytobench.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sample's events, one primitive column per parameter (channel-major: {@code columns[p][event]}), so that gates and
 * transforms run over contiguous arrays and a million events of 20 parameters are 160 MB of doubles, not 20 million
 * objects. Columns are shared, never copied, between derived tables (a compensated table shares its uncompensated
 * scatter channels); treat them as read-only.
 *
 * @param names   the parameter names ($PnN), in file order; duplicates are allowed (FCS files have them)
 * @param columns one array per name, all of the same length
 */
public record FlowEvents(List<String> names, double[][] columns) {

    public FlowEvents {
        names = List.copyOf(names);
        Objects.requireNonNull(columns, "columns");
        if (columns.length != names.size()) {
            throw new IllegalArgumentException(names.size() + " names but " + columns.length + " columns");
        }
        for (double[] c : columns) {
            if (c.length != columns[0].length) throw new IllegalArgumentException("columns differ in length");
        }
    }

    public int count() { return columns.length == 0 ? 0 : columns[0].length; }

    public int parameterCount() { return columns.length; }

    /** The first column with this name (case-sensitive, as Gating-ML compares names), or -1. */
    public int indexOf(String name) { return names.indexOf(name); }

    /** The column of a named parameter; IllegalArgumentException naming the available ones when absent. */
    public double[] column(String name) {
        int i = indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no parameter '" + name + "' (the file has " + String.join(", ", names) + ")");
        return columns[i];
    }

    /** The value of parameter {@code p} of event {@code e}. */
    public double value(int e, int p) { return columns[p][e]; }

    /** A copy of this table with some columns replaced (others shared). */
    public FlowEvents withColumns(int[] indices, double[][] replacements) {
        double[][] cols = Arrays.copyOf(columns, columns.length);
        for (int k = 0; k < indices.length; k++) cols[indices[k]] = replacements[k];
        return new FlowEvents(names, cols);
    }

    /** This table plus extra named columns at the end (e.g. compensated fluorochromes of a Gating-ML spectrum matrix). */
    public FlowEvents plus(List<String> extraNames, double[][] extra) {
        List<String> n = new ArrayList<>(names);
        n.addAll(extraNames);
        double[][] cols = Arrays.copyOf(columns, columns.length + extra.length);
        System.arraycopy(extra, 0, cols, columns.length, extra.length);
        return new FlowEvents(n, cols);
    }
}
