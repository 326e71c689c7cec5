package org.cytobench.flow.gating;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.flow.FlowEvents;
import org.cytobench.flow.compensation.Compensation;
import org.cytobench.flow.compensation.SpilloverMatrix;
import org.cytobench.flow.fcs.FcsFile;
import org.cytobench.flow.transform.Transform;

/**
 * Applies a {@link GatingStrategy} to one sample's events. Order of operations as Gating-ML 2.0 defines it: channel values
 * → scale values ($PnE, $PnG; done by {@link FcsFile#scaleEvents()}) → compensation (the dimension's
 * {@code compensation-ref}) → ratio → transform → gate geometry, intersected with the parent population. Memberships,
 * compensated tables and transformed columns are computed once per engine and reused by every gate that needs them.
 * Not thread-safe; make one engine per sample and thread.
 */
public final class GatingEngine {
    private final GatingStrategy strategy;
    private final FlowEvents scale;
    private final SpilloverMatrix fileSpillover;
    private final Map<String, FlowEvents> compensated = new HashMap<>();
    private final Map<Dimension, double[]> columns = new HashMap<>();
    private final Map<String, BitSet> memberships = new HashMap<>();

    /**
     * @param scaleEvents   the sample's events as scale values
     * @param fileSpillover the file's own matrix (compensation-ref "FCS"), or null: then "FCS" means uncompensated
     */
    public GatingEngine(GatingStrategy strategy, FlowEvents scaleEvents, SpilloverMatrix fileSpillover) {
        this.strategy = strategy;
        this.scale = scaleEvents;
        this.fileSpillover = fileSpillover;
    }

    public static GatingEngine of(GatingStrategy strategy, FcsFile file) {
        return new GatingEngine(strategy, file.scaleEvents(), file.spillover());
    }

    public int total() { return scale.count(); }

    /** The events in a population (its parents applied); the returned set must not be modified. */
    public BitSet membership(String gateId) {
        BitSet m = memberships.get(gateId);
        if (m != null) return m;
        Gate g = strategy.gate(gateId);
        BitSet parent = g.parentId() == null ? null : membership(g.parentId());
        m = geometry(g, parent);
        if (parent != null) m.and(parent);
        memberships.put(gateId, m);
        return m;
    }

    public int count(String gateId) { return membership(gateId).cardinality(); }

    /** Count, % of parent and % of total of every population, in tree order. */
    public List<PopulationStatistics> statistics() {
        List<PopulationStatistics> out = new ArrayList<>();
        int total = total();
        for (Gate g : strategy.treeOrder()) {
            int c = count(g.id());
            int parent = g.parentId() == null ? total : count(g.parentId());
            out.add(new PopulationStatistics(g.id(), g.parentId(), c, parent,
                    parent == 0 ? Double.NaN : 100.0 * c / parent, total == 0 ? Double.NaN : 100.0 * c / total));
        }
        return out;
    }

    /**
     * The median of a dimension's values over a population's events (e.g. the MFI of CD69 among CD4+), NaN for an empty
     * population; the mean of the two middle values for an even count, as R's median does.
     */
    public double median(String gateId, Dimension d) {
        BitSet m = membership(gateId);
        double[] v = values(d);
        double[] in = new double[m.cardinality()];
        int k = 0;
        for (int e = m.nextSetBit(0); e >= 0; e = m.nextSetBit(e + 1)) in[k++] = v[e];
        return medianOf(in);
    }

    /** The median of all events (no gate). */
    public double median(Dimension d) {
        return medianOf(values(d).clone());
    }

    private static double medianOf(double[] a) {
        if (a.length == 0) return Double.NaN;
        java.util.Arrays.sort(a);
        int n = a.length;
        return n % 2 == 1 ? a[n / 2] : 0.5 * (a[n / 2 - 1] + a[n / 2]);
    }

    /** A dimension's values for every event, after compensation, ratio and transform. */
    public double[] values(Dimension d) {
        double[] v = columns.get(d);
        if (v != null) return v;
        FlowEvents ev = compensated(d.compensationRef());
        if (d.ratioRef() != null) {
            RatioTransform r = strategy.ratios().get(d.ratioRef());
            double[] x = ev.column(r.numerator());
            double[] y = ev.column(r.denominator());
            v = new double[x.length];
            for (int i = 0; i < v.length; i++) v[i] = r.apply(x[i], y[i]);
        } else {
            v = ev.column(d.parameter());
        }
        if (d.transformationRef() != null) {
            Transform t = strategy.transforms().get(d.transformationRef());
            v = t.apply(v);
        }
        columns.put(d, v);
        return v;
    }

