package org.cytobench.fit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;

/**
 * An experiment, not a test: would warm-starting the 5PL degeneracy rule's two refits (g held at 10⁻³ and 10³) from the
 * interior 5PL optimum, instead of from their own start grids, give the same verdicts? Over the 5PL curves of
 * {@link EngineAgreementTest}'s seeded generator, it counts curves whose "an edge fits at least as well" verdict differs
 * and the thread CPU of both ways. Run from the project root with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.cytobench.fit.WarmStartEdgeRun}; result in
 * docs/benchmarks.md.
 */
public final class WarmStartEdgeRun {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final double LN_B_MIN = Math.log(1e-2), LN_B_MAX = Math.log(1e2);

    private WarmStartEdgeRun() {}

    public static void main(String[] args) {
        Random rnd = new Random(20261201);
        int curves = 0, interior = 0, differ = 0, gridSaysEdge = 0, warmSaysEdge = 0;
        long gridCpu = 0, warmCpu = 0;
        for (int k = 0; k < 50_000; k++) {
            EngineAgreementTest.Curve cv = EngineAgreementTest.randomCurve(rnd);
            if (cv.model() != CurveModel.FIVE_PL) continue;
            curves++;
            Observations obs = Observations.select(cv.x(), cv.y(), cv.model(), cv.weighting());
            if (obs.size() <= 5 || ConcentrationLevels.of(obs.x()).distinct() < 5 || obs.outOfRange() != null || obs.isFlat()) continue;
            LogisticFitter f = new LogisticFitter(obs, CurveModel.FIVE_PL);
            double[] start = f.gridStart(Double.NaN);
            if (start == null) continue;
            double[] lnc = cRange(obs);
            LevenbergMarquardt lm5 = lm(f, obs, 5, Double.NaN, lnc);
            if (lm5.minimize(start) != LevenbergMarquardt.Outcome.CONVERGED) continue;
            double[] th = lm5.point().clone();
            double rss = lm5.rss();
            if (th[4] <= Math.log(LogisticFitter.G_MIN) + 1e-6 || th[4] >= Math.log(LogisticFitter.G_MAX) - 1e-6) continue;
            interior++;
            long t0 = MX.getCurrentThreadCpuTime();
            boolean byGrid = edgeBeats(f, obs, rss, lnc, null);
            long t1 = MX.getCurrentThreadCpuTime();
            boolean byWarm = edgeBeats(f, obs, rss, lnc, th);
            long t2 = MX.getCurrentThreadCpuTime();
            gridCpu += t1 - t0;
            warmCpu += t2 - t1;
            if (byGrid) gridSaysEdge++;
            if (byWarm) warmSaysEdge++;
            if (byGrid != byWarm) differ++;
        }
        System.out.printf("5PL curves %d, interior optima %d: an edge fits as well by grid start %d, by warm start %d; verdicts differ on %d;"
                + " CPU for the two refits: grid start %.1f µs, warm start %.1f µs per curve%n", curves, interior, gridSaysEdge,
                warmSaysEdge, differ, gridCpu / 1e3 / interior, warmCpu / 1e3 / interior);
    }

    /** Does holding g at either bound fit at least as well (the rule in LogisticFitter.hasFiniteAsymmetry)? */
    private static boolean edgeBeats(LogisticFitter f, Observations obs, double rss, double[] lnc, double[] warm) {
        for (double g : new double[] {LogisticFitter.G_MIN, LogisticFitter.G_MAX}) {
            double[] start = warm == null ? f.gridStart(g) : new double[] {warm[0], warm[1], warm[2], warm[3]};
            if (start == null) continue;
            LevenbergMarquardt lm = lm(f, obs, 4, g, lnc);
            if (lm.minimize(start) == LevenbergMarquardt.Outcome.CONVERGED && lm.rss() <= rss * (1 + 1e-9)) return true;
        }
        return false;
    }

    /** The 5PL's bounds on ln c: 10⁸ beyond the standards each way, as LogisticFitter's. */
    static double[] cRange(Observations obs) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double x : obs.x()) if (x > 0) { lo = Math.min(lo, Math.log(x)); hi = Math.max(hi, Math.log(x)); }
        return new double[] {lo - Math.log(1e8), hi + Math.log(1e8)};
    }

    /** An LM over {@code p} parameters (5: g free; 4: g held at {@code g}) with LogisticFitter's bounds. */
    static LevenbergMarquardt lm(LogisticFitter f, Observations obs, int p, double g, double[] lnc) {
        return new LevenbergMarquardt(new LevenbergMarquardt.Model() {
            @Override public void evaluate(double[] th, double[] v, double[][] j) { f.evaluate(th, p == 5 ? Double.NaN : g, v, j); }

            @Override public void project(double[] th) {
                th[1] = Math.max(LN_B_MIN, Math.min(LN_B_MAX, th[1]));
                th[2] = Math.max(lnc[0], Math.min(lnc[1], th[2]));
                if (th.length > 4) th[4] = Math.max(Math.log(LogisticFitter.G_MIN), Math.min(Math.log(LogisticFitter.G_MAX), th[4]));
            }
        }, obs.y(), obs.w(), p, 1000, 4000);
    }
}
