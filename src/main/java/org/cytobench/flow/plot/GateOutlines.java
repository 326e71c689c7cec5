package org.cytobench.flow.plot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cytobench.flow.gating.Dimension;
import org.cytobench.flow.gating.Gate;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.gating.PolygonGate;
import org.cytobench.flow.gating.QuadrantGate;
import org.cytobench.flow.gating.RectangleGate;
import org.cytobench.flow.transform.Transform;

/**
 * The gates a plot of one population shows: the population's child gates that lie on the plot's channels, converted
 * from each gate's own coordinate space (its dimensions' transforms) to the plot's display space (the axes' transforms),
 * so a gate drawn on a logicle axis is shown right on a linear one. Ellipsoid and Boolean gates are not drawn.
 */
public final class GateOutlines {
    private GateOutlines() {}

    /** The outlines of the gates whose parent is {@code parentId} (null: the root gates), in the template's order. */
    public static List<GateOutline> on(GatingStrategy s, String parentId, PlotAxis ax, PlotAxis ay) {
        List<GateOutline> out = new ArrayList<>();
        Set<String> groups = new LinkedHashSet<>();
        for (Gate g : s.gates()) {
            if (!Objects.equals(g.parentId(), parentId)) continue;
            if (g instanceof QuadrantGate.Quadrant q) {
                if (groups.add(q.groupId())) quadrants(s, q.groupId(), ax, ay).ifPresent(out::add);
            } else {
                outline(s, g, ax, ay).ifPresent(out::add);
            }
        }
        return out;
    }

    /** One gate's outline, when it lies on the plot's channels. */
    public static java.util.Optional<GateOutline> outline(GatingStrategy s, Gate g, PlotAxis ax, PlotAxis ay) {
        if (g instanceof RectangleGate r) return rectangle(s, r, ax, ay);
        if (g instanceof PolygonGate p) return polygon(s, p, ax, ay);
        if (g instanceof QuadrantGate.Quadrant q) return quadrants(s, q.groupId(), ax, ay);
        return java.util.Optional.empty();
    }

    private static java.util.Optional<GateOutline> rectangle(GatingStrategy s, RectangleGate r, PlotAxis ax, PlotAxis ay) {
        List<Dimension> d = r.dimensions();
        if (d.size() == 1) {
            PlotAxis a = on(d.get(0), ax) ? ax : on(d.get(0), ay) ? ay : null;
            if (a == null) return java.util.Optional.empty();
            double[] lohi = {toDisplay(s, d.get(0), a, r.min()[0], Double.NEGATIVE_INFINITY), toDisplay(s, d.get(0), a, r.max()[0], Double.POSITIVE_INFINITY)};
            return java.util.Optional.of(new GateOutline(r.id(), a == ax ? GateOutline.Shape.RANGE_X : GateOutline.Shape.RANGE_Y,
                    new double[][] {lohi}, List.of(r.id())));
        }
        if (d.size() != 2) return java.util.Optional.empty();
        int ix = index(d, ax);
        int iy = index(d, ay);
        if (ix < 0 || iy < 0 || ix == iy) return java.util.Optional.empty();
        double[][] p = {
                {toDisplay(s, d.get(ix), ax, r.min()[ix], Double.NEGATIVE_INFINITY), toDisplay(s, d.get(iy), ay, r.min()[iy], Double.NEGATIVE_INFINITY)},
                {toDisplay(s, d.get(ix), ax, r.max()[ix], Double.POSITIVE_INFINITY), toDisplay(s, d.get(iy), ay, r.max()[iy], Double.POSITIVE_INFINITY)}};
        return java.util.Optional.of(new GateOutline(r.id(), GateOutline.Shape.RECTANGLE, p, List.of(r.id())));
    }

    private static java.util.Optional<GateOutline> polygon(GatingStrategy s, PolygonGate g, PlotAxis ax, PlotAxis ay) {
        List<Dimension> d = g.dimensions();
        int ix = index(d, ax);
        int iy = index(d, ay);
        if (ix < 0 || iy < 0 || ix == iy) return java.util.Optional.empty();
        double[][] p = new double[g.vertices().length][];
        for (int k = 0; k < p.length; k++) {
            double[] v = g.vertices()[k];
            p[k] = new double[] {toDisplay(s, d.get(ix), ax, v[ix], Double.NaN), toDisplay(s, d.get(iy), ay, v[iy], Double.NaN)};
        }
        return java.util.Optional.of(new GateOutline(g.id(), GateOutline.Shape.POLYGON, p, List.of(g.id())));
    }

    private static java.util.Optional<GateOutline> quadrants(GatingStrategy s, String groupId, PlotAxis ax, PlotAxis ay) {
        QuadrantGate group = group(s, groupId);
        if (group == null || group.dividers().size() != 2) return java.util.Optional.empty();
        QuadrantGate.Divider dx = null;
        QuadrantGate.Divider dy = null;
        for (QuadrantGate.Divider v : group.dividers()) {
            if (on(v.dimension(), ax) && dx == null) dx = v;
            else if (on(v.dimension(), ay)) dy = v;
        }
        if (dx == null || dy == null || dx.cuts().length != 1 || dy.cuts().length != 1) return java.util.Optional.empty();
        double[][] p = {{toDisplay(s, dx.dimension(), ax, dx.cuts()[0], Double.NaN), toDisplay(s, dy.dimension(), ay, dy.cuts()[0], Double.NaN)}};
        List<String> ids = group.quadrants().stream().map(QuadrantGate.Quadrant::id).toList();
        return java.util.Optional.of(new GateOutline(groupId, GateOutline.Shape.QUADRANT, p, ids));
    }

    static QuadrantGate group(GatingStrategy s, String groupId) {
        for (QuadrantGate g : s.quadrantGroups()) if (g.id().equals(groupId)) return g;
        return null;
    }

    static boolean on(Dimension d, PlotAxis a) { return a.channel().equals(d.parameter()); }

    static int index(List<Dimension> d, PlotAxis a) {
        for (int k = 0; k < d.size(); k++) if (on(d.get(k), a)) return k;
        return -1;
    }

    /** A gate coordinate on dimension {@code d} as a display value of axis {@code a}; {@code open} for a missing bound. */
    static double toDisplay(GatingStrategy s, Dimension d, PlotAxis a, double coordinate, double open) {
        if (Double.isNaN(coordinate)) return open;
        return a.display(TransformInverse.of(transform(s, d), coordinate));
    }

    /** A display value of axis {@code a} as a coordinate on dimension {@code d}; infinite display values are open (NaN). */
    static double toGate(GatingStrategy s, Dimension d, PlotAxis a, double display) {
        if (!Double.isFinite(display)) return Double.NaN;
        return TransformInverse.apply(transform(s, d), a.scaleValue(display));
    }

    static Transform transform(GatingStrategy s, Dimension d) {
        return d.transformationRef() == null ? null : s.transforms().get(d.transformationRef());
    }
}
