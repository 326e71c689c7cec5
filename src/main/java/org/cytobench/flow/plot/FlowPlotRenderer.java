package org.cytobench.flow.plot;

import java.util.BitSet;

/**
 * Renders one population on two axes as a raster a UI or a PNG writer takes: a density image (counts per pixel bin,
 * optionally smoothed, coloured by {@link DensityColours}) or a dot plot of a deterministic subsample. Plain Java, no
 * JavaFX, so the workbench renders off its UI thread and a report could use the same pictures.
 */
public final class FlowPlotRenderer {
    /** Dot colour: a dark blue-grey that reads on white and under the gate outlines. */
    public static final int DOT = 0xFF2B3A55;

    private FlowPlotRenderer() {}

    /**
     * A density image with one bin per pixel.
     *
     * @param smooth when true the counts are smoothed with the 3 × 3 binomial kernel (1 2 1)ᵀ(1 2 1)/16 before colouring,
     *               which turns the speckle of a small sample into a readable density; empty bins stay empty only when
     *               their whole neighbourhood is
     */
    public static PlotImage density(double[] x, double[] y, BitSet population, PlotAxis ax, PlotAxis ay, int width, int height,
                                    boolean smooth) {
        BivariateHistogram h = BivariateHistogram.of(x, y, population, ax, ay, width, height);
        double[] v = smooth ? smoothed(h.counts(), width, height) : toDouble(h.counts());
        double max = 0;
        for (double c : v) if (c > max) max = c;
        double logMax = Math.log1p(max);
        int[] argb = new int[width * height];
        for (int i = 0; i < v.length; i++) if (v[i] > 0) argb[i] = DensityColours.level(DensityColours.levelOf(v[i], logMax));
        return new PlotImage(width, height, argb, h, h.binned());
    }

    /**
     * A dot plot: at most {@code maxDots} events of the population, every k-th in file order (k = ceil(n / maxDots)), so
     * the same file always shows the same dots and a subsample spreads over the whole acquisition.
     */
    public static PlotImage dots(double[] x, double[] y, BitSet population, PlotAxis ax, PlotAxis ay, int width, int height,
                                 int maxDots) {
        if (maxDots < 1) throw new IllegalArgumentException("a dot plot needs at least one dot");
        BitSet all = population;
        if (all == null) {
            all = new BitSet(x.length);
            all.set(0, x.length);
        }
        int n = all.cardinality();
        int step = Math.max(1, (n + maxDots - 1) / maxDots);
        BitSet shown = new BitSet(x.length);
        int k = 0;
        for (int e = all.nextSetBit(0); e >= 0; e = all.nextSetBit(e + 1), k++) if (k % step == 0) shown.set(e);
        BivariateHistogram h = BivariateHistogram.of(x, y, shown, ax, ay, width, height);
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) if (h.counts()[i] > 0) argb[i] = DOT;
        return new PlotImage(width, height, argb, h, h.binned());
    }

    static double[] smoothed(int[] c, int w, int h) {
        double[] rows = new double[c.length];
        for (int r = 0; r < h; r++) {
            int o = r * w;
            for (int col = 0; col < w; col++) {
                double s = 2.0 * c[o + col];
                if (col > 0) s += c[o + col - 1];
                if (col < w - 1) s += c[o + col + 1];
                rows[o + col] = s;
            }
        }
        double[] out = new double[c.length];
        for (int r = 0; r < h; r++) {
            for (int col = 0; col < w; col++) {
                int i = r * w + col;
                double s = 2.0 * rows[i];
                if (r > 0) s += rows[i - w];
                if (r < h - 1) s += rows[i + w];
                out[i] = s / 16.0;
            }
        }
        return out;
    }

    private static double[] toDouble(int[] c) {
        double[] d = new double[c.length];
        for (int i = 0; i < c.length; i++) d[i] = c[i];
        return d;
    }
}
