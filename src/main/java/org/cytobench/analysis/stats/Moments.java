package org.cytobench.analysis.stats;

/** Sums the tests in this package share. Two-pass, so values with a large common offset keep their precision. */
final class Moments {
    private Moments() {}

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        double m = s / v.length;
        double c = 0; // one correction pass (Higham): exact to rounding for any offset
        for (double x : v) c += x - m;
        return m + c / v.length;
    }

    static double sumOfSquaredDeviations(double[] v, double mean) {
        double s = 0;
        for (double x : v) s += (x - mean) * (x - mean);
        return s;
    }

    static double variance(double[] v) {
        return v.length < 2 ? Double.NaN : sumOfSquaredDeviations(v, mean(v)) / (v.length - 1);
    }
}
