package org.cytobench.bench;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.cytobench.chart.FigureSize;
import org.cytobench.pdf.TextPdf;
import org.cytobench.pdf.figure.FigurePdf;
import org.jfree.chart.JFreeChart;

/**
 * A chart PDF's cost, the general path ({@link TextPdf}: PDFBox and pdfbox-graphics2d) against the own figure writer
 * ({@link FigurePdf}, decision 0013), on the four chart kinds of {@link ChartCostRun}: thread CPU time (a shared machine
 * inflates wall time far more) of drawing the chart and writing the PDF bytes, the two run alternately in one JVM, the
 * median of many; also the file sizes. The chart is built once per kind (building is not the PDF's cost).
 * {@code java -Djava.awt.headless=true -cp target/classes:target/test-classes:$(cat cp.txt) org.cytobench.bench.ChartPdfCostRun [REPEATS]}
 */
public final class ChartPdfCostRun {
    private ChartPdfCostRun() {}

    record Kind(String name, JFreeChart chart, FigureSize size) {}

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        List<Kind> kinds = new java.util.ArrayList<>();
        for (SampleCharts.Kind k : SampleCharts.kinds(false)) kinds.add(new Kind(k.name(), k.chart().get(), k.size()));
        for (int warm = 0; warm < 200; warm++) { // fewer leaves the JIT still compiling PDFBox and JFreeChart paths
            for (Kind k : kinds) {
                old(k);
                own(k);
            }
        }
        System.out.printf(Locale.ROOT, "%-15s | %9s %9s | %8s %8s | %s%n", "chart", "PDFBox ms", "own ms", "PDFBox B", "own B", "speed-up");
        for (Kind k : kinds) {
            int[] size = new int[2];
            List<Supplier<byte[]>> paths = List.of(() -> old(k), () -> own(k));
            long[][] t = AlternatingCpu.times(paths, repeats, size);
            double[] med = AlternatingCpu.medians(t);
            for (int i = 0; i < 2; i++) med[i] /= 1e6;
            System.out.printf(Locale.ROOT, "%-15s | %9.2f %9.2f | %8d %8d | %.1f×%n", k.name(), med[0], med[1], size[0], size[1], med[0] / med[1]);
        }
    }

    private static byte[] old(Kind k) {
        return new TextPdf("Cytobench chart").page(k.size().widthPoints(), k.size().heightPoints(),
                g -> k.chart().draw(g, new Rectangle2D.Double(0, 0, k.size().widthPoints(), k.size().heightPoints()))).toBytes();
    }

    private static byte[] own(Kind k) {
        return FigurePdf.draw(k.size().widthPoints(), k.size().heightPoints(), "Cytobench chart",
                g -> k.chart().draw(g, new Rectangle2D.Double(0, 0, k.size().widthPoints(), k.size().heightPoints()))).orElseThrow();
    }
}
