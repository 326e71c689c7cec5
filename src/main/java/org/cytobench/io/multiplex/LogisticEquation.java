package org.cytobench.io.multiplex;

/**
 * The vendors' logistic curve in their own parametrisation: y = a + (b − a)/(1 + (x/c)^d)^f (xPONENT "Logistic 5P"
 * coefficients A, B, C, D, F on Net MFI; Bio-Plex Manager's footer {@code FI = a + (b - a)/(1+(Conc/c)^d)^f}, with f = 1
 * for its 4PL). Here a is the response at zero concentration and b the response at infinite concentration when d &lt; 0
 * (the sign the vendors write for an increasing curve); d may be negative, unlike Cytobench's own b &gt; 0 convention,
 * which is why this is a type of its own and not a {@code FitResult}.
 */
public record LogisticEquation(double a, double b, double c, double d, double f) {

    public LogisticEquation {
        for (double v : new double[] {a, b, c, d, f}) {
            if (!Double.isFinite(v)) throw new IllegalArgumentException("a curve coefficient is not a finite number");
        }
        if (!(c > 0)) throw new IllegalArgumentException("the curve's midpoint c must be > 0");
        if (!(f > 0)) throw new IllegalArgumentException("the curve's asymmetry f must be > 0");
    }

    public static LogisticEquation fourPl(double a, double b, double c, double d) { return new LogisticEquation(a, b, c, d, 1); }

    public boolean isFourPl() { return f == 1; }

    /** The response at concentration x ≥ 0. */
    public double response(double x) {
        if (x == 0) return d < 0 ? a : b;
        return a + (b - a) / Math.pow(1 + Math.pow(x / c, d), f);
    }

    /**
     * The concentration giving response y: x = c·(((b − a)/(y − a))^(1/f) − 1)^(1/d); NaN when y is not strictly between
     * the asymptotes a and b (the vendors report such wells as out of range).
     */
    public double concentration(double y) {
        if (!((y - a) * (y - b) < 0)) return Double.NaN;
        double inner = Math.pow((b - a) / (y - a), 1 / f) - 1;
        if (!(inner > 0)) return Double.NaN;
        return c * Math.pow(inner, 1 / d);
    }
}
