package org.cytobench.fit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * Where a fit's time goes: thread CPU per phase (well selection, start grid, Levenberg–Marquardt from the grid start, and
 * for the 5PL the two grids and LM runs with g held at its bounds) on the increasing-zero (4PL) and fivepl-finite (5PL)
 * reference curves, 8 rounds of 3000. The LM runs here skip most of the fit's projection onto the bounds (the interior
 * run none, the held-g runs all but b's), which these two curves do not need: the iteration counts are the fit's. Not a
 * test; run from the project root with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.cytobench.fit.FitPhaseRun}; numbers in
 * docs/benchmarks.md. The LM runs evaluate the model by columns, as the fit's LM does.
 */
public final class FitPhaseRun {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    public static void main(String[] args) throws Exception {
        for (String name : new String[] {"increasing-zero", "fivepl-finite"}) {
            double[][] c = ReferenceFitTest.readCurve(Path.of("src/test/resources/fit/" + name + ".csv"));
            boolean five = name.startsWith("fivepl");
            CurveModel model = five ? CurveModel.FIVE_PL : CurveModel.FOUR_PL;
            Observations obs = Observations.select(c[0], c[1], model, Weighting.NONE);
            int N = 3000;
            for (int round = 0; round < 8; round++) {
                long t0 = MX.getCurrentThreadCpuTime();
                for (int i = 0; i < N; i++) CurveFitter.fit(c[0], c[1], model, Weighting.NONE);
                long t1 = MX.getCurrentThreadCpuTime();
                for (int i = 0; i < N; i++) Observations.select(c[0], c[1], model, Weighting.NONE);
                long t2 = MX.getCurrentThreadCpuTime();
                for (int i = 0; i < N; i++) new LogisticFitter(obs, model).gridStart(five ? Double.NaN : 1.0);
                long t3 = MX.getCurrentThreadCpuTime();
                LogisticFitter f = new LogisticFitter(obs, model);
                double[] start = f.gridStart(five ? Double.NaN : 1.0);
                int it = 0;
                for (int i = 0; i < N; i++) {
                    LevenbergMarquardt lm = new LevenbergMarquardt(new LevenbergMarquardt.ColumnModel() {
                        public void evaluate(double[] th, double[] v, double[][] j) { f.evaluate(th, five ? Double.NaN : 1.0, v, j); }
                        public void evaluateColumns(double[] th, double[] v, double[][] j) { f.evaluateColumns(th, five ? Double.NaN : 1.0, v, j); }
                        public void project(double[] th) {}
                    }, obs.y(), obs.w(), start.length, 1000, 4000);
                    lm.minimize(start); it = lm.iterations();
                }
                long t4 = MX.getCurrentThreadCpuTime();
                long t5 = t4, t6 = t4; int itEdge = 0;
                if (five) {
                    for (int i = 0; i < N; i++) { f.gridStart(1e-3); f.gridStart(1e3); }
                    t5 = MX.getCurrentThreadCpuTime();
                    for (double g : new double[] {1e-3, 1e3}) {
                        double[] s = f.gridStart(g);
                        for (int i = 0; i < N; i++) {
                            LevenbergMarquardt lm = new LevenbergMarquardt(new LevenbergMarquardt.ColumnModel() {
                                public void evaluate(double[] th, double[] v, double[][] j) { f.evaluate(th, g, v, j); }
                                public void evaluateColumns(double[] th, double[] v, double[][] j) { f.evaluateColumns(th, g, v, j); }
                                public void project(double[] th) {
                                    th[1] = Math.max(Math.log(1e-2), Math.min(Math.log(1e2), th[1]));
                                }
                            }, obs.y(), obs.w(), 4, 1000, 4000);
                            lm.minimize(s); itEdge += lm.iterations();
                        }
                    }
                    t6 = MX.getCurrentThreadCpuTime();
                    itEdge /= N;
                }
                System.out.printf("%s total %.2f | select %.2f grid %.2f lm %.2f (it %d) edgeGrids %.2f edgeLMs %.2f (it %d) µs%n", name,
                        (t1 - t0) / 1e3 / N, (t2 - t1) / 1e3 / N, (t3 - t2) / 1e3 / N, (t4 - t3) / 1e3 / N, it,
                        (t5 - t4) / 1e3 / N, (t6 - t5) / 1e3 / N, itEdge);
            }
        }
    }
}
