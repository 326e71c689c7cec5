package org.cytobench.flow.plot;

import java.util.BitSet;

/**
 * Events of one population counted in a W × H grid over two axes, in image order: {@code counts[row * width + col]}
 * with row 0 at the top (the axis maximum), so the grid maps straight onto a raster.
 *
 * <p>Binning compares scale values with the axes' bin edges turned into scale values ({@link PlotAxis#scaleEdges}), so
 * no event goes through a transform: a logicle is a numerical inverse per value, and 500 000 of them would take far
 * longer than the 100 ms a plot may take. Because a transform is increasing, this is the same binning as transforming
 * each event, except for values within rounding of an edge. A linear axis is binned by arithmetic.
 *
 * @param counts   events per bin
 * @param binned   events inside the plot
 * @param offScale events of the population outside either axis range (or undefined on it, e.g. log of ≤ 0): not drawn
 */
public record BivariateHistogram(int width, int height, int[] counts, int binned, int offScale) {

    public BivariateHistogram {
        if (counts.length != width * height) throw new IllegalArgumentException("counts do not fill " + width + " × " + height);
    }

    public int count(int col, int row) { return counts[row * width + col]; }

    public int max() {
        int m = 0;
        for (int c : counts) if (c > m) m = c;
        return m;
    }

    /**
     * Counts the events of {@code population} (all events when null).
     *
     * @param x the x channel's scale values for every event
     * @param y the y channel's scale values, same length
     */
    public static BivariateHistogram of(double[] x, double[] y, BitSet population, PlotAxis ax, PlotAxis ay, int width, int height) {
        if (width < 1 || height < 1) throw new IllegalArgumentException("a plot needs at least 1 × 1 bins");
        if (x.length != y.length) throw new IllegalArgumentException("x and y differ in length");
        int[] bx = bins(x, population, ax, width);
        int[] by = bins(y, population, ay, height);
        int[] counts = new int[width * height];
        int binned = 0;
        int total = 0;
        if (population == null) {
            for (int e = 0; e < x.length; e++) binned += add(counts, bx[e], by[e], width, height);
            total = x.length;
        } else {
            for (int e = population.nextSetBit(0); e >= 0; e = population.nextSetBit(e + 1)) {
                binned += add(counts, bx[e], by[e], width, height);
                total++;
            }
        }
        return new BivariateHistogram(width, height, counts, binned, total - binned);
    }

    private static int add(int[] counts, int col, int row, int width, int height) {
        if (col < 0 || row < 0) return 0;
        counts[(height - 1 - row) * width + col]++;
        return 1;
    }

    /** The bin of each event of the population on one axis, -1 outside the range (others are left at 0, never read). */
    static int[] bins(double[] v, BitSet population, PlotAxis axis, int bins) {
        int[] out = new int[v.length];
        if (axis.transform() == null) {
            double lo = axis.min();
            double f = bins / (axis.max() - axis.min());
            if (population == null) for (int e = 0; e < v.length; e++) out[e] = linear(v[e], lo, f, bins);
            else for (int e = population.nextSetBit(0); e >= 0; e = population.nextSetBit(e + 1)) out[e] = linear(v[e], lo, f, bins);
        } else {
            double[] edges = padded(axis.scaleEdges(bins));
            double top = edges[bins];
            if (population == null) for (int e = 0; e < v.length; e++) out[e] = search(edges, top, v[e]);
            else for (int e = population.nextSetBit(0); e >= 0; e = population.nextSetBit(e + 1)) out[e] = search(edges, top, v[e]);
        }
        return out;
    }

    private static int linear(double v, double lo, double f, int bins) {
        double p = (v - lo) * f;
        if (!(p >= 0) || p >= bins) return -1; // NaN fails the first test
        return (int) p;
    }

    /** The edges followed by +infinity up to a power of two plus one, so that {@link #search} needs no bounds test. */
    static double[] padded(double[] edges) {
        int bins = edges.length - 1;
        int size = Integer.highestOneBit(Math.max(1, bins - 1)) << 1;
        double[] p = java.util.Arrays.copyOf(edges, size + 1);
        java.util.Arrays.fill(p, edges.length, p.length, Double.POSITIVE_INFINITY);
        return p;
    }

    /**
     * The k with edges[k] <= v < edges[k + 1], or -1 below edges[0], at or above {@code top} or NaN. A fixed number of
     * halving steps over the padded edges, written so that the JIT can use conditional moves: the bins of scattered
     * events are unpredictable, and a mispredicted branch per step would cost more than the comparisons.
     */
    static int search(double[] padded, double top, double v) {
        if (!(v >= padded[0]) || v >= top) return -1;
        int k = 0;
        for (int step = (padded.length - 1) >>> 1; step > 0; step >>>= 1) k += v >= padded[k + step] ? step : 0;
        return k;
    }
}
