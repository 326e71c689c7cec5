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
}
