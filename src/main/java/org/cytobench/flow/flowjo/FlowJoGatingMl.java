package org.cytobench.flow.flowjo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.flow.gating.BooleanGate;
import org.cytobench.flow.gating.Dimension;
import org.cytobench.flow.gating.EllipsoidGate;
import org.cytobench.flow.gating.Gate;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.gating.PolygonGate;
import org.cytobench.flow.gating.QuadrantGate;
import org.cytobench.flow.gating.RectangleGate;
import org.cytobench.flow.transform.FlowJoDisplayTransform;
import org.cytobench.flow.transform.Transform;

/**
 * A workspace sample's gates without FlowJo's display axes, so that Gating-ML 2.0 can hold them: a display axis is
 * {@code factor × (s(x) − offset)} of a Gating-ML scale s (or of x itself), an increasing affine map of s, so each
 * coordinate on it becomes {@code v / factor + offset} on s (or on the data values), and the axis is replaced by s.
 * Points, rectangle bounds, polygon vertices, quadrant cuts and locations map exactly; an ellipse's mean maps the same way
 * and its covariance by {@code C_ij / (factor_i factor_j)}. The same events fall in every gate.
 */
public final class FlowJoGatingMl {
    private FlowJoGatingMl() {}

    public static GatingStrategy withoutDisplayAxes(GatingStrategy s) {
        Map<String, FlowJoDisplayTransform> axes = new LinkedHashMap<>();
        Map<String, Transform> transforms = new LinkedHashMap<>();
        s.transforms().forEach((id, t) -> {
            if (t instanceof FlowJoDisplayTransform d) {
                axes.put(id, d);
                if (d.scale() != null) transforms.put(id, d.scale());
            } else {
                transforms.put(id, t);
            }
        });
        if (axes.isEmpty()) return s;
        List<Gate> gates = new ArrayList<>();
        for (Gate g : s.gates()) gates.add(map(g, axes));
        List<QuadrantGate> groups = new ArrayList<>();
        for (QuadrantGate q : s.quadrantGroups()) {
            List<QuadrantGate.Quadrant> quadrants = q.quadrants().stream().map(x -> (QuadrantGate.Quadrant) map(x, axes)).toList();
            groups.add(new QuadrantGate(q.id(), q.parentId(), q.dividers().stream().map(d -> divider(d, axes)).toList(), quadrants));
        }
        return new GatingStrategy(transforms, s.ratios(), s.matrices(), gates, groups);
    }

    private static Gate map(Gate g, Map<String, FlowJoDisplayTransform> axes) {
        List<Dimension> dims = g.dimensions();
        FlowJoDisplayTransform[] a = new FlowJoDisplayTransform[dims.size()];
        for (int i = 0; i < a.length; i++) a[i] = dims.get(i).transformationRef() == null ? null : axes.get(dims.get(i).transformationRef());
        List<Dimension> out = new ArrayList<>();
        for (int i = 0; i < a.length; i++) out.add(dimension(dims.get(i), a[i]));
        if (g instanceof RectangleGate r) {
            double[] min = r.min().clone();
            double[] max = r.max().clone();
            for (int i = 0; i < a.length; i++) {
                min[i] = back(a[i], min[i]);
                max[i] = back(a[i], max[i]);
            }
            return new RectangleGate(r.id(), r.parentId(), out, min, max);
        }
        if (g instanceof PolygonGate p) {
            double[][] v = new double[p.vertices().length][];
            for (int k = 0; k < v.length; k++) {
                v[k] = p.vertices()[k].clone();
                for (int i = 0; i < a.length; i++) v[k][i] = back(a[i], v[k][i]);
            }
            return new PolygonGate(p.id(), p.parentId(), out, v);
        }
        if (g instanceof EllipsoidGate e) {
            double[] mean = e.mean().clone();
            double[][] c = new double[a.length][a.length];
            for (int i = 0; i < a.length; i++) {
                mean[i] = back(a[i], mean[i]);
                for (int j = 0; j < a.length; j++) c[i][j] = e.covariance()[i][j] / (factor(a[i]) * factor(a[j]));
            }
            return new EllipsoidGate(e.id(), e.parentId(), out, mean, c, e.distanceSquare());
        }
        if (g instanceof QuadrantGate.Quadrant q) {
            double[] loc = q.locations().clone();
            for (int i = 0; i < a.length; i++) loc[i] = back(a[i], loc[i]);
            return new QuadrantGate.Quadrant(q.id(), q.parentId(), q.groupId(), q.dividers().stream().map(d -> divider(d, axes)).toList(), loc);
        }
        if (g instanceof BooleanGate) return g;
        throw new IllegalStateException("unknown gate type " + g);
    }

    private static QuadrantGate.Divider divider(QuadrantGate.Divider d, Map<String, FlowJoDisplayTransform> axes) {
        FlowJoDisplayTransform a = d.dimension().transformationRef() == null ? null : axes.get(d.dimension().transformationRef());
        double[] cuts = d.cuts().clone();
        for (int i = 0; i < cuts.length; i++) cuts[i] = back(a, cuts[i]);
        return new QuadrantGate.Divider(d.id(), dimension(d.dimension(), a), cuts);
    }

    /** On a linear display axis the gate compares data values, so the dimension loses its transform. */
    private static Dimension dimension(Dimension d, FlowJoDisplayTransform a) {
        return a == null || a.scale() != null ? d : d.withTransform(null);
    }

    private static double back(FlowJoDisplayTransform a, double v) {
        return a == null || Double.isNaN(v) || Double.isInfinite(v) ? v : v / a.factor() + a.offset();
    }

    private static double factor(FlowJoDisplayTransform a) { return a == null ? 1 : a.factor(); }
}
