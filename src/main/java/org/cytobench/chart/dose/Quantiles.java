package org.cytobench.chart.dose;

import java.util.Arrays;

/** The small statistics a box or violin plot draws, defined as R defines them so the figure matches R's. */
final class Quantiles {
    private Quantiles() {}

    /** R's default quantile (type 7) of sorted values. */
    static double type7(double[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** R's {@code bw.nrd0}: 0.9 × min(sd, IQR / 1.34) × n^(−1/5), falling back as R does when the spread is zero. */
    static double bandwidthNrd0(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        double mean = Arrays.stream(v).average().orElse(0);
        double sd = Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, n - 1));
        double iqr = (type7(v, 0.75) - type7(v, 0.25)) / 1.34;
        double lo = Math.min(sd, iqr);
        if (!(lo > 0)) lo = sd > 0 ? sd : iqr > 0 ? iqr : Math.abs(v[0]) > 0 ? Math.abs(v[0]) : 1;
        return 0.9 * lo * Math.pow(n, -0.2);
    }
}
