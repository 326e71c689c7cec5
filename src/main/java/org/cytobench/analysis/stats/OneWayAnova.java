package org.cytobench.analysis.stats;

import java.util.List;
import org.apache.commons.math3.distribution.FDistribution;

/** Ordinary (fixed-effects, equal-variance) one-way analysis of variance. */
public final class OneWayAnova {
    private OneWayAnova() {}

    /**
     * Tests whether the group means differ. Empty groups are ignored. The result's p is NaN when fewer than two groups
     * have values or there are no residual degrees of freedom (every group has one value); F is +∞ with p = 0 when every
     * group is constant but the means differ.
     */
    public static AnovaResult test(List<double[]> groups) {
        List<double[]> used = groups.stream().filter(g -> g.length > 0).toList();
        int k = used.size();
        int total = used.stream().mapToInt(g -> g.length).sum();
        double grand = 0;
        for (double[] g : used) for (double x : g) grand += x;
        grand /= Math.max(total, 1);
        double ssb = 0;
        double ssw = 0;
        for (double[] g : used) {
            double m = Moments.mean(g);
            ssb += g.length * (m - grand) * (m - grand);
            ssw += Moments.sumOfSquaredDeviations(g, m);
        }
        int df1 = k - 1;
        int df2 = total - k;
        if (df1 < 1 || df2 < 1) return new AnovaResult(Double.NaN, df1, df2, ssb, ssw, Double.NaN);
        double f = (ssb / df1) / (ssw / df2);
        double p;
        if (Double.isNaN(f)) p = Double.NaN;               // 0/0: all values identical
        else if (Double.isInfinite(f)) p = 0;
        else p = 1 - new FDistribution(null, df1, df2).cumulativeProbability(f);
        return new AnovaResult(f, df1, df2, ssb, ssw, p);
    }
}
