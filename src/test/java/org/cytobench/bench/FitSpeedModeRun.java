package org.cytobench.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cytobench.fit.CurveFitter;
import org.cytobench.fit.CurveModel;
import org.cytobench.fit.FitResult;
import org.cytobench.fit.Weighting;

/**
 * Is a slow stretch of fits the fit's code or the processor it runs on (docs/benchmarks.md, "Issue 14: the 4PL fit's two
 * speeds")? In one JVM, alternates short slots of timed fits (FitBenchmark's curves) with as many timed runs of two
 * control kernels that share no code or data with the fit: a chain of dependent multiplications and additions with a
 * few {@code Math.exp} (bound by latency), and eight independent chains (bound by the core's throughput, which whatever
 * else runs on the same physical core takes a share of). Prints each slot's medians, then the fits' median over the
 * slots where the throughput control ran at its usual speed ("quiet") and where it ran at least 15 % slower
 * ("contended"). If the fits' slow stretches are the ones where the control is slow too, the processor is the cause, not
 * the fit's compiled code. Only the public API is used, so an older build's classes can be put first on the class path.
 * Not a test; run from the project root with
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.cytobench.bench.FitSpeedModeRun [seconds] [reps] [4pl|4pl-y2|5pl] [warm-up seconds]}
 * (with no warm-up the first slots show how long the JIT takes to reach the steady state).
 */
public final class FitSpeedModeRun {
    static double sink;

    private FitSpeedModeRun() {}

    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String which = args.length > 2 ? args[2] : "4pl";
        double[] conc = BenchmarkCurves.elisaConcentrations(), od = BenchmarkCurves.elisaResponses();
        CurveModel model = CurveModel.FOUR_PL;
        Weighting weighting = which.equals("4pl-y2") ? Weighting.INV_Y2 : Weighting.NONE;
        if (which.equals("5pl")) {
            double[][] c = BenchmarkCurves.fivePl();
            conc = c[0];
            od = c[1];
            model = CurveModel.FIVE_PL;
        }
        long[] fit = new long[n], chain = new long[n], wide = new long[n];
        double warmUp = args.length > 3 ? Double.parseDouble(args[3]) : 3;
        long end = System.nanoTime() + (long) (warmUp * 1e9);
        while (System.nanoTime() < end) slot(conc, od, model, weighting, fit, chain, wide);   // warm-up
        end = System.nanoTime() + (long) (seconds * 1e9);
        List<double[]> slots = new ArrayList<>();
        System.out.println("jvm_uptime_s fit_median_us fit_p10_us chain_median_us wide_median_us");
        while (System.nanoTime() < end) {
            slot(conc, od, model, weighting, fit, chain, wide);
            Arrays.sort(fit);
            Arrays.sort(chain);
            Arrays.sort(wide);
            double[] s = {java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, fit[n / 2] / 1e3,
                          fit[n / 10] / 1e3, chain[n / 2] / 1e3, wide[n / 2] / 1e3};
            slots.add(s);
            System.out.printf("%.3f %.3f %.3f %.3f %.3f%n", s[0], s[1], s[2], s[3], s[4]);
        }
        double wideMin = slots.stream().mapToDouble(s -> s[4]).min().orElse(Double.NaN);
        double[] quiet = slots.stream().filter(s -> s[4] < 1.05 * wideMin).mapToDouble(s -> s[1]).sorted().toArray();
        double[] contended = slots.stream().filter(s -> s[4] > 1.15 * wideMin).mapToDouble(s -> s[1]).sorted().toArray();
        double[] all = slots.stream().mapToDouble(s -> s[1]).sorted().toArray();
        System.out.printf("%s: %d slots; fit median over all slots %.3f µs; quiet (control within 5 %% of its fastest): %d"
                        + " slots, fit %.3f µs; contended (control 15 %% slower or more): %d slots, fit %.3f µs%n", which,
                all.length, median(all), quiet.length, median(quiet), contended.length, median(contended));
        System.out.println("sink " + sink);
    }

    private static double median(double[] sorted) {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }

    private static void slot(double[] conc, double[] od, CurveModel model, Weighting weighting, long[] fit, long[] chain,
                             long[] wide) {
        for (int i = 0; i < fit.length; i++) {
            long t0 = System.nanoTime();
            FitResult r = CurveFitter.fit(conc, od, model, weighting);
            fit[i] = System.nanoTime() - t0;
            sink += r.rss();
        }
        for (int i = 0; i < chain.length; i++) {
            long t0 = System.nanoTime();
            sink += ControlKernels.chain();
            chain[i] = System.nanoTime() - t0;
        }
        for (int i = 0; i < wide.length; i++) {
            long t0 = System.nanoTime();
            sink += ControlKernels.wide();
            wide[i] = System.nanoTime() - t0;
        }
    }
}
