package org.cytobench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cytobench.analysis.DoseResponse;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.PlateAnalysis;
import org.cytobench.chart.ChartExporter;
import org.cytobench.chart.CurveChartData;
import org.cytobench.chart.dose.DoseFigure;
import org.cytobench.chart.dose.DoseFigureSettings;
import org.cytobench.chart.dose.DosePanelData;
import org.cytobench.chart.PlateHeatMapChart;
import org.cytobench.chart.StandardCurveChart;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.Experiment;
import org.cytobench.report.ExperimentOutputs.Figure;

/**
 * Every chart of an analysis, built and written as PNG, SVG and PDF: per plate the heat map, standard curve and residuals,
 * per analyte with a dose response the dose chart. Plates are drawn in parallel (each chart is its own object, drawn
 * into its own image or document), which roughly halves a 100-plate run on two cores; files and figures come back in
 * plate order.
 */
final class ChartFiles {
    private ChartFiles() {}

    /** The files written, and the charts for the report: per plate index, per analyte name. */
    record Result(List<Path> files, Map<Integer, List<Figure>> plateFigures, Map<String, Figure> doseFigures) {}

    private record Job(Integer plate, String analyte, List<Figure> figures, List<Path> files) {}

    static Result write(ExperimentAnalysis a, Experiment e, Path dir, int dpi, Progress progress) throws IOException {
        return write(a, e, DoseFigureSettings.DEFAULT, dir, dpi, progress);
    }

    static Result write(ExperimentAnalysis a, Experiment e, DoseFigureSettings figures, Path dir, int dpi, Progress progress)
            throws IOException {
        List<Callable<Job>> jobs = new ArrayList<>();
        for (PlateAnalysis p : a.plates()) {
            AssayRun run = e.assays().get(p.index());
            if (run.readings() != null) jobs.add(() -> plate(p, run, dir, dpi));
        }
        for (DoseResponse d : a.doseResponses()) {
            if (!d.groups().isEmpty()) jobs.add(() -> dose(d, a, figures, dir, dpi));
        }
        if (a.doseResponses().size() > 1) jobs.add(() -> doseAll(a, figures, dir, dpi));
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), r -> {
            Thread t = new Thread(r, "cytobench-charts-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Job>> futures = new ArrayList<>();
            for (Callable<Job> j : jobs) futures.add(pool.submit(j));
            Result result = new Result(new ArrayList<>(), new HashMap<>(), new HashMap<>());
            for (Future<Job> f : futures) {
                progress.checkCancelled();
                Job job = BackgroundResults.await(f, "drawing the charts");
                result.files().addAll(job.files());
                if (job.plate() != null) result.plateFigures().put(job.plate(), job.figures());
                else result.doseFigures().put(job.analyte(), job.figures().get(0));
            }
            return result;
        } finally {
            pool.shutdownNow(); // on cancellation or failure: stop drawing, and wait so that nothing writes after we return
            awaitQuietly(pool);
        }
    }

    private static Job plate(PlateAnalysis p, AssayRun run, Path dir, int dpi) throws IOException {
        CurveChartData curve = AnalysisCharts.curve(p, run);
        List<Figure> figs = List.of(new Figure(PlateHeatMapChart.create(run), PlateHeatMapChart.SIZE),
                new Figure(StandardCurveChart.create(curve), StandardCurveChart.SIZE),
                new Figure(StandardCurveChart.residuals(curve), StandardCurveChart.RESIDUAL_SIZE));
        List<String> what = List.of("heatmap", "curve", "residuals");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < figs.size(); i++) {
            files.addAll(write(figs.get(i), dpi, dir, OutputNames.plate(p.index(), p.name(), p.analyte().name(), what.get(i))));
        }
        return new Job(p.index(), null, figs, files);
    }

    /** The analyte's dose figure as the experiment's figure settings draw it, at the chosen journal width. */
    private static Job dose(DoseResponse d, ExperimentAnalysis a, DoseFigureSettings s, Path dir, int dpi) throws IOException {
        DoseFigure fig = new DoseFigure(AnalysisCharts.dosePanel(d, a.settings()), s);
        Figure f = new Figure(fig.asChart(), fig.size());
        return new Job(null, d.analyte().name(), List.of(f), write(f, dpi, dir, OutputNames.analyte(d.analyte().name(), "dose")));
    }

    /** Every analyte in one figure, panels A, B, C … at full page width ({@code dose-all}). */
    private static Job doseAll(ExperimentAnalysis a, DoseFigureSettings s, Path dir, int dpi) throws IOException {
        List<DosePanelData> panels = new ArrayList<>();
        for (DoseResponse d : a.doseResponses()) panels.add(AnalysisCharts.dosePanel(d, a.settings()));
        DoseFigure fig = new DoseFigure(panels, s.withWidthMm(Math.max(s.widthMm(), 174)));
        Figure f = new Figure(fig.asChart(), fig.size());
        return new Job(null, ALL_ANALYTES, List.of(f), write(f, dpi, dir, "dose-all"));
    }

    /** The key of the multi-panel figure among the dose figures. */
    static final String ALL_ANALYTES = "";

    private static List<Path> write(Figure f, int dpi, Path dir, String base) throws IOException {
        ChartExporter.writeAll(f.chart(), f.size(), dpi, dir, base);
        return List.of(dir.resolve(base + ".png"), dir.resolve(base + ".svg"), dir.resolve(base + ".pdf"));
    }


    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
