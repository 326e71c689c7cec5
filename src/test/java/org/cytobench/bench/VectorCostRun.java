package org.cytobench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cytobench.chart.ChartExporter;
import org.jfree.chart.JFreeChart;

/**
 * A chart's SVG and PDF written separately ({@link ChartExporter#svg} then {@link ChartExporter#pdf}: JFreeChart draws
 * the chart twice) against together ({@link ChartExporter#svgAndPdf}: drawn once, through the tee), on the chart kinds of
 * {@link SampleCharts} with dose-all: thread CPU time (a shared machine inflates wall time far more), the two run
 * alternately in one JVM (which goes first swapping every round), the median of many. The chart is built once per kind.
 * {@code java -Djava.awt.headless=true -cp target/classes:target/test-classes:$(cat cp.txt) org.cytobench.bench.VectorCostRun [REPEATS]}
 */
public final class VectorCostRun {
    private VectorCostRun() {}

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        List<SampleCharts.Kind> kinds = SampleCharts.kinds(true);
        JFreeChart[] charts = new JFreeChart[kinds.size()];
        for (int i = 0; i < charts.length; i++) charts[i] = kinds.get(i).chart().get();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int warm = 0; warm < 150; warm++) {
            for (int i = 0; i < charts.length; i++) {
                sink += separately(charts[i], kinds.get(i)) + together(charts[i], kinds.get(i));
            }
        }
        System.out.printf(Locale.ROOT, "%-15s | %13s %11s | %s%n", "chart", "separately ms", "together ms", "ratio");
        double[] sums = new double[2];
        for (int k = 0; k < charts.length; k++) {
            long[][] t = new long[2][repeats];
            for (int r = 0; r < repeats; r++) {
                for (int j = 0; j < 2; j++) {
                    int which = (r + j) % 2;
                    long t0 = cpu.getCurrentThreadCpuTime();
                    sink += which == 0 ? separately(charts[k], kinds.get(k)) : together(charts[k], kinds.get(k));
                    t[which][r] = cpu.getCurrentThreadCpuTime() - t0;
                }
            }
            double[] med = new double[2];
            for (int i = 0; i < 2; i++) {
                Arrays.sort(t[i]);
                med[i] = t[i][repeats / 2] / 1e6;
                sums[i] += med[i];
            }
            System.out.printf(Locale.ROOT, "%-15s | %13.2f %11.2f | %.2f%n", kinds.get(k).name(), med[0], med[1], med[1] / med[0]);
        }
        System.out.printf(Locale.ROOT, "%-15s | %13.2f %11.2f | %.2f   (bytes %d)%n", "sum", sums[0], sums[1], sums[1] / sums[0], sink);
    }

    private static long separately(JFreeChart c, SampleCharts.Kind k) {
        return ChartExporter.svg(c, k.size()).length() + ChartExporter.pdf(c, k.size()).length;
    }

    private static long together(JFreeChart c, SampleCharts.Kind k) {
        ChartExporter.SvgAndPdf both = ChartExporter.svgAndPdf(c, k.size());
        return both.svg().length() + both.pdf().length;
    }
}
