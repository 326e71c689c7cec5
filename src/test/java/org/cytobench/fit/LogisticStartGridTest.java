package org.cytobench.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The start grid chooses its cell by a closed-form sum of squares with a rounding bound and runs the well loop only for
 * the cells within that bound of the best (docs/decisions/0005). That must choose exactly the cell that running the
 * well loop for every cell chooses — the first cell with the smallest well-loop sum — and so give the same start, bit
 * for bit. Checked against {@link WellByWell}, the grid as it was before (every cell's sum by the well loop, every
 * well's shares computed on their own), on seeded curves and on the cases where cells tie or nearly tie.
 */
class LogisticStartGridTest {
    private static final double[] B_GRID = {0.4, 0.8, 1.5, 3.0};
    private static final double[] G_GRID = {0.2, 0.5, 1.0, 2.0, 5.0};
    private static final int C_GRID = 9;

    /** The grid before the closed form and the concentration levels (commit 6a87165's factored grid). */
    static final class WellByWell {
        private final double[] lnx, y, w;
        private final double lnXMin, lnXMax;

        WellByWell(double[] x, double[] y, double[] w) {
            this.y = y;
            this.w = w;
            lnx = new double[x.length];
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < x.length; i++) {
                lnx[i] = x[i] > 0 ? Math.log(x[i]) : Double.NaN;
                if (x[i] > 0) { lo = Math.min(lo, lnx[i]); hi = Math.max(hi, lnx[i]); }
            }
            lnXMin = lo;
            lnXMax = hi;
        }

        double[] start(double g) {
            double span = Math.max(lnXMax - lnXMin, Math.log(10));
            double from = lnXMin - 0.25 * span, step = 1.5 * span / (C_GRID - 1);
            double reach = Math.max(Math.max(Math.abs(lnXMin), Math.abs(lnXMax)), Math.max(Math.abs(from), Math.abs(from + 1.5 * span)));
            assertTrue(reach < 200, "only the factored grid is compared here");
            boolean freeG = Double.isNaN(g);
            double[] gs = freeG ? G_GRID : new double[] {g};
            int n = lnx.length;
            double[] ebx = new double[n], t = new double[n], s = new double[n];
            double bestRss = Double.POSITIVE_INFINITY;
            int bestG = -1, bestB = -1, bestK = -1;
            for (int bi = 0; bi < B_GRID.length; bi++) {
                double b = B_GRID[bi];
                for (int i = 0; i < n; i++) ebx[i] = Double.isNaN(lnx[i]) ? 0 : Math.exp(b * lnx[i]);
                for (int k = 0; k < C_GRID; k++) {
                    double ebc = Math.exp(-b * (from + k * step));
                    for (int i = 0; i < n; i++) t[i] = ebx[i] * ebc;
                    for (int gi = 0; gi < gs.length; gi++) {
                        double gv = gs[gi];
                        if (gv == 1) {
                            for (int i = 0; i < n; i++) s[i] = 1 / (1 + t[i]);
                        } else if (gv == 2 || gv == 5 || gv == 0.5) {
                            for (int i = 0; i < n; i++) {
                                double q = 1 / (1 + t[i]), q2 = q * q;
                                s[i] = gv == 2 ? q2 : gv == 5 ? q2 * q2 * q : Math.sqrt(q);
                            }
                        } else {
                            for (int i = 0; i < n; i++) s[i] = Math.exp(-gv * Math.log1p(t[i]));
                        }
                        double[] ad = asymptotes(s);
                        if (ad == null) continue;
                        double rss = 0;
                        for (int i = 0; i < n; i++) {
                            double r = y[i] - ad[1] - (ad[0] - ad[1]) * s[i];
                            rss += w[i] * r * r;
                        }
                        if (rss < bestRss) {
                            bestRss = rss;
                            bestG = gi;
                            bestB = bi;
                            bestK = k;
                        }
                    }
                }
            }
            if (bestG < 0) return null;
            double gi = gs[bestG], b = B_GRID[bestB], lnc = from + bestK * step;
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(lnx[i])) { s[i] = 1; continue; }
                double tt = 1 + Math.exp(b * (lnx[i] - lnc));
                s[i] = gi == 1 ? 1 / tt : Math.pow(tt, -gi);
            }
            double[] ad = asymptotes(s);
            if (ad == null) return null;
            return freeG ? new double[] {ad[0], Math.log(b), lnc, ad[1], Math.log(gi)} : new double[] {ad[0], Math.log(b), lnc, ad[1]};
        }

        private double[] asymptotes(double[] s) { return asymptotes(s, y, w); }

        /** The old grid's weighted least squares for y ≈ a·s + d·(1 − s), well by well; null when s does not vary. */
        static double[] asymptotes(double[] s, double[] y, double[] w) {
            double s11 = 0, s12 = 0, s22 = 0, r1 = 0, r2 = 0;
            for (int i = 0; i < s.length; i++) {
                double u = s[i], v = 1 - s[i];
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

    private static void assertSameStart(double[] x, double[] y, double[] w, boolean fivePl, String what) {
        Observations obs = new Observations(x, y, w, List.of());
        LogisticFitter fitter = new LogisticFitter(obs, fivePl ? CurveModel.FIVE_PL : CurveModel.FOUR_PL);
        WellByWell before = new WellByWell(x, y, w);
        for (double g : fivePl ? new double[] {Double.NaN, LogisticFitter.G_MIN, LogisticFitter.G_MAX} : new double[] {1.0}) {
            assertArrayEquals(before.start(g), fitter.gridStart(g), 0.0, what + ", g " + g);
            double[] a = before.start(g), b = fitter.gridStart(g);
            if (a != null) for (int k = 0; k < a.length; k++) {
                assertTrue(Double.doubleToRawLongBits(a[k]) == Double.doubleToRawLongBits(b[k]), what + ", g " + g + ", θ" + k);
            }
        }
    }

    @Test
    void choosesTheCellTheWellLoopChoosesOnSeededCurves() {
        Random rnd = new Random(20261203);
        for (int k = 0; k < 20_000; k++) {
            EngineAgreementTest.Curve c = EngineAgreementTest.randomCurve(rnd);
            Observations obs = Observations.select(c.x(), c.y(), c.model(), c.weighting());
            if (obs.size() == 0 || ConcentrationLevels.of(obs.x()).distinct() < 2) continue;
            assertSameStart(obs.x(), obs.y(), obs.w(), c.model() == CurveModel.FIVE_PL, "curve " + k);
        }
    }

    /** Flat and nearly flat responses: every cell fits about equally well, so the first smallest must be found exactly. */
    @Test
    void choosesTheSameCellAmongTiesAndNearTies() {
        Random rnd = new Random(7);
        double[] x = {0, 0, 1, 1, 2, 2, 4, 4, 8, 8, 16, 16, 32, 32};
        for (int k = 0; k < 400; k++) {
            double[] y = new double[x.length], w = new double[x.length];
            double level = Math.pow(10, -6 + 12 * rnd.nextDouble()), noise = k % 4 == 0 ? 0 : Math.pow(10, -16 + 10 * rnd.nextDouble());
            for (int i = 0; i < x.length; i++) {
                y[i] = level * (1 + noise * rnd.nextGaussian());
                w[i] = k % 3 == 0 ? 1 : k % 3 == 1 ? 1 / y[i] : 1 / (y[i] * y[i]);
            }
            assertSameStart(x, y, w, k % 5 == 0, "near-flat case " + k);
        }
    }

    /** Responses and weights near the limits the fit accepts (1e±100 after weighting), where the sums are widest. */
    @Test
    void choosesTheSameCellForExtremeResponsesAndWeights() {
        Random rnd = new Random(11);
        for (int k = 0; k < 400; k++) {
            EngineAgreementTest.Curve c = EngineAgreementTest.randomCurve(rnd);
            double scale = Math.pow(10, -45 + 90 * rnd.nextDouble());
            double[] y = c.y().clone(), w = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = Math.abs(y[i]) * scale + Double.MIN_NORMAL;
                w[i] = k % 2 == 0 ? 1 / (y[i] * y[i]) : 1;
            }
            if (ConcentrationLevels.of(c.x()).distinct() < 2) continue;
            assertSameStart(c.x(), y, w, c.model() == CurveModel.FIVE_PL, "extreme case " + k);
        }
    }
}
