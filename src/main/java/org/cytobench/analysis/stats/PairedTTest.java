package org.cytobench.analysis.stats;

import org.apache.commons.math3.distribution.TDistribution;

/** The paired t-test, identical to R's {@code t.test(treated, control, paired = TRUE)} (two-sided). */
public final class PairedTTest {
    private PairedTTest() {}

    /**
     * @param treated one value per block (donor)
     * @param control the same blocks, same order
     * @return treated − control; p is NaN with fewer than 2 pairs or when every difference is the same
     */
    public static TTestResult test(double[] treated, double[] control) {
        if (treated.length != control.length) throw new IllegalArgumentException("a paired t-test needs pairs");
        int n = treated.length;
        double[] diff = new double[n];
        for (int i = 0; i < n; i++) diff[i] = treated[i] - control[i];
        double mean = n > 0 ? Moments.mean(diff) : Double.NaN;
        if (n < 2) return new TTestResult(mean, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double se = Math.sqrt(Moments.variance(diff) / n);
        if (!(se > 0)) return new TTestResult(mean, Double.NaN, n - 1, Double.NaN, Double.NaN, Double.NaN);
        double t = mean / se;
        TDistribution dist = new TDistribution(null, n - 1);
        double p = 2 * dist.cumulativeProbability(-Math.abs(t));
        double half = SampleSummary.t975(n - 1) * se;
        return new TTestResult(mean, t, n - 1, p, mean - half, mean + half);
    }
}
