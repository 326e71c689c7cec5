package org.cytobench.flow.transform;

/**
 * Gating-ML 2.0 logicle (Parks, Roederer and Moore 2006): the inverse of the biexponential
 * {@code B(y) = a e^(b y) - c e^(-d y) - f} with {@code w = W/(M+A), x2 = A/(M+A), x1 = x2 + w, x0 = x2 + 2w,
 * b = (M+A) ln10}, d the root of {@code 2(ln d - ln b) + w(b + d) = 0}, {@code c/a = e^(x0 (b+d))},
 * {@code f/a = e^(b x1) - (c/a) e^(-d x1)} and a chosen so that B(1) = T. B(x1) = 0, and negative values are reflected
 * about x1 ({@code logicle(-x) = 2 x1 - logicle(x)}), as the definition and the reference implementation do.
 *
 * @see <a href="https://doi.org/10.1002/cyto.a.20258">Parks DR, Roederer M, Moore WA. Cytometry A 2006;69:541-551</a>
 */
public final class LogicleTransform implements Transform {
    private static final double LN10 = Math.log(10);
    private final double t;
    private final double w;
    private final double m;
    private final double a;
    private final double x1;
    private final double b;
    private final double d;
    private final double ca;
    private final double fa;
    private final double scale;

    public LogicleTransform(double t, double w, double m, double a) {
        if (!(t > 0)) throw new IllegalArgumentException("logicle needs T > 0, found " + t);
        if (!(m > 0)) throw new IllegalArgumentException("logicle needs M > 0, found " + m);
        if (!(w >= 0 && 2 * w <= m)) throw new IllegalArgumentException("logicle needs 0 <= W <= M/2, found W = " + w);
        if (!(a >= -w && a <= m - 2 * w)) throw new IllegalArgumentException("logicle needs -W <= A <= M - 2W, found A = " + a);
        this.t = t;
        this.w = w;
        this.m = m;
        this.a = a;
        double ww = w / (m + a);
        double x2 = a / (m + a);
        this.x1 = x2 + ww;
        double x0 = x2 + 2 * ww;
        this.b = (m + a) * LN10;
        this.d = solveD(b, ww);
        this.ca = Math.exp(x0 * (b + d));
        this.fa = Math.exp(b * x1) - ca * Math.exp(-d * x1);
        this.scale = t / (Math.exp(b) - fa - ca * Math.exp(-d));
    }

    /** d from 2(ln d - ln b) + w(b + d) = 0 (d = b when w = 0), by bisection on (0, b]. */
    static double solveD(double b, double w) {
        if (w == 0) return b;
        double lo = 0;
        double hi = b;
        for (int i = 0; i < 200 && hi - lo > 1e-16 * b; i++) {
            double mid = 0.5 * (lo + hi);
            double g = 2 * (Math.log(mid) - Math.log(b)) + w * (b + mid);
            if (g > 0) hi = mid; else lo = mid;
        }
        return 0.5 * (lo + hi);
    }

    /** The biexponential B(y): the scale value shown at logicle position y. */
    public double inverse(double y) {
        if (y < x1) return -inverse(2 * x1 - y);
        return scale * (Math.exp(b * y) - ca * Math.exp(-d * y) - fa);
    }

    @Override
    public double apply(double x) {
        if (Double.isNaN(x)) return x;
        if (x == 0) return x1;
        double v = Math.abs(x);
        double guess = v < scale ? x1 + v / (scale * (b + ca * d)) : Math.log(v / scale) / b;
        double y = MonotoneInverse.solve(yy -> scale * (Math.exp(b * yy) - ca * Math.exp(-d * yy) - fa),
                yy -> scale * (b * Math.exp(b * yy) + ca * d * Math.exp(-d * yy)), v, x1, guess);
        return x < 0 ? 2 * x1 - y : y;
    }

    public double t() { return t; }
    public double w() { return w; }
    public double m() { return m; }
    public double a() { return a; }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogicleTransform l && l.t == t && l.w == w && l.m == m && l.a == a;
    }

    @Override
    public int hashCode() { return java.util.Objects.hash(t, w, m, a); }

    @Override
    public String toString() { return "logicle(T=" + t + ", W=" + w + ", M=" + m + ", A=" + a + ")"; }
}
