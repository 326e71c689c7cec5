package org.cytobench.fit;

import org.apache.commons.math3.distribution.TDistribution;

/** The two-sided 95% quantile t(0.975, df), cached: Commons Math takes tens of microseconds to invert the t distribution. */
final class StudentT {
    private static final double[] CACHE = new double[512];

    private StudentT() {}

    static double quantile975(int df) {
        if (df < 1) return Double.NaN;
        if (df >= CACHE.length) return new TDistribution(null, df).inverseCumulativeProbability(0.975);
        double t = CACHE[df];
        if (t == 0) {
            t = new TDistribution(null, df, 1e-14).inverseCumulativeProbability(0.975);
            CACHE[df] = t;   // a benign race: every thread computes the same value
        }
        return t;
    }
}
