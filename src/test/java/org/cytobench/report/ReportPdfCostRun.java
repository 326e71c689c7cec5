package org.cytobench.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.ExperimentAnalyzer;
import org.cytobench.bench.AnalyzeRun;
import org.cytobench.flow.assay.FlowResults;
import org.cytobench.plate.Experiment;
import org.cytobench.project.Project;

/**
 * report.pdf's cost on the thread that draws it, PDFBox ({@code TextPdf}, before) against the own writer
 * ({@code pdf.figure.FigureDocument}, decision 0014), on the {@link AnalyzeRun} experiment (the sample plates repeated):
 * the report laid out once with its figures (their charts built first, so only the PDF is measured), then written both
 * ways alternately, thread CPU time, the median of the repeats; also the file sizes. In this package for
 * {@link ReportDocument#ownPdf} and {@link ReportDocument#textPdf}.
 * {@code java -Djava.awt.headless=true -cp target/classes:target/test-classes:$(cat cp.txt) org.cytobench.report.ReportPdfCostRun [PLATES] [REPEATS]}
 */
public final class ReportPdfCostRun {
    private ReportPdfCostRun() {}

    public static void main(String[] args) throws Exception {
        int plates = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Project project = AnalyzeRun.experiment(plates);
        Experiment e = project.experiment();
        ExperimentAnalysis analysis = FlowResults.of(project).addTo(ExperimentAnalyzer.analyze(e, project.analysisSettings()));
        Path dir = Files.createTempDirectory("report-cost");
        try (ChartFiles charts = ChartFiles.start(analysis, e, project.figureSettings(), dir, 36, Set.of(), Progress.NONE)) {
            charts.files(); // every chart built (and the dose charts' files written): only the PDF is measured below
            ReportDocument doc = AnalysisReport.build(project, analysis, charts.plateFigures(), charts.doseFigures());
            String title = e.name();
            List<Supplier<byte[]>> paths = List.of(() -> doc.textPdf(title), () -> doc.ownPdf(title).orElseThrow());
            int[] size = new int[2];
            for (int warm = 0; warm < 2; warm++) for (Supplier<byte[]> p : paths) p.get();
            long[][] t = org.cytobench.bench.AlternatingCpu.times(paths, repeats, size);
            double[] med = org.cytobench.bench.AlternatingCpu.medians(t);
            for (int i = 0; i < 2; i++) med[i] /= 1e9;
            System.out.printf(Locale.ROOT, "%d plates, %d pages: PDFBox %.3f s (%d B), own %.3f s (%d B): %.1f× less thread CPU;"
                    + " all PDFBox %s, own %s%n", plates, doc.pageCount(), med[0], size[0], med[1], size[1], med[0] / med[1],
                    seconds(t[0]), seconds(t[1]));
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.delete(dir);
        }
    }

    private static String seconds(long[] nanos) {
        StringBuilder b = new StringBuilder();
        for (long n : nanos) b.append(b.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.3f", n / 1e9));
        return b.toString();
    }
}
