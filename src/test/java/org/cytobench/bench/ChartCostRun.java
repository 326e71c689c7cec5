package org.cytobench.bench;

import java.util.List;
import java.util.Locale;
import org.cytobench.chart.ChartExporter;
import org.jfree.chart.JFreeChart;

/**
 * What one chart costs per format (warm, mean of many): the sample experiment's IL-6 heat map, standard curve, residuals and
 * dose chart, built and written as PNG at 300 dpi, SVG and PDF in memory.
 * {@code java -cp ... org.cytobench.bench.ChartCostRun [REPEATS]}
 */
public final class ChartCostRun {
    private ChartCostRun() {}

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<SampleCharts.Kind> kinds = SampleCharts.kinds(false);
        for (int pass = 0; pass < 2; pass++) { // the first pass warms up
            for (SampleCharts.Kind k : kinds) {
                long build = 0, png = 0, svg = 0, pdf = 0;
                for (int i = 0; i < repeats; i++) {
                    long t0 = System.nanoTime();
                    JFreeChart c = k.chart().get();
                    long t1 = System.nanoTime();
                    ChartExporter.png(c, k.size(), 300);
                    long t2 = System.nanoTime();
                    ChartExporter.svg(c, k.size());
                    long t3 = System.nanoTime();
                    ChartExporter.pdf(c, k.size());
                    long t4 = System.nanoTime();
                    build += t1 - t0; png += t2 - t1; svg += t3 - t2; pdf += t4 - t3;
                }
                if (pass == 1) {
                    System.out.printf(Locale.ROOT, "%-15s build %5.1f ms | PNG 300 dpi %6.1f ms | SVG %5.1f ms | PDF %5.1f ms%n", k.name(),
                            build / 1e6 / repeats, png / 1e6 / repeats, svg / 1e6 / repeats, pdf / 1e6 / repeats);
                }
            }
        }
    }
}
