package org.cytobench.fit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * An experiment for the maintainers' decision on issue 14's 5PL target, not a test and not a change: what would a 5PL
 * fit cost, and how many results would change, if it (1) started from the fitted 4PL (g = 1) instead of its own 180-cell
 * grid and (2) dropped the two refits with g held at 10⁻³ and 10³ (the degeneracy rule), keeping only the bound checks?
 * Over the 5PL curves of {@link EngineAgreementTest}'s seeded generator it compares today's {@link CurveFitter#fit} with
 * that sketch: thread CPU per curve (second pass, after a first one to compile both), verdicts (converged or not), and
 * where both converge the largest relative parameter difference and the ratio of the sums of squares. The sketch leaves
 * out the statistics (about 1 µs) and the standard-error check, so its time is a lower bound and its "converged" count
 * an upper bound. Run from the project root with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.cytobench.fit.FivePlProposalRun}; result in
 * docs/benchmarks.md.
 */
public final class FivePlProposalRun {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final double LN_B_MIN = Math.log(1e-2), LN_B_MAX = Math.log(1e2);
    private static final double LN_G_MIN = Math.log(LogisticFitter.G_MIN), LN_G_MAX = Math.log(LogisticFitter.G_MAX);
    private static final double ON_BOUND = 1e-6;

    private FivePlProposalRun() {}

    /** The sketch's outcome: its parameters (a, b, c, d, g), or null when it calls the curve not fitted. */
    private record Sketch(double[] params, double rss) {}

    public static void main(String[] args) throws java.io.IOException {
        benchmarkCurve();
        Random rnd = new Random(20261201);
        List<EngineAgreementTest.Curve> curves = new ArrayList<>();
        for (int k = 0; k < 50_000; k++) {
            EngineAgreementTest.Curve cv = EngineAgreementTest.randomCurve(rnd);
            if (cv.model() == CurveModel.FIVE_PL) curves.add(cv);
        }
        FitResult[] today = new FitResult[curves.size()];
        Sketch[] sketch = new Sketch[curves.size()];
        long todayCpu = 0, sketchCpu = 0;
        for (int pass = 0; pass < 2; pass++) {
            todayCpu = 0;
            sketchCpu = 0;
            for (int i = 0; i < curves.size(); i++) {
                EngineAgreementTest.Curve cv = curves.get(i);
                long t0 = MX.getCurrentThreadCpuTime();
                today[i] = CurveFitter.fit(cv.x(), cv.y(), CurveModel.FIVE_PL, cv.weighting());
                long t1 = MX.getCurrentThreadCpuTime();
                sketch[i] = sketch(cv);
                long t2 = MX.getCurrentThreadCpuTime();
                todayCpu += t1 - t0;
                sketchCpu += t2 - t1;
            }
        }
        int bothConverged = 0, onlyToday = 0, onlySketch = 0, neither = 0, differ1e7 = 0, differ1e3 = 0, sketchWorse = 0;
        double worstRel = 0;
        for (int i = 0; i < curves.size(); i++) {
            boolean t = today[i].isConverged();
            boolean s = sketch[i] != null;
            if (t && s) {
                bothConverged++;
                double rel = 0;
                for (int k = 0; k < 5; k++) {
                    double a = today[i].parameters().get(k), b = sketch[i].params()[k];
                    rel = Math.max(rel, Math.abs(a - b) / Math.max(Math.abs(a), 1e-300));
                }
                worstRel = Math.max(worstRel, rel);
                if (rel > 1e-7) differ1e7++;
                if (rel > 1e-3) differ1e3++;
                if (sketch[i].rss() > today[i].rss() * (1 + 1e-9)) sketchWorse++;
            } else if (t) {
                onlyToday++;
            } else if (s) {
                onlySketch++;
            } else {
                neither++;
            }
        }
        System.out.printf(Locale.ROOT, "5PL curves %d; CPU per curve: today %.1f µs, sketch %.1f µs%n", curves.size(),
                todayCpu / 1e3 / curves.size(), sketchCpu / 1e3 / curves.size());
        System.out.printf(Locale.ROOT, "verdicts: both converged %d, only today %d, only the sketch %d, neither %d%n",
                bothConverged, onlyToday, onlySketch, neither);
        System.out.printf(Locale.ROOT, "both converged: parameters differ by > 1e-7 relative on %d, > 1e-3 on %d (worst %.3g);"
                + " the sketch's sum of squares larger on %d%n", differ1e7, differ1e3, worstRel, sketchWorse);
    }

    /** FitBenchmark's 5PL curve: median thread CPU of today's fit and of the sketch, alternating, after a warm-up. */
    private static void benchmarkCurve() throws java.io.IOException {
        double[][] c = org.cytobench.bench.BenchmarkCurves.fivePl();
        EngineAgreementTest.Curve cv = new EngineAgreementTest.Curve(c[0], c[1], CurveModel.FIVE_PL, Weighting.NONE);
        int n = 20_000;
        long[] today = new long[n], sketch = new long[n];
        double sink = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                long t0 = MX.getCurrentThreadCpuTime();
                sink += CurveFitter.fit(cv.x(), cv.y(), CurveModel.FIVE_PL, Weighting.NONE).rss();
                long t1 = MX.getCurrentThreadCpuTime();
                Sketch s = sketch(cv);
                long t2 = MX.getCurrentThreadCpuTime();
                sink += s == null ? 0 : s.rss();
                today[i] = t1 - t0;
                sketch[i] = t2 - t1;
            }
        }
        java.util.Arrays.sort(today);
        java.util.Arrays.sort(sketch);
        System.out.printf(Locale.ROOT, "FitBenchmark's 5PL curve, median thread CPU: today %.1f µs, sketch %.1f µs (%s)%n",
                today[n / 2] / 1e3, sketch[n / 2] / 1e3, sink > 0 ? "ok" : "?");
    }

    /** The 4PL fit, then the 5PL LM from (a, ln b, ln c, d, ln g = 0), then only the bound checks. */
    private static Sketch sketch(EngineAgreementTest.Curve cv) {
        FitResult four = CurveFitter.fit(cv.x(), cv.y(), CurveModel.FOUR_PL, cv.weighting());
        if (!four.isConverged()) return null;
        Observations obs = Observations.select(cv.x(), cv.y(), CurveModel.FIVE_PL, cv.weighting());
        if (obs.size() <= 5 || obs.outOfRange() != null || obs.isFlat()) return null;
        LogisticFitter f = new LogisticFitter(obs, CurveModel.FIVE_PL);
        double[] lnc = WarmStartEdgeRun.cRange(obs);
        List<Double> p = four.parameters();
        double[] start = {p.get(0), Math.log(p.get(1)), Math.max(lnc[0], Math.min(lnc[1], Math.log(p.get(2)))), p.get(3), 0};
        LevenbergMarquardt lm = WarmStartEdgeRun.lm(f, obs, 5, Double.NaN, lnc);
        if (lm.minimize(start) != LevenbergMarquardt.Outcome.CONVERGED) return null;
        double[] th = lm.point();
        if (th[4] <= LN_G_MIN + ON_BOUND || th[4] >= LN_G_MAX - ON_BOUND) return null;
        if (th[1] <= LN_B_MIN + ON_BOUND || th[1] >= LN_B_MAX - ON_BOUND) return null;
        if (th[2] <= lnc[0] + ON_BOUND || th[2] >= lnc[1] - ON_BOUND) return null;
        return new Sketch(new double[] {th[0], Math.exp(th[1]), Math.exp(th[2]), th[3], Math.exp(th[4])}, lm.rss());
    }
}