    private FlowEvents compensated(String ref) {
        if (ref.equals(Dimension.UNCOMPENSATED)) return scale;
        return compensated.computeIfAbsent(ref, r -> {
            if (r.equals(Dimension.FCS)) return fileSpillover == null ? scale : new Compensation(fileSpillover).compensateInPlace(scale);
            Compensation c = new Compensation(strategy.matrices().get(r));
            // detectors (square matrices) and fluorochrome names both resolve to compensated values
            FlowEvents base = c.matrix().isSquare() ? c.compensateInPlace(scale) : scale;
            return base.plus(c.matrix().fluorochromes(), c.fluorochromeColumns(scale));
        });
    }

    /**
     * The events inside the gate's geometry, looking only at {@code parent}'s events when there is a parent (so a
     * transform is computed for the parent's events only: the logicle of a million events is the costly part).
     */
    private BitSet geometry(Gate g, BitSet parent) {
        int n = total();
        BitSet in = new BitSet(n);
        if (g instanceof RectangleGate r) {
            double[][] cols = columnsOf(r.dimensions(), parent);
            double[] p = new double[cols.length];
            for (int e = first(parent); e >= 0 && e < n; e = next(parent, e)) {
                for (int k = 0; k < cols.length; k++) p[k] = cols[k][e];
                if (r.contains(p)) in.set(e);
            }
        } else if (g instanceof PolygonGate pg) {
            double[] x = values(pg.dimensions().get(0), parent);
            double[] y = values(pg.dimensions().get(1), parent);
            for (int e = first(parent); e >= 0 && e < n; e = next(parent, e)) if (pg.contains(x[e], y[e])) in.set(e);
        } else if (g instanceof EllipsoidGate el) {
            double[][] cols = columnsOf(el.dimensions(), parent);
            double[][] inv = el.inverseCovariance();
            double[] p = new double[cols.length];
            for (int e = first(parent); e >= 0 && e < n; e = next(parent, e)) {
                for (int k = 0; k < cols.length; k++) p[k] = cols[k][e];
                if (EllipsoidGate.contains(p, el.mean(), inv, el.distanceSquare())) in.set(e);
            }
        } else if (g instanceof QuadrantGate.Quadrant q) {
            double[][] cols = columnsOf(q.dimensions(), parent);
            double[][] b = q.bounds();
            for (int e = first(parent); e >= 0 && e < n; e = next(parent, e)) {
                boolean ok = true;
                for (int k = 0; k < cols.length && ok; k++) ok = cols[k][e] >= b[k][0] && cols[k][e] < b[k][1];
                if (ok) in.set(e);
            }
        } else if (g instanceof BooleanGate bg) {
            boolean first = true;
            for (BooleanGate.Reference ref : bg.references()) {
                BitSet m = (BitSet) membership(ref.gateId()).clone();
                if (ref.complement() || bg.operator() == BooleanGate.Operator.NOT) m.flip(0, n);
                if (first) in = m;
                else if (bg.operator() == BooleanGate.Operator.OR) in.or(m);
                else in.and(m);
                first = false;
            }
        }
        return in;
    }

    private double[][] columnsOf(List<Dimension> dims, BitSet subset) {
        double[][] c = new double[dims.size()][];
        for (int k = 0; k < c.length; k++) c[k] = values(dims.get(k), subset);
        return c;
    }

    private static int first(BitSet subset) { return subset == null ? 0 : subset.nextSetBit(0); }

    private static int next(BitSet subset, int e) { return subset == null ? e + 1 : subset.nextSetBit(e + 1); }

    /** A transformed column computed on some events only (NaN elsewhere), grown as gates ask for more. */
    private record Partial(double[] values, BitSet done) {}

    private final Map<Dimension, Partial> partial = new HashMap<>();

    /** Like {@link #values(Dimension)}, but a transform is applied only to {@code subset}'s events (all when null). */
    private double[] values(Dimension d, BitSet subset) {
        if (subset == null || d.transformationRef() == null) return values(d);
        double[] full = columns.get(d);
        if (full != null) return full;
        double[] base = values(d.withTransform(null));
        Transform t = strategy.transforms().get(d.transformationRef());
        Partial p = partial.computeIfAbsent(d, k -> {
            double[] v = new double[base.length];
            java.util.Arrays.fill(v, Double.NaN);
            return new Partial(v, new BitSet(base.length));
        });
        for (int e = subset.nextSetBit(0); e >= 0; e = subset.nextSetBit(e + 1)) {
            if (!p.done().get(e)) {
                p.values()[e] = t.apply(base[e]);
                p.done().set(e);
            }
        }
        return p.values();
    }
}
