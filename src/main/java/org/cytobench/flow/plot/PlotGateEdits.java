package org.cytobench.flow.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cytobench.flow.gating.Dimension;
import org.cytobench.flow.gating.Gate;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.gating.PolygonGate;
import org.cytobench.flow.gating.QuadrantGate;
import org.cytobench.flow.gating.RectangleGate;
import org.cytobench.flow.transform.Transform;

/**
 * Gates drawn or changed on a plot, as new gating templates (the strategy is immutable; each edit returns a new one, so
 * an edit is one undoable step of the experiment). Coordinates come in the plot's display units; a new gate is stored
 * in the space it was drawn in (its dimensions carry the axes' transforms, added to the template under an id when it has
 * none equal), and an edited gate keeps its own dimensions and transforms. New gates read the file's own compensation
 * ({@code FCS}: none for a file without a spillover matrix), which leaves scatter channels unchanged.
 */
public final class PlotGateEdits {
    private PlotGateEdits() {}

    /** A rectangle between two corners (any order) under {@code parentId}. */
    public static GatingStrategy addRectangle(GatingStrategy s, String parentId, String id, PlotAxis ax, PlotAxis ay,
                                              double x0, double y0, double x1, double y1) {
        Template t = new Template(s);
        Dimension dx = t.dimension(ax);
        Dimension dy = t.dimension(ay);
        RectangleGate g = new RectangleGate(id, parentId, List.of(dx, dy),
                new double[] {Math.min(x0, x1), Math.min(y0, y1)}, new double[] {Math.max(x0, x1), Math.max(y0, y1)});
        return t.with(g);
    }

    /** A polygon through display points {x, y}. */
    public static GatingStrategy addPolygon(GatingStrategy s, String parentId, String id, PlotAxis ax, PlotAxis ay, List<double[]> points) {
        Template t = new Template(s);
        double[][] v = points.stream().map(double[]::clone).toArray(double[][]::new);
        return t.with(new PolygonGate(id, parentId, List.of(t.dimension(ax), t.dimension(ay)), v));
    }

    /** A range (threshold) gate {@code lo <= x < hi} on one axis; NaN leaves a bound open ("CD69 ≥ lo"). */
    public static GatingStrategy addRange(GatingStrategy s, String parentId, String id, PlotAxis axis, double lo, double hi) {
        Template t = new Template(s);
        double min = Double.isNaN(lo) || Double.isNaN(hi) ? lo : Math.min(lo, hi);
        double max = Double.isNaN(lo) || Double.isNaN(hi) ? hi : Math.max(lo, hi);
        return t.with(new RectangleGate(id, parentId, List.of(t.dimension(axis)), new double[] {min}, new double[] {max}));
    }

    /**
     * Four quadrants crossing at display point (x, y): populations {@code id_<x>pos_<y>pos} etc., where the names are the
     * axes' markers (or channels) made safe for a Gating-ML id.
     */
    public static GatingStrategy addQuadrants(GatingStrategy s, String parentId, String id, PlotAxis ax, PlotAxis ay,
                                              String xName, String yName, double x, double y) {
        Template t = new Template(s);
        QuadrantGate.Divider vx = new QuadrantGate.Divider(id + "_x", t.dimension(ax), new double[] {x});
        QuadrantGate.Divider vy = new QuadrantGate.Divider(id + "_y", t.dimension(ay), new double[] {y});
        List<QuadrantGate.Quadrant> q = new ArrayList<>();
        for (int sy : new int[] {1, -1}) {
            for (int sx : new int[] {-1, 1}) {
                String name = id + "_" + safe(xName) + (sx > 0 ? "pos" : "neg") + "_" + safe(yName) + (sy > 0 ? "pos" : "neg");
                q.add(new QuadrantGate.Quadrant(name, parentId, id, List.of(vx, vy), new double[] {x + sx, y + sy}));
            }
        }
        QuadrantGate group = new QuadrantGate(id, parentId, List.of(vx, vy), q);
        List<Gate> gates = new ArrayList<>(t.gates);
        gates.addAll(q);
        List<QuadrantGate> groups = new ArrayList<>(s.quadrantGroups());
        groups.add(group);
        return new GatingStrategy(t.transforms, s.ratios(), s.matrices(), gates, groups);
    }

