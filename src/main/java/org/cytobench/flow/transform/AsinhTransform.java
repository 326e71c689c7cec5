package org.cytobench.flow.transform;

/**
 * Gating-ML 2.0 fasinh: {@code (asinh(x sinh(M ln10) / T) + A ln10) / ((M + A) ln10)}, scaled like the logicle (T to 1,
 * about M decades, A extra decades of negative range).
 */
public record AsinhTransform(double t, double m, double a) implements Transform {
    private static final double LN10 = Math.log(10);

    public AsinhTransform {
        if (!(t > 0)) throw new IllegalArgumentException("fasinh needs T > 0, found " + t);
        if (!(m > 0)) throw new IllegalArgumentException("fasinh needs M > 0, found " + m);
        if (!(a >= 0 && a <= m)) throw new IllegalArgumentException("fasinh needs 0 <= A <= M, found A = " + a);
    }

    @Override
    public double apply(double x) {
        return (asinh(x * Math.sinh(m * LN10) / t) + a * LN10) / ((m + a) * LN10);
    }

    static double asinh(double x) {
        // log(x + sqrt(x²+1)) loses everything for large negative x; use the odd symmetry
        double ax = Math.abs(x);
        double r = Math.log(ax + Math.sqrt(ax * ax + 1));
        return x < 0 ? -r : r;
    }
}
