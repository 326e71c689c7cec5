package org.cytobench.fit;

import org.cytobench.bench.BenchmarkCurves;
import org.cytobench.bench.ControlKernels;

import java.util.Arrays;

/**
 * Which part of a 4PL fit runs slower in the fit's slow stretches (docs/benchmarks.md, "the 4PL fit's two speeds")? In
 * one JVM, slots of {@code reps} timed repetitions of: the whole fit, the start grid alone, the LM alone from the grid's
 * start (one kept instance), and two control kernels that share no code with the fit (a latency-bound chain, and eight
 * independent chains); each slot's medians in µs. FitBenchmark's curve. Not a test; run with
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.cytobench.fit.FitPhaseModeRun [seconds] [reps]}.
 */
public final class FitPhaseModeRun {
    private static final double[] CONC = BenchmarkCurves.elisaConcentrations();
    private static final double[] OD = BenchmarkCurves.elisaResponses();
    static double sink;

    private FitPhaseModeRun() {}

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Observations obs = Observations.select(CONC, OD, CurveModel.FOUR_PL, Weighting.NONE);
        LogisticFitter f = new LogisticFitter(obs, CurveModel.FOUR_PL);
        double[] start = f.gridStart(1.0);
        LevenbergMarquardt lm = new LevenbergMarquardt(new LevenbergMarquardt.ColumnModel() {
            @Override public void evaluate(double[] th, double[] v, double[][] j) { f.evaluate(th, 1.0, v, j); }
            @Override public void evaluateColumns(double[] th, double[] v, double[][] j) { f.evaluateColumns(th, 1.0, v, j); }
            @Override public void project(double[] th) {}
        }, obs.y(), obs.w(), 4, 1000, 4000);
        long[][] t = new long[5][n];
        long end = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < end) slot(t, obs, start, lm);
        end = System.nanoTime() + (long) (seconds * 1e9);
        System.out.println("jvm_uptime_s fit grid lm chain wide (slot medians, µs)");
        while (System.nanoTime() < end) {
            slot(t, obs, start, lm);
            StringBuilder line = new StringBuilder(String.format("%.3f", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3));
            for (long[] a : t) {
                Arrays.sort(a);
                line.append(String.format(" %.3f", a[n / 2] / 1e3));
            }
            System.out.println(line);
        }
        System.out.println(sink);
    }

    private static void slot(long[][] t, Observations obs, double[] start, LevenbergMarquardt lm) {
        int n = t[0].length;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            sink += CurveFitter.fit(CONC, OD, CurveModel.FOUR_PL, Weighting.NONE).rss();
            t[0][i] = System.nanoTime() - t0;
        }
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            sink += new LogisticFitter(obs, CurveModel.FOUR_PL).gridStart(1.0)[0];
            t[1][i] = System.nanoTime() - t0;
        }
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            lm.minimize(start);
            sink += lm.rss();
            t[2][i] = System.nanoTime() - t0;
        }
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            sink += ControlKernels.chain();
            t[3][i] = System.nanoTime() - t0;
        }
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            sink += ControlKernels.wide();
            t[4][i] = System.nanoTime() - t0;
        }
    }
}
