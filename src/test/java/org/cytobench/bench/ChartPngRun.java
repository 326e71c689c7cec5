package org.cytobench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import org.cytobench.chart.ChartExporter;
import org.jfree.chart.JFreeChart;

/**
 * The whole {@code ChartExporter.png} (drawing on the reused raster and encoding) per chart kind of {@link SampleCharts}, in
 * the thread's CPU time, median of the rounds, with the file's size and CRC-32 (so that two builds can be shown to write the
 * same bytes: run it once with the classes to compare first on the class path, once without, alternating).
 * {@code java -Djava.awt.headless=true -cp [OLD-CLASSES:]target/classes:target/test-classes:$(cat cp.txt) org.cytobench.bench.ChartPngRun [ROUNDS] [DPI]}
 */
public final class ChartPngRun {
    private ChartPngRun() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int dpi = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<SampleCharts.Kind> kinds = SampleCharts.kinds(true);
        for (int warm = 0; warm < 3; warm++) {
            for (SampleCharts.Kind k : kinds) {
                JFreeChart c = k.chart().get();
                for (int i = 0; i < 4; i++) ChartExporter.png(c, k.size(), dpi);
            }
        }
        double total = 0;
        for (SampleCharts.Kind k : kinds) {
            JFreeChart c = k.chart().get();
            long[] t = new long[rounds];
            byte[] png = null;
            for (int r = 0; r < rounds; r++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                png = ChartExporter.png(c, k.size(), dpi);
                t[r] = cpu.getCurrentThreadCpuTime() - t0;
            }
            Arrays.sort(t);
            CRC32 crc = new CRC32();
            crc.update(png);
            double med = t[rounds / 2] / 1e6;
            if (!k.name().startsWith("dose")) total += med;
            System.out.printf(Locale.ROOT, "%-15s %d dpi: %6.2f ms (min %6.2f) | %7d B | crc %08x%n", k.name(), dpi, med, t[0] / 1e6,
                    png.length, crc.getValue());
        }
        System.out.printf(Locale.ROOT, "per plate (heat map + curve + residuals): %.2f ms%n", total);
    }
}
