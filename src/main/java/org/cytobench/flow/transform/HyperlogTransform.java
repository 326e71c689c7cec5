package org.cytobench.flow.transform;

/**
 * Gating-ML 2.0 hyperlog (Bagwell 2005, in the parametrisation of the Gating-ML 2.0 specification): the inverse of
 * {@code EH(y) = a e^(b y) + c y - f} for y ≥ x1 with {@code w = W/(M+A), x2 = A/(M+A), x1 = x2 + w, x0 = x2 + 2w,
 * b = (M+A) ln10, c/a = e^(b x0)/w, f/a = e^(b x1) + (c/a) x1} and a chosen so that EH(1) = T; negative values are
 * reflected about x1.
 */
public final class HyperlogTransform implements Transform {
    private static final double LN10 = Math.log(10);
    private final double t;
    private final double w;
    private final double m;
    private final double a;
    private final double x1;
    private final double b;
    private final double ca;
    private final double fa;
    private final double scale;

    public HyperlogTransform(double t, double w, double m, double a) {
        if (!(t > 0)) throw new IllegalArgumentException("hyperlog needs T > 0, found " + t);
        if (!(m > 0)) throw new IllegalArgumentException("hyperlog needs M > 0, found " + m);
        if (!(w > 0 && 2 * w <= m)) throw new IllegalArgumentException("hyperlog needs 0 < W <= M/2, found W = " + w);
        if (!(a >= -w && a <= m - 2 * w)) throw new IllegalArgumentException("hyperlog needs -W <= A <= M - 2W, found A = " + a);
        this.t = t;
        this.w = w;
        this.m = m;
        this.a = a;
        double ww = w / (m + a);
        double x2 = a / (m + a);
        this.x1 = x2 + ww;
        double x0 = x2 + 2 * ww;
        this.b = (m + a) * LN10;
        this.ca = Math.exp(b * x0) / ww;
        this.fa = Math.exp(b * x1) + ca * x1;
        this.scale = t / (Math.exp(b) + ca - fa);
    }

    /** EH(y): the scale value shown at hyperlog position y. */
    public double inverse(double y) {
        if (y < x1) return -inverse(2 * x1 - y);
        return scale * (Math.exp(b * y) + ca * y - fa);
    }

    @Override
    public double apply(double x) {
        if (Double.isNaN(x)) return x;
        if (x == 0) return x1;
        double v = Math.abs(x);
        double guess = v < scale ? x1 + v / (scale * (b * Math.exp(b * x1) + ca)) : Math.log(v / scale) / b;
        double y = MonotoneInverse.solve(yy -> scale * (Math.exp(b * yy) + ca * yy - fa),
                yy -> scale * (b * Math.exp(b * yy) + ca), v, x1, guess);
        return x < 0 ? 2 * x1 - y : y;
    }

    public double t() { return t; }
    public double w() { return w; }
    public double m() { return m; }
    public double a() { return a; }

    @Override
    public boolean equals(Object o) {
        return o instanceof HyperlogTransform h && h.t == t && h.w == w && h.m == m && h.a == a;
    }

    @Override
    public int hashCode() { return java.util.Objects.hash(t, w, m, a); }

    @Override
    public String toString() { return "hyperlog(T=" + t + ", W=" + w + ", M=" + m + ", A=" + a + ")"; }
}
