package org.cytobench.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The array LM on its own: a known optimum, its failure outcomes, and no allocation while it iterates. */
class LevenbergMarquardtTest {
    /** y = p0·exp(p1·x), exact data from p = (2, −0.5). */
    private static final double[] X = {0, 0.5, 1, 1.5, 2, 3, 4, 6};

    private static final class Exponential implements LevenbergMarquardt.Model {
        @Override public void evaluate(double[] p, double[] value, double[][] jac) {
            for (int i = 0; i < X.length; i++) {
                double e = Math.exp(p[1] * X[i]);
                value[i] = p[0] * e;
                jac[i][0] = e;
                jac[i][1] = p[0] * X[i] * e;
            }
        }

        @Override public void project(double[] p) { }
    }

    private static double[] data(double p0, double p1) {
        double[] y = new double[X.length];
        for (int i = 0; i < X.length; i++) y[i] = p0 * Math.exp(p1 * X[i]);
        return y;
    }

    @Test
    void findsTheExactOptimumFromAFarStart() {
        double[] w = new double[X.length];
        java.util.Arrays.fill(w, 1);
        LevenbergMarquardt lm = new LevenbergMarquardt(new Exponential(), data(2, -0.5), w, 2, 1000, 4000);
        assertEquals(LevenbergMarquardt.Outcome.CONVERGED, lm.minimize(new double[] {10, 0.3}));
        assertArrayEquals(new double[] {2, -0.5}, lm.point(), 1e-10);
        assertTrue(lm.rss() < 1e-20, "rss " + lm.rss());
    }

    @Test
    void stopsAtTheIterationLimit() {
        double[] w = new double[X.length];
        java.util.Arrays.fill(w, 1);
        LevenbergMarquardt lm = new LevenbergMarquardt(new Exponential(), data(2, -0.5), w, 2, 1, 4000);
        assertEquals(LevenbergMarquardt.Outcome.TOO_MANY_ITERATIONS, lm.minimize(new double[] {10, 0.3}));
    }

    @Test
    void aNonFiniteJacobianIsNoProgressNotAnException() {
        double[] w = new double[X.length];
        java.util.Arrays.fill(w, 1);
        LevenbergMarquardt lm = new LevenbergMarquardt(new Exponential(), data(2, -0.5), w, 2, 1000, 4000);
        assertEquals(LevenbergMarquardt.Outcome.NO_PROGRESS, lm.minimize(new double[] {1, 1e6}));
    }

    @Test
    void iteratingAllocatesNothing() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] y = data(2, -0.5), w = new double[X.length];
        java.util.Arrays.fill(w, 1);
        y[3] *= 1.01;   // a residual left, so that it iterates
        LevenbergMarquardt lm = new LevenbergMarquardt(new Exponential(), y, w, 2, 1000, 4000);
        double[] start = {10, 0.3};
        for (int k = 0; k < 2000; k++) lm.minimize(start);            // warm up (and compile)
        long before = mx.getCurrentThreadAllocatedBytes();
        int iterations = 0;
        for (int k = 0; k < 1000; k++) {
            lm.minimize(start);
            iterations += lm.iterations();
        }
        long allocated = mx.getCurrentThreadAllocatedBytes() - before;
        assertTrue(iterations > 3000, "iterations " + iterations);
        assertTrue(allocated < 1024, allocated + " bytes allocated over " + iterations + " iterations");
    }
}