    /**
     * The gate (or quadrant group) {@code gateId} redrawn from changed display points, in the shape of its
     * {@link GateOutline} (two corners, vertices, {lo, hi}, or the crossing point); coordinates go back into the gate's own
     * space. Infinite display values keep a bound open.
     */
    public static GatingStrategy reshaped(GatingStrategy s, String gateId, PlotAxis ax, PlotAxis ay, double[][] points) {
        QuadrantGate group = GateOutlines.group(s, gateId);
        if (group != null) return quadrantsMoved(s, group, ax, ay, points[0][0], points[0][1]);
        Gate g = s.gate(gateId);
        Gate next;
        if (g instanceof RectangleGate r) {
            List<Dimension> d = r.dimensions();
            double[] min = r.min().clone();
            double[] max = r.max().clone();
            if (d.size() == 1) {
                PlotAxis a = GateOutlines.on(d.get(0), ax) ? ax : ay;
                min[0] = GateOutlines.toGate(s, d.get(0), a, Math.min(points[0][0], points[0][1]));
                max[0] = GateOutlines.toGate(s, d.get(0), a, Math.max(points[0][0], points[0][1]));
            } else {
                int ix = GateOutlines.index(d, ax);
                int iy = GateOutlines.index(d, ay);
                min[ix] = GateOutlines.toGate(s, d.get(ix), ax, Math.min(points[0][0], points[1][0]));
                max[ix] = GateOutlines.toGate(s, d.get(ix), ax, Math.max(points[0][0], points[1][0]));
                min[iy] = GateOutlines.toGate(s, d.get(iy), ay, Math.min(points[0][1], points[1][1]));
                max[iy] = GateOutlines.toGate(s, d.get(iy), ay, Math.max(points[0][1], points[1][1]));
            }
            next = new RectangleGate(r.id(), r.parentId(), d, min, max);
        } else if (g instanceof PolygonGate p) {
            List<Dimension> d = p.dimensions();
            int ix = GateOutlines.index(d, ax);
            int iy = GateOutlines.index(d, ay);
            double[][] v = new double[points.length][2];
            for (int k = 0; k < v.length; k++) {
                v[k][ix] = GateOutlines.toGate(s, d.get(ix), ax, points[k][0]);
                v[k][iy] = GateOutlines.toGate(s, d.get(iy), ay, points[k][1]);
            }
            next = new PolygonGate(p.id(), p.parentId(), d, v);
        } else {
            throw new IllegalArgumentException("gate " + gateId + " cannot be edited on a plot");
        }
        return replace(s, next);
    }

