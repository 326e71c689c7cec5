package org.cytobench.flow.gating;

import java.util.List;

/**
 * Gating-ML RectangleGate: per dimension an interval {@code min <= x < max}; a missing bound (NaN) is open. One dimension
 * is a range (threshold) gate.
 */
public record RectangleGate(String id, String parentId, List<Dimension> dimensions, double[] min, double[] max) implements Gate {
    public RectangleGate {
        dimensions = List.copyOf(dimensions);
        if (dimensions.isEmpty()) throw new IllegalArgumentException("rectangle gate " + id + " has no dimension");
        if (min.length != dimensions.size() || max.length != dimensions.size()) {
            throw new IllegalArgumentException("rectangle gate " + id + " needs one min and max per dimension");
        }
        for (int i = 0; i < min.length; i++) {
            if (Double.isNaN(min[i]) && Double.isNaN(max[i])) {
                throw new IllegalArgumentException("rectangle gate " + id + ": dimension " + dimensions.get(i).label() + " has neither min nor max");
            }
            if (min[i] > max[i]) throw new IllegalArgumentException("rectangle gate " + id + ": min > max on " + dimensions.get(i).label());
        }
        min = min.clone();
        max = max.clone();
    }

    @Override
    public Gate mapDimensions(java.util.function.UnaryOperator<Dimension> f) {
        return new RectangleGate(id, parentId, dimensions.stream().map(f).toList(), min, max);
    }

    @Override
    public Gate withParent(String p) { return new RectangleGate(id, p, dimensions, min, max); }

    boolean contains(double[] point) {
        for (int i = 0; i < point.length; i++) {
            double v = point[i];
            if (Double.isNaN(v)) return false;
            if (!Double.isNaN(min[i]) && !(v >= min[i])) return false;
            if (!Double.isNaN(max[i]) && !(v < max[i])) return false;
        }
        return true;
    }
}
