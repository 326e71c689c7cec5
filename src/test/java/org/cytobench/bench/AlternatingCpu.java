package org.cytobench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Thread CPU of two or more ways of writing the same bytes, run in turn {@code repeats} times (so a change of load or of
 * the JIT's state touches each alike): the cost runs' shared loop.
 */
public final class AlternatingCpu {
    private AlternatingCpu() {}

    /** Per path, its {@code repeats} thread-CPU times in ns; {@code sizes[i]} gets path i's byte count. */
    public static long[][] times(List<Supplier<byte[]>> paths, int repeats, int[] sizes) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[][] t = new long[paths.size()][repeats];
        for (int r = 0; r < repeats; r++) {
            for (int i = 0; i < paths.size(); i++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                sizes[i] = paths.get(i).get().length;
                t[i][r] = cpu.getCurrentThreadCpuTime() - t0;
            }
        }
        return t;
    }

    /** The median of each path's times, in ns (the times are sorted in place). */
    public static double[] medians(long[][] t) {
        double[] med = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            Arrays.sort(t[i]);
            med[i] = t[i][t[i].length / 2];
        }
        return med;
    }
}
