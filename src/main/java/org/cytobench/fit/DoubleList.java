package org.cytobench.fit;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An unmodifiable {@code List<Double>} over a double array that the list owns: a fit's numbers are kept as doubles and
 * boxed only when someone reads them (many results are never read element by element, e.g. most residuals), instead
 * of boxing some fifty numbers per fit up front. Equal to, and with the same hash code as, any list of the same
 * values ({@link AbstractList}'s element-wise equality).
 */
final class DoubleList extends AbstractList<Double> implements RandomAccess {
    private final double[] values;

    /** @param values kept, not copied: the caller must not change them afterwards */
    private DoubleList(double[] values) {
        this.values = values;
    }

    /** The list of {@code values}, which the list then owns. */
    static DoubleList own(double[] values) {
        return new DoubleList(values);
    }

    @Override public Double get(int index) {
        return values[index];
    }

    @Override public int size() {
        return values.length;
    }

    /**
     * The unmodifiable rows of a matrix the fit made (a covariance), each a {@link DoubleList}: {@link FitResult} keeps
     * them as they are instead of copying the row list once more. Equal to any list of equal rows.
     */
    static final class Rows extends AbstractList<java.util.List<Double>> implements RandomAccess {
        private final DoubleList[] rows;

        /** @param rows kept, not copied */
        Rows(DoubleList[] rows) {
            this.rows = rows;
        }

        @Override public java.util.List<Double> get(int index) {
            return rows[index];
        }

        @Override public int size() {
            return rows.length;
        }
    }
}
