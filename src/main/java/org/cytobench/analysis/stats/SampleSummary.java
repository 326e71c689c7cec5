package org.cytobench.analysis.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Descriptive statistics of one set of values, as Prism's column statistics report them.
 *
 * @param n      number of values
 * @param mean   arithmetic mean (NaN when n = 0)
 * @param sd     sample standard deviation, denominator n − 1 (NaN when n &lt; 2)
 * @param sem    sd / √n (NaN when n &lt; 2)
 * @param cvPct  100 · sd / mean (NaN when n &lt; 2 or the mean is 0)
 * @param ciLow  lower bound of the 95% CI of the mean: mean − t(0.975, n − 1) · sem (NaN when n &lt; 2)
 * @param ciHigh upper bound of the 95% CI of the mean
 */
public record SampleSummary(int n, double mean, double sd, double sem, double cvPct, double ciLow, double ciHigh) {

    public static final SampleSummary EMPTY = new SampleSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** Summarises the values (two-pass variance, so large offsets such as raw ODs near 3 lose no precision). */
    public static SampleSummary of(double... values) {
        int n = values.length;
        if (n == 0) return EMPTY;
        double mean = Moments.mean(values);
        if (n == 1) return new SampleSummary(1, mean, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double sd = Math.sqrt(Moments.sumOfSquaredDeviations(values, mean) / (n - 1));
        double sem = sd / Math.sqrt(n);
        double half = t975(n - 1) * sem;
        double cv = mean == 0 ? Double.NaN : 100 * sd / Math.abs(mean);
        return new SampleSummary(n, mean, sd, sem, cv, mean - half, mean + half);
    }

    /** t(0.975, df), precomputed for the small df of replicates: the inverse CDF costs a root search per call. */
    static double t975(int df) {
        return df < T975.length ? T975[df] : new TDistribution(null, df).inverseCumulativeProbability(0.975);
    }

    private static final double[] T975 = new double[65];

    static {
        T975[0] = Double.NaN;
        for (int df = 1; df < T975.length; df++) T975[df] = new TDistribution(null, df).inverseCumulativeProbability(0.975);
    }

    public static SampleSummary of(java.util.Collection<Double> values) {
        return of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
