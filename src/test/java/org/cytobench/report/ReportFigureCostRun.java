package org.cytobench.report;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.cytobench.bench.AlternatingCpu;
import org.cytobench.bench.SampleCharts;
import org.cytobench.chart.ChartExporter;
import org.cytobench.pdf.figure.FigureDocument;
import org.cytobench.pdf.figure.FigurePage;
import org.cytobench.pdf.figure.FigurePdfGraphics2D;
import org.jfree.chart.JFreeChart;

/**
 * What a plate chart costs the thread that writes report.pdf (decision 0017): a one-page A4 document with the chart at
 * the report's size, either drawn by JFreeChart into the page (before) or its kept page placed as a form XObject (now);
 * and, on the chart thread, drawing the page alone (what the heat map and `--plate-charts none` add there). Thread CPU,
 * alternating, median of the repeats. In this package for {@link ReportDocument#figureArea}.
 * {@code java -Djava.awt.headless=true -cp target/classes:target/test-classes:$(cat cp.txt) org.cytobench.report.ReportFigureCostRun [REPEATS]}
 */
public final class ReportFigureCostRun {
    private ReportFigureCostRun() {}

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        for (SampleCharts.Kind k : SampleCharts.kinds(false)) {
            if (k.name().startsWith("dose")) continue; // the report draws its dose figures anew
            JFreeChart chart = k.chart().get();
            Rectangle2D size = ReportDocument.figureArea(k.size());
            Rectangle2D area = new Rectangle2D.Double(48, 100, size.getWidth(), size.getHeight());
            FigurePage kept = ChartExporter.page(chart, size.getWidth(), size.getHeight()).orElseThrow();
            List<Supplier<byte[]>> paths = List.of(
                    () -> report(g -> chart.draw(g, area)),
                    () -> report(g -> ((FigurePdfGraphics2D) g).drawPage(kept, area)),
                    () -> ChartExporter.page(chart, size.getWidth(), size.getHeight()).orElseThrow().content());
            int[] bytes = new int[3];
            for (int warm = 0; warm < 3; warm++) AlternatingCpu.times(paths, Math.max(1, repeats / 3), bytes);
            double[] med = AlternatingCpu.medians(AlternatingCpu.times(paths, repeats, bytes));
            System.out.printf(Locale.ROOT, "%-15s report thread: drawn %.0f µs (%d B), placed %.0f µs (%d B); chart thread: page alone %.0f µs%n",
                    k.name(), med[0] / 1e3, bytes[0], med[1] / 1e3, bytes[1], med[2] / 1e3);
        }
    }

    private static byte[] report(java.util.function.Consumer<java.awt.Graphics2D> figure) {
        try (FigureDocument doc = new FigureDocument()) {
            if (!doc.page(ReportDocument.PAGE_W, ReportDocument.PAGE_H, figure)) throw new IllegalStateException(doc.unsupported());
            return doc.toPdf("cost");
        }
    }
}
