package org.cytobench.flow.plot;

import java.util.List;

/**
 * A gate as a plot draws it, in the plot's display units (the axes' transformed values). An open bound (a threshold
 * gate's missing maximum) is ±infinity, so a drawing clips it at the plot's edge.
 *
 * <ul>
 *   <li>{@code RECTANGLE}: points {x0, y0}, {x1, y1} (min corner, max corner)</li>
 *   <li>{@code POLYGON}: the vertices</li>
 *   <li>{@code RANGE_X}, {@code RANGE_Y}: one point {lo, hi} on that axis</li>
 *   <li>{@code QUADRANT}: one point {x, y}, where the dividers cross; {@code populations} are the four quadrants</li>
 * </ul>
 *
 * @param gateId      the gate's id (the QuadrantGate's id for quadrants)
 * @param populations the populations this outline bounds (the gate itself, or the quadrants)
 */
public record GateOutline(String gateId, Shape shape, double[][] points, List<String> populations) {
    public enum Shape { RECTANGLE, POLYGON, RANGE_X, RANGE_Y, QUADRANT }

    public GateOutline {
        points = copy(points);
        populations = List.copyOf(populations);
    }

    /** A copy: callers edit the points of a gate being dragged, which must not move the outline they started from. */
    @Override
    public double[][] points() { return copy(points); }

    private static double[][] copy(double[][] points) {
        double[][] p = new double[points.length][];
        for (int i = 0; i < p.length; i++) p[i] = points[i].clone();
        return p;
    }
}