    /** The gate and every population below it removed (a quadrant removes its whole group). */
    public static GatingStrategy removed(GatingStrategy s, String gateId) {
        java.util.Set<String> gone = new java.util.HashSet<>();
        QuadrantGate group = GateOutlines.group(s, gateId);
        if (group == null && s.gate(gateId) instanceof QuadrantGate.Quadrant q) group = GateOutlines.group(s, q.groupId());
        if (group != null) group.quadrants().forEach(q -> gone.add(q.id()));
        else gone.add(gateId);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Gate g : s.gates()) if (g.parentId() != null && gone.contains(g.parentId()) && gone.add(g.id())) grew = true;
        }
        List<Gate> gates = s.gates().stream().filter(g -> !gone.contains(g.id())).toList();
        String groupId = group == null ? null : group.id();
        List<QuadrantGate> groups = s.quadrantGroups().stream().filter(q -> !q.id().equals(groupId)
                && q.quadrants().stream().noneMatch(x -> gone.contains(x.id()))).toList();
        return new GatingStrategy(s.transforms(), s.ratios(), s.matrices(), gates, groups);
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");

    /**
     * The population {@code oldId} called {@code newId} everywhere (its gate, its children's parent, Boolean operands,
     * its quadrant group). Gating-ML ids are XML names: a letter or _, then letters, digits, ., - or _ ("CD69pos").
     */
    public static GatingStrategy renamed(GatingStrategy s, String oldId, String newId) {
        if (!ID.matcher(newId).matches()) {
            throw new IllegalArgumentException("'" + newId + "' is not a Gating-ML id: start with a letter, then letters, digits, . - or _");
        }
        if (s.has(newId) || GateOutlines.group(s, newId) != null) throw new IllegalArgumentException("the template already has a population " + newId);
        s.gate(oldId); // names the available ids when absent
        java.util.function.UnaryOperator<String> r = id -> oldId.equals(id) ? newId : id;
        List<Gate> gates = new ArrayList<>();
        for (Gate g : s.gates()) gates.add(renamed(g, r));
        List<QuadrantGate> groups = new ArrayList<>();
        for (QuadrantGate q : s.quadrantGroups()) {
            List<QuadrantGate.Quadrant> qs = q.quadrants().stream().map(x -> (QuadrantGate.Quadrant) renamed(x, r)).toList();
            groups.add(new QuadrantGate(q.id(), r.apply(q.parentId()), q.dividers(), qs));
        }
        return new GatingStrategy(s.transforms(), s.ratios(), s.matrices(), gates, groups);
    }

    private static Gate renamed(Gate g, java.util.function.UnaryOperator<String> r) {
        String id = r.apply(g.id());
        String parent = r.apply(g.parentId());
        if (g instanceof RectangleGate x) return new RectangleGate(id, parent, x.dimensions(), x.min(), x.max());
        if (g instanceof PolygonGate x) return new PolygonGate(id, parent, x.dimensions(), x.vertices());
        if (g instanceof QuadrantGate.Quadrant x) return new QuadrantGate.Quadrant(id, parent, x.groupId(), x.dividers(), x.locations());
        if (g instanceof org.cytobench.flow.gating.EllipsoidGate x) {
            return new org.cytobench.flow.gating.EllipsoidGate(id, parent, x.dimensions(), x.mean(), x.covariance(), x.distanceSquare());
        }
        org.cytobench.flow.gating.BooleanGate b = (org.cytobench.flow.gating.BooleanGate) g;
        List<org.cytobench.flow.gating.BooleanGate.Reference> refs = b.references().stream()
                .map(x -> new org.cytobench.flow.gating.BooleanGate.Reference(r.apply(x.gateId()), x.complement())).toList();
        return new org.cytobench.flow.gating.BooleanGate(id, parent, b.operator(), refs);
    }

    /** An id not used yet: {@code prefix1}, {@code prefix2}, … */
    public static String newId(GatingStrategy s, String prefix) {
        java.util.Set<String> used = new java.util.HashSet<>(s.ids());
        s.quadrantGroups().forEach(q -> used.add(q.id()));
        for (int i = 1; ; i++) if (!used.contains(prefix + i)) return prefix + i;
    }

    private static GatingStrategy quadrantsMoved(GatingStrategy s, QuadrantGate group, PlotAxis ax, PlotAxis ay, double x, double y) {
        List<QuadrantGate.Divider> dividers = new ArrayList<>();
        for (QuadrantGate.Divider v : group.dividers()) {
            PlotAxis a = GateOutlines.on(v.dimension(), ax) ? ax : ay;
            double cut = GateOutlines.toGate(s, v.dimension(), a, a == ax ? x : y);
            dividers.add(new QuadrantGate.Divider(v.id(), v.dimension(), new double[] {cut}));
        }
        List<QuadrantGate.Quadrant> quadrants = new ArrayList<>();
        for (QuadrantGate.Quadrant q : group.quadrants()) {
            double[] loc = new double[q.dividers().size()];
            List<QuadrantGate.Divider> qd = new ArrayList<>();
            for (int k = 0; k < loc.length; k++) {
                QuadrantGate.Divider old = q.dividers().get(k);
                QuadrantGate.Divider now = dividers.stream().filter(v -> v.id().equals(old.id())).findFirst().orElse(old);
                boolean above = q.locations()[k] >= old.cuts()[0];
                loc[k] = above ? now.cuts()[0] + 1 : now.cuts()[0] - 1; // any value on the same side of the one cut
                qd.add(now);
            }
            quadrants.add(new QuadrantGate.Quadrant(q.id(), q.parentId(), q.groupId(), qd, loc));
        }
        List<Gate> gates = new ArrayList<>();
        for (Gate g : s.gates()) {
            Gate r = g;
            for (QuadrantGate.Quadrant q : quadrants) if (q.id().equals(g.id())) r = q;
            gates.add(r);
        }
        List<QuadrantGate> groups = new ArrayList<>();
        for (QuadrantGate q : s.quadrantGroups()) groups.add(q.id().equals(group.id()) ? new QuadrantGate(q.id(), q.parentId(), dividers, quadrants) : q);
        return new GatingStrategy(s.transforms(), s.ratios(), s.matrices(), gates, groups);
    }

    private static GatingStrategy replace(GatingStrategy s, Gate next) {
        List<Gate> gates = new ArrayList<>();
        for (Gate g : s.gates()) gates.add(g.id().equals(next.id()) ? next : g);
        return new GatingStrategy(s.transforms(), s.ratios(), s.matrices(), gates, s.quadrantGroups());
    }

    private static String safe(String name) {
        String n = name.replace("+", "pos").replaceAll("[^A-Za-z0-9._-]", "");
        return n.isEmpty() || !Character.isLetter(n.charAt(0)) && n.charAt(0) != '_' ? "c" + n : n;
    }

    /** The template's transforms and gates being extended by one edit. */
    private static final class Template {
        final Map<String, Transform> transforms;
        final List<Gate> gates;
        private final GatingStrategy s;

        Template(GatingStrategy s) {
            this.s = s;
            this.transforms = new LinkedHashMap<>(s.transforms());
            this.gates = new ArrayList<>(s.gates());
        }

        /** The axis as a gate dimension: its channel, the file's compensation, its transform (by an existing or new id). */
        Dimension dimension(PlotAxis a) {
            Dimension d = new Dimension(a.channel(), null, Dimension.FCS, null);
            if (a.transform() == null) return d;
            for (Map.Entry<String, Transform> e : transforms.entrySet()) {
                if (Objects.equals(e.getValue(), a.transform())) return d.withTransform(e.getKey());
            }
            String kind = a.transform().getClass().getSimpleName().replace("Transform", "").toLowerCase(java.util.Locale.ROOT);
            String id = kind + "_" + safe(a.channel());
            for (int i = 2; transforms.containsKey(id); i++) id = kind + "_" + safe(a.channel()) + "_" + i;
            transforms.put(id, a.transform());
            return d.withTransform(id);
        }

        GatingStrategy with(Gate g) {
            gates.add(g);
            return new GatingStrategy(transforms, s.ratios(), s.matrices(), gates, s.quadrantGroups());
        }
    }
}
