package org.cytobench.flow.gating;

import java.util.List;

/**
 * Gating-ML PolygonGate over two dimensions; the polygon closes itself (last vertex to first). An event is inside by
 * the even-odd (crossing number) rule, which Gating-ML 2.0 prescribes so that self-intersecting polygons are defined.
 *
 * @param vertices {@code vertices[k] = {x, y}}
 */
public record PolygonGate(String id, String parentId, List<Dimension> dimensions, double[][] vertices) implements Gate {
    public PolygonGate {
        dimensions = List.copyOf(dimensions);
        if (dimensions.size() != 2) throw new IllegalArgumentException("polygon gate " + id + " needs two dimensions");
        if (vertices.length < 3) throw new IllegalArgumentException("polygon gate " + id + " needs at least 3 vertices");
        double[][] v = new double[vertices.length][];
        for (int i = 0; i < v.length; i++) {
            if (vertices[i].length != 2) throw new IllegalArgumentException("polygon gate " + id + ": a vertex needs 2 coordinates");
            v[i] = vertices[i].clone();
        }
        vertices = v;
    }

    @Override
    public Gate mapDimensions(java.util.function.UnaryOperator<Dimension> f) {
        return new PolygonGate(id, parentId, dimensions.stream().map(f).toList(), vertices);
    }

    @Override
    public Gate withParent(String p) { return new PolygonGate(id, p, dimensions, vertices); }

    boolean contains(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) return false;
        boolean inside = false;
        int n = vertices.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = vertices[i][0], yi = vertices[i][1];
            double xj = vertices[j][0], yj = vertices[j][1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
        }
        return inside;
    }
}
