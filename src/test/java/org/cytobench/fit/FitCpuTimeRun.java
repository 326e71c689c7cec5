package org.cytobench.fit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * Thread CPU time per fit, array engine against the Commons Math engine, on the increasing-zero (4PL) and
 * fivepl-finite (5PL) reference curves: the best of 30 rounds of 2000 (500 for Commons Math) fits. CPU time, unlike
 * JMH's wall time, is not inflated by the process waiting for a core, so it stays meaningful on a shared machine (cache
 * contention still inflates it somewhat). Not a test; run from the project root with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.cytobench.fit.FitCpuTimeRun}.
 */
public final class FitCpuTimeRun {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private FitCpuTimeRun() {}

    public static void main(String[] args) throws Exception {
        for (String name : List.of("increasing-zero", "fivepl-finite")) {
            double[][] c = ReferenceFitTest.readCurve(Path.of("src/test/resources/fit/" + name + ".csv"));
            CurveModel model = name.startsWith("fivepl") ? CurveModel.FIVE_PL : CurveModel.FOUR_PL;
            double arrays = best(() -> CurveFitter.fit(c[0], c[1], model, Weighting.NONE, LogisticFitter.Engine.ARRAYS), 2000);
            double commons = best(() -> CurveFitter.fit(c[0], c[1], model, Weighting.NONE, LogisticFitter.Engine.COMMONS_MATH), 500);
            System.out.printf("%s %s unweighted: arrays %.2f µs, Commons Math %.2f µs CPU per fit%n", name, model.id(), arrays, commons);
        }
    }

    private static double best(Runnable fit, int n) {
        double best = Double.POSITIVE_INFINITY;
        for (int round = 0; round < 30; round++) {
            long t0 = MX.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) fit.run();
            best = Math.min(best, (MX.getCurrentThreadCpuTime() - t0) / 1e3 / n);
        }
        return best;
    }
}
