package org.cytobench.multiplex;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer.Optimum;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DiagonalMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;
import org.cytobench.io.multiplex.LogisticEquation;

/**
 * Fits the vendors' logistic y = a + (b − a)/(1 + (x/c)^d)^f in their own parametrisation (d of either sign, f free for
 * 5PL, 1 for 4PL), with the vendor's weighting: Cytobench re-fitting "under the vendor's model". Levenberg–Marquardt
 * (Commons Math) on θ = (a, b, ln c, d[, ln f]) from the best point of a start grid over (d, ln c[, ln f]), where a and b
 * — on which the curve depends linearly — are solved exactly; the vendor's own coefficients are never used as a start.
 * d is kept negative, as the vendors write it.
 */
public final class VendorModelFitter {
    private VendorModelFitter() {}

    /** The fitted equation (null when the fit failed) and its weighted residual sum of squares. */
    public record Fit(LogisticEquation equation, double rss, String failure) {
        public boolean converged() { return equation != null; }
    }

    private static final double[] D_GRID = {-5, -3, -2, -1.3, -0.8, -0.5, -0.3};
    private static final double[] F_GRID = {0.2, 0.4, 0.7, 1, 1.5, 2.5};
    private static final int C_GRID = 11;

    public static Fit fit(double[] x, double[] y, boolean fivePl, VendorWeighting weighting) {
        int n = x.length;
        if (n != y.length) throw new IllegalArgumentException("x and y differ in length");
        if (n <= (fivePl ? 5 : 4)) return new Fit(null, Double.NaN, "too few standards (" + n + ")");
        double[] w = new double[n];
        for (int i = 0; i < n; i++) w[i] = weighting.weight(y[i]);
        double[] start = gridStart(x, y, w, fivePl);
        if (start == null) return new Fit(null, Double.NaN, "no usable start point");
        try {
            Optimum o = new LevenbergMarquardtOptimizer().withCostRelativeTolerance(1e-14).withParameterRelativeTolerance(1e-14)
                    .withOrthoTolerance(1e-14)
                    .optimize(new LeastSquaresBuilder().start(start).target(y).weight(new DiagonalMatrix(w))
                            .parameterValidator(VendorModelFitter::negativeSlope).model(point -> evaluate(point.toArray(), x, fivePl)).maxIterations(5000).maxEvaluations(20000).build());
            double[] th = o.getPoint().toArray();
            double cost = o.getCost();
            LogisticEquation eq = new LogisticEquation(th[0], th[1], Math.exp(th[2]), th[3], fivePl ? Math.exp(th[4]) : 1);
            return new Fit(eq, cost * cost, null);
        } catch (MathIllegalStateException | IllegalArgumentException e) {
            return new Fit(null, Double.NaN, "the optimiser did not converge (" + e.getMessage() + ")");
        }
    }

    /**
     * The vendors write d &lt; 0 (a is the response at zero, b at infinity; a decreasing curve has b &lt; a), and without
     * that constraint a 5PL can settle on the mirrored d &gt; 0 branch, a different curve.
     */
    private static RealVector negativeSlope(RealVector v) {
        if (v.getEntry(3) < -1e-3) return v;
        RealVector c = v.copy();
        c.setEntry(3, -1e-3);
        return c;
    }

    /** Values and Jacobian (central differences on the shape parameters; a and b analytic). */
    private static Pair<RealVector, RealMatrix> evaluate(double[] th, double[] x, boolean fivePl) {
        int n = x.length, p = th.length;
        double[] v = new double[n];
        double[][] j = new double[n][p];
        for (int i = 0; i < n; i++) {
            double s = share(th, x[i], fivePl);
            v[i] = th[0] + (th[1] - th[0]) * s;
            j[i][0] = 1 - s;
            j[i][1] = s;
            for (int k = 2; k < p; k++) {
                double h = 1e-6 * Math.max(1, Math.abs(th[k]));
                double[] up = th.clone(), dn = th.clone();
                up[k] += h;
                dn[k] -= h;
                j[i][k] = (th[1] - th[0]) * (share(up, x[i], fivePl) - share(dn, x[i], fivePl)) / (2 * h);
            }
        }
        return new Pair<>(new ArrayRealVector(v, false), new Array2DRowRealMatrix(j, false));
    }

    /** 1/(1 + (x/c)^d)^f, the share of (b − a) reached at x; at x = 0 the limit for the sign of d. */
    private static double share(double[] th, double x, boolean fivePl) {
        double d = th[3], f = fivePl ? Math.exp(th[4]) : 1;
        if (x <= 0) return d < 0 ? 0 : 1;
        double u = d * (Math.log(x) - th[2]);
        double softplus = u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u));
        return Math.exp(-f * softplus);
    }

    private static double[] gridStart(double[] x, double[] y, double[] w, boolean fivePl) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double xi : x) if (xi > 0) { lo = Math.min(lo, Math.log(xi)); hi = Math.max(hi, Math.log(xi)); }
        if (!(hi > lo)) return null;
        double span = hi - lo, best = Double.POSITIVE_INFINITY;
        double[] result = null;
        double[] fs = fivePl ? F_GRID : new double[] {1};
        for (double d : D_GRID) {
            for (double f : fs) {
                for (int k = 0; k < C_GRID; k++) {
                    double lnc = lo - 0.25 * span + k * 1.5 * span / (C_GRID - 1);
                    double[] th = fivePl ? new double[] {0, 1, lnc, d, Math.log(f)} : new double[] {0, 1, lnc, d};
                    double[] s = new double[x.length];
                    for (int i = 0; i < x.length; i++) s[i] = share(th, x[i], fivePl);
                    double[] ab = asymptotes(s, y, w);
                    if (ab == null) continue;
                    double rss = 0;
                    for (int i = 0; i < x.length; i++) {
                        double r = y[i] - ab[0] - (ab[1] - ab[0]) * s[i];
                        rss += w[i] * r * r;
                    }
                    if (rss < best) {
                        best = rss;
                        th[0] = ab[0];
                        th[1] = ab[1];
                        result = th;
                    }
                }
            }
        }
        return result;
    }

    /** Weighted least squares for y ≈ a·(1 − s) + b·s; null when s does not vary. */
    private static double[] asymptotes(double[] s, double[] y, double[] w) {
        double s11 = 0, s12 = 0, s22 = 0, r1 = 0, r2 = 0;
        for (int i = 0; i < s.length; i++) {
            double u = 1 - s[i], v = s[i];
            s11 += w[i] * u * u;
            s12 += w[i] * u * v;
            s22 += w[i] * v * v;
            r1 += w[i] * u * y[i];
            r2 += w[i] * v * y[i];
        }
        double det = s11 * s22 - s12 * s12;
        if (!(det > 1e-12 * s11 * s22)) return null;
        return new double[] {(r1 * s22 - r2 * s12) / det, (s11 * r2 - s12 * r1) / det};
    }
}
