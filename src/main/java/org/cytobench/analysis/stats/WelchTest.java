package org.cytobench.analysis.stats;

import org.apache.commons.math3.distribution.TDistribution;

/** Welch's unequal-variance two-sample t-test, identical to R's {@code t.test(treated, control)} (two-sided). */
public final class WelchTest {
    private WelchTest() {}

    /**
     * Compares {@code treated} with {@code control}. Each needs at least two values; otherwise, or when both variances are
     * zero, the result has p = NaN (R refuses the same data: "not enough observations" / "data are essentially constant").
     */
    public static TTestResult test(double[] treated, double[] control) {
        double diff = treated.length > 0 && control.length > 0 ? Moments.mean(treated) - Moments.mean(control) : Double.NaN;
        if (treated.length < 2 || control.length < 2) return undefined(diff);
        double vt = Moments.variance(treated) / treated.length;
        double vc = Moments.variance(control) / control.length;
        double se2 = vt + vc;
        if (!(se2 > 0)) return undefined(diff);
        double se = Math.sqrt(se2);
        double df = se2 * se2 / (vt * vt / (treated.length - 1) + vc * vc / (control.length - 1));
        double t = diff / se;
        TDistribution dist = new TDistribution(null, df);
        double p = 2 * dist.cumulativeProbability(-Math.abs(t));
        double half = dist.inverseCumulativeProbability(0.975) * se;
        return new TTestResult(diff, t, df, p, diff - half, diff + half);
    }

    private static TTestResult undefined(double diff) {
        return new TTestResult(diff, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
}
