package org.cytobench.bench;

/**
 * The two control kernels the fit's speed-mode runs time beside the fit ({@link FitSpeedModeRun},
 * {@code fit.FitPhaseModeRun}; docs/benchmarks.md, "the 4PL fit's two speeds"): they share no code or data with the fit,
 * so a slot where they slow down too is the processor's slow stretch, not the fit's.
 */
public final class ControlKernels {
    private static final double[] CONTROL = new double[64];

    static {
        for (int i = 0; i < CONTROL.length; i++) CONTROL[i] = 1 + i * 1e-3;
    }

    private ControlKernels() {}

    /** About 3 000 dependent floating-point operations and 24 exponentials: bound by latency. */
    public static double chain() {
        double s = 0;
        for (int round = 0; round < 24; round++) {
            for (int i = 0; i < CONTROL.length; i++) s = s * 0.999 + CONTROL[i];
            s = s * 1e-3 + Math.exp(-s * 1e-3);
        }
        return s;
    }

    /** Eight independent chains of multiplications and additions, a few divisions and square roots: bound by throughput. */
    public static double wide() {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        for (int round = 0; round < 40; round++) {
            for (int i = 0; i < CONTROL.length; i += 8) {
                s0 = s0 * 0.999 + CONTROL[i];
                s1 = s1 * 0.998 + CONTROL[i + 1];
                s2 = s2 * 0.997 + CONTROL[i + 2];
                s3 = s3 * 0.996 + CONTROL[i + 3];
                s4 = s4 * 0.995 + CONTROL[i + 4];
                s5 = s5 * 0.994 + CONTROL[i + 5];
                s6 = s6 * 0.993 + CONTROL[i + 6];
                s7 = s7 * 0.992 + CONTROL[i + 7];
            }
            s0 = s0 / (1 + s7 * 1e-9);
            s1 = s1 / (1 + s6 * 1e-9);
            s2 = Math.sqrt(s2 * s2 + 1);
            s3 = s3 / (1 + s4 * 1e-9);
        }
        return s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
    }
}
