package org.cytobench.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The start grid's filter (docs/decisions/0005, update "the filter's shares") takes each cell's closed form from cheaper
 * shares than the well loop's, and its pruning is exact only if (1) the filter's shares are within
 * {@link LogisticStartGrid#shareError} of the well loop's and (2) {@link LogisticStartGrid#cellBound} bounds
 * |closed form − well loop| when the shares differ by that much. {@link LogisticStartGridTest} checks the outcome (the
 * same start, bit for bit); this checks the two steps, each where it matters: (1) on concentrations up to e^±130, where
 * the shares differ most, (2) with shares moved by σ up to 10⁻⁶, where the rounding part of the bound alone does not
 * cover the difference (so the test fails with the share part of the bound set to 0).
 */
class LogisticStartGridFilterTest {
    private static final double[] B_GRID = {0.4, 0.8, 1.5, 3.0};
    private static final double[] G_GRID = {0.2, 0.5, 1.0, 2.0, 5.0, LogisticFitter.G_MIN, LogisticFitter.G_MAX};

    @Test
    void theFiltersSharesAreWithinTheirBoundOfTheWellLoops() {
        Random rnd = new Random(20261201);
        double worst = 0;
        int compared = 0, differing = 0;
        for (int curve = 0; curve < 400; curve++) {
            // levels from 1e-57 to 1e57 apart: the wider |ln x|, the more the two ways of taking (x/c)^b differ
            double centre = (rnd.nextDouble() - 0.5) * 2 * (curve % 4 == 0 ? 1 : 130), spread = 2 + 10 * rnd.nextDouble();
            int levels = 4 + rnd.nextInt(9);
            double[] x = new double[2 * levels + 2], y = new double[x.length], w = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                int l = i / 2;
                x[i] = l == 0 && curve % 3 == 0 ? 0 : Math.exp(centre + spread * (l - levels / 2.0) / levels + 0.01 * rnd.nextGaussian());
                y[i] = rnd.nextDouble();
                w[i] = 1;
            }
            LogisticStartGrid grid = new LogisticStartGrid(lnx(x), ConcentrationLevels.of(x), y, w, lnMin(x), lnMax(x));
            ConcentrationLevels lv = ConcentrationLevels.of(x);
            for (int bi = 0; bi < B_GRID.length; bi++) {
                for (int k = 0; k < 9; k++) {
                    for (double g : G_GRID) {
                        double[][] both = grid.filterAndWellLoopShares(bi, k, g);
                        assertTrue(both != null, "curve " + curve + " is filtered");
                        double bound = both[2][0];
                        for (int l = 0; l < lv.count(); l++) {
                            double diff = Math.abs(both[0][l] - both[1][l]);
                            compared++;
                            if (diff > 0) differing++;
                            worst = Math.max(worst, diff / bound);
                            assertTrue(diff <= bound, "curve " + curve + ", slope " + B_GRID[bi] + ", midpoint " + k + ", g " + g
                                    + ", level " + l + ": shares " + both[0][l] + " and " + both[1][l] + " differ by more than " + bound);
                        }
                    }
                }
            }
        }
        assertTrue(differing > compared / 10, "the filter's shares differ from the well loop's: " + differing + " of " + compared);
        assertTrue(worst > 1e-3, "the bound is not vacuous: the worst difference is " + worst + " of it");
    }

    @Test
    void theCellBoundCoversSharesMovedByUpToSigma() {
        Random rnd = new Random(20261202);
        int covered = 0, beyondRounding = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            int m = 4 + rnd.nextInt(9), reps = 1 + rnd.nextInt(3), n = m * reps;
            double b = 0.3 + 3 * rnd.nextDouble(), lnc = rnd.nextGaussian();
            double[] s = new double[m], moved = new double[m];
            double sigma = Math.pow(10, -6 - 8 * rnd.nextDouble());
            for (int l = 0; l < m; l++) {
                s[l] = 1 / (1 + Math.exp(b * (3.0 * l / (m - 1) - 1.5 - lnc)));
                moved[l] = Math.min(1, Math.max(0, s[l] + sigma * (rnd.nextBoolean() ? 1 : -1) * rnd.nextDouble()));
            }
            double[] y = new double[n], w = new double[n], sw = new double[n];
            double top = 3 * rnd.nextDouble(), bottom = rnd.nextDouble() - 0.5, noise = Math.pow(10, -4 * rnd.nextDouble());
            for (int i = 0; i < n; i++) {
                int l = i % m;
                y[i] = bottom + (top - bottom) * s[l] + noise * rnd.nextGaussian();
                w[i] = trial % 3 == 0 ? 1 : trial % 3 == 1 ? 1 / (0.1 + Math.abs(y[i])) : Math.exp(rnd.nextGaussian());
                sw[i] = s[l];
            }
            // the closed form from the moved shares, a level at a time, as the filter takes it
            double[] levelW = new double[m], levelWY = new double[m];
            double syy = 0, wsum = 0;
            for (int i = 0; i < n; i++) {
                syy += w[i] * y[i] * y[i];
                wsum += w[i];
                levelW[i % m] += w[i];
                levelWY[i % m] += w[i] * y[i];
            }
            double s11 = 0, s12 = 0, s22 = 0, r1 = 0, r2 = 0;
            for (int l = 0; l < m; l++) {
                double u = moved[l], v = 1 - u;
                s11 += levelW[l] * u * u;
                s12 += levelW[l] * u * v;
                s22 += levelW[l] * v * v;
                r1 += u * levelWY[l];
                r2 += v * levelWY[l];
            }
            double det = s11 * s22 - s12 * s12;
            double a = (r1 * s22 - r2 * s12) / det, d = (s11 * r2 - s12 * r1) / det;
            double q = syy - 2 * (a * r1 + d * r2) + (a * a * s11 + 2 * a * d * s12 + d * d * s22);
            double bound = LogisticStartGrid.cellBound(n, syy, wsum, s11, s22, det, a, d, q, sigma);
            if (bound == Double.POSITIVE_INFINITY) continue;   // the well loop decides this cell
            double wellLoop = wellLoopRss(sw, y, w);
            assertTrue(wellLoop < Double.POSITIVE_INFINITY, "trial " + trial + ": the closed form counts, so the well loop finds asymptotes");
            double diff = Math.abs(q - wellLoop);
            assertTrue(diff <= bound, "trial " + trial + ": closed form " + q + " and well loop " + wellLoop + " differ by " + diff
                    + ", more than the bound " + bound);
            covered++;
            double rho = syy + (a * a + 4 * d * d) * wsum;
            if (diff > (24.0 * n + 160) * 0x1.0p-53 * rho) beyondRounding++;
        }
        assertTrue(covered > 15_000, "most cells count: " + covered);
        // the moved shares change the sum of squares by more than rounding: the share part of the bound is what covers it
        assertTrue(beyondRounding > 1_000, "cases beyond the rounding bound: " + beyondRounding);
    }

    /** Outside the filter's reach (concentrations spanning more than e^150) every cell takes the well loop. */
    @Test
    void theWidestGridsAreNotFiltered() {
        double[] x = {1e-40, 1e-40, 1e-10, 1e-10, 1e10, 1e10, 1e30, 1e30, 1e40, 1e40};
        double[] y = {0.1, 0.12, 0.5, 0.52, 1.4, 1.38, 2.2, 2.25, 2.4, 2.41};
        double[] w = new double[x.length];
        java.util.Arrays.fill(w, 1);
        LogisticStartGrid grid = new LogisticStartGrid(lnx(x), ConcentrationLevels.of(x), y, w, lnMin(x), lnMax(x));
        assertEquals(null, grid.filterAndWellLoopShares(0, 0, 1.0));
        Observations obs = new Observations(x, y, w, List.of());
        double[] start = new LogisticFitter(obs, CurveModel.FOUR_PL).gridStart(1.0);
        double[] before = new LogisticStartGridTest.WellByWell(x, y, w).start(1.0);
        for (int k = 0; k < start.length; k++) assertEquals(Double.doubleToRawLongBits(before[k]), Double.doubleToRawLongBits(start[k]));
    }

    /** The well loop's sum of squares at shares s (the old grid's asymptotes, then its residual sum). */
    private static double wellLoopRss(double[] s, double[] y, double[] w) {
        double[] ad = LogisticStartGridTest.WellByWell.asymptotes(s, y, w);
        if (ad == null) return Double.POSITIVE_INFINITY;
        double rss = 0;
        for (int i = 0; i < s.length; i++) {
            double r = y[i] - ad[1] - (ad[0] - ad[1]) * s[i];
            rss += w[i] * r * r;
        }
        return rss;
    }

    private static double[] lnx(double[] x) {
        double[] l = new double[x.length];
        for (int i = 0; i < x.length; i++) l[i] = x[i] > 0 ? Math.log(x[i]) : Double.NaN;
        return l;
    }

    private static double lnMin(double[] x) {
        double lo = Double.POSITIVE_INFINITY;
        for (double v : x) if (v > 0) lo = Math.min(lo, Math.log(v));
        return lo;
    }

    private static double lnMax(double[] x) {
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) if (v > 0) hi = Math.max(hi, Math.log(v));
        return hi;
    }
}
