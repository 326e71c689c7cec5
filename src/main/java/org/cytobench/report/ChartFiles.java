package org.cytobench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.cytobench.analysis.DoseResponse;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.PlateAnalysis;
import org.cytobench.chart.ChartExporter;
import org.cytobench.chart.CurveChartData;
import org.cytobench.chart.ExportFormat;
import org.cytobench.chart.dose.DoseFigure;
import org.cytobench.chart.dose.DoseFigureSettings;
import org.cytobench.chart.dose.DosePanelData;
import org.cytobench.chart.FigureSize;
import org.cytobench.chart.PlateHeatMapChart;
import org.cytobench.chart.StandardCurveChart;
import org.cytobench.plate.AssayRun;
import org.cytobench.pdf.figure.FigurePage;
import org.cytobench.pdf.figure.FigurePdfGraphics2D;
import org.cytobench.plate.Experiment;
import org.cytobench.report.ExperimentOutputs.Figure;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;

/**
 * Every chart of an analysis, built and written as PNG, SVG and PDF on a few threads of its own: per plate the heat map,
 * standard curve and residuals, per analyte with a dose response the dose chart. The figures for the report are handed out
 * at once, so report.pdf is laid out and drawn while the chart files are still being written; a figure drawn into the
 * report waits until its own chart's files are written (a chart object is never drawn by two threads at once). Files come
 * back in plate order.
 *
 * <p>{@link #close()} stops the drawing and returns only once every chart thread has ended, so nothing writes into the
 * folder after it returns. A chart being written when it is asked to stop is finished first (never a half-written file).
 *
 * <p>A plate chart's figure is not drawn again for the report: its chart thread keeps the page the chart PDF writer drew
 * (the chart PDF's own page, or one drawn for the report alone when no PDF file is asked for or the report shows the
 * chart at another size), and report.pdf places that page as a form XObject (decision 0017). Where the chart has
 * something that writer does not draw, and in any other Graphics2D (a page image, the PDFBox fallback), the figure is
 * drawn by JFreeChart as before.
 */
final class ChartFiles implements AutoCloseable {
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** A job's charts, the files written, and per chart its page for report.pdf (empty: the report draws the chart). */
    private record Job(List<JFreeChart> charts, List<Path> files, List<Optional<FigurePage>> pages) {}

    private final List<Future<Job>> jobs = new ArrayList<>();
    private final Map<Integer, List<Figure>> plateFigures = new HashMap<>();
    private final Map<String, Figure> doseFigures = new HashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, this::thread);
    private final Progress progress;
    private volatile boolean stopped;

    private ChartFiles(Progress progress) { this.progress = progress; }

    /** Starts writing every chart of {@code a} into {@code dir}; close the result (it stops and waits for the threads). */
    static ChartFiles start(ExperimentAnalysis a, Experiment e, Path dir, int dpi, Progress progress) {
        return start(a, e, DoseFigureSettings.DEFAULT, dir, dpi, ExperimentOutputs.Options.ALL_CHART_FILES, progress);
    }

    /**
     * As {@link #start(ExperimentAnalysis, Experiment, Path, int, Progress)}, the dose figures drawn with {@code figures},
     * each plate's charts written in the {@code plateFormats} asked for (none: they are only built, for the report); the
     * dose charts always as PNG, SVG and PDF.
     */
    static ChartFiles start(ExperimentAnalysis a, Experiment e, DoseFigureSettings figures, Path dir, int dpi,
                            Set<ExportFormat> plateFormats, Progress progress) {
        ChartFiles c = startPlates(a.plates(), e, a.settings(), dir, dpi, plateFormats, progress);
        c.startDoseCharts(a, figures, dir, dpi);
        return c;
    }

    /**
     * Starts writing the plates' charts (heat map, standard curve, residuals), which need only the plates' own analyses:
     * {@code analyze} starts them before the dose-response statistics are done. {@link #startDoseCharts} adds the rest;
     * close the result (it stops and waits for the threads).
     */
    static ChartFiles startPlates(List<PlateAnalysis> plates, Experiment e, org.cytobench.analysis.AnalysisSettings settings,
                                  Path dir, int dpi, Set<ExportFormat> plateFormats, Progress progress) {
        ChartFiles c = new ChartFiles(progress);
        try {
            for (PlateAnalysis p : plates) {
                AssayRun run = e.assays().get(p.index());
                if (run.readings() == null) continue;
                Future<Job> job = c.pool.submit(() -> c.plate(p, run, settings, dir, dpi, plateFormats));
                c.jobs.add(job);
                c.plateFigures.put(p.index(), List.of(c.figure(job, 0, PlateHeatMapChart.SIZE),
                        c.figure(job, 1, StandardCurveChart.SIZE), c.figure(job, 2, StandardCurveChart.RESIDUAL_SIZE)));
            }
        } catch (RuntimeException | Error ex) {
            c.close();
            throw ex;
        }
        return c;
    }

    /**
     * Starts writing the dose charts of {@code a} (whose plates are the ones {@link #startPlates} was given), drawn with
     * {@code figures}, after the plates' charts; on failure the drawing is stopped (as {@link #close}) before it throws.
     */
    void startDoseCharts(ExperimentAnalysis a, DoseFigureSettings figures, Path dir, int dpi) {
        try {
            for (DoseResponse d : a.doseResponses()) {
                if (d.groups().isEmpty()) continue;
                DoseFigure fig = measured(() -> new DoseFigure(AnalysisCharts.dosePanel(d, a.settings()), figures));
                Future<Job> job = pool.submit(() -> dose(fig, dir, dpi, OutputNames.analyte(d.analyte().name(), "dose")));
                jobs.add(job);
                doseFigures.put(d.analyte().name(), figure(job, 0, fig.size()));
            }
            if (a.doseResponses().size() > 1) {
                // every analyte in one figure, panels A, B, C … at full page width
                List<DosePanelData> panels = new ArrayList<>();
                for (DoseResponse d : a.doseResponses()) panels.add(AnalysisCharts.dosePanel(d, a.settings()));
                DoseFigure all = measured(() -> new DoseFigure(panels, figures.withWidthMm(Math.max(figures.widthMm(), 174))));
                jobs.add(pool.submit(() -> dose(all, dir, dpi, "dose-all")));
            }
        } catch (RuntimeException | Error ex) {
            close();
            throw ex;
        }
    }

    /**
     * Builds a dose figure and measures its size here, with the caller's interrupt status set aside meanwhile: measuring
     * text reads font files through interruptible channels, and Java2D clears an interrupt it runs into there. The
     * status is put back, so a cancel that interrupted the caller is still seen.
     */
    private static DoseFigure measured(java.util.function.Supplier<DoseFigure> make) {
        boolean interrupted = Thread.interrupted();
        try {
            DoseFigure f = make.get();
            f.size();
            return f;
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** The report's figures per plate index (heat map, curve, residuals); each draws once its files are written. */
    Map<Integer, List<Figure>> plateFigures() { return plateFigures; }

    /** The report's dose figure per analyte name. */
    Map<String, Figure> doseFigures() { return doseFigures; }

    /** Waits for every chart file; the files in plate order, then the dose charts. An I/O error of a chart is rethrown. */
    List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Future<Job> f : jobs) files.addAll(await(f).files());
        return files;
    }

    /**
     * Stops the drawing (charts not started are dropped, a chart being written is finished) and returns once every chart
     * thread has ended — also when the calling thread is interrupted meanwhile (its interrupt status is kept).
     */
    @Override
    public void close() {
        stopped = true;
        for (Future<Job> f : jobs) f.cancel(false);
        pool.shutdown();
        List<Thread> started;
        synchronized (threads) {
            started = List.copyOf(threads);
        }
        for (Thread t : started) BackgroundResults.joinUninterruptibly(t);
    }

    private Thread thread(Runnable r) {
        synchronized (threads) {
            Thread t = new Thread(r, "cytobench-charts-" + (threads.size() + 1));
            t.setDaemon(true);
            threads.add(t);
            return t;
        }
    }

    /** A figure of the report: chart {@code k} of {@code job}, drawn once the job has written its files. */
    private Figure figure(Future<Job> job, int k, FigureSize size) {
        Drawable d = (g, area) -> {
            try {
                Job done = await(job);
                if (!placed(done.pages().get(k), g, area)) done.charts().get(k).draw(g, area);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        };
        return new Figure(d, size);
    }

    /**
     * Places the chart's kept page into {@code area} when {@code g} is the report's own PDF writer and the page was drawn
     * at the area's size (so it is the drawing JFreeChart would make there, moved); false when the chart must be drawn.
     */
    private static boolean placed(Optional<FigurePage> page, java.awt.Graphics2D g, java.awt.geom.Rectangle2D area) {
        if (page.isEmpty() || !(g instanceof FigurePdfGraphics2D pdf)) return false;
        FigurePage p = page.get();
        if (Math.abs(p.width() - area.getWidth()) > 1e-9 || Math.abs(p.height() - area.getHeight()) > 1e-9) return false;
        return pdf.drawPage(p, area);
    }

    /** The job's result, checking for cancellation while it waits. */
    private Job await(Future<Job> f) throws IOException {
        while (true) {
            progress.checkCancelled();
            try {
                return BackgroundResults.await(f, 100, TimeUnit.MILLISECONDS, "drawing the charts");
            } catch (TimeoutException stillDrawing) {
                // look at the cancel button again
            }
        }
    }

    private Job plate(PlateAnalysis p, AssayRun run, org.cytobench.analysis.AnalysisSettings settings, Path dir, int dpi,
                      Set<ExportFormat> formats) throws IOException {
        CurveChartData curve = AnalysisCharts.curve(p, run);
        List<JFreeChart> charts = List.of(AnalysisCharts.heatMap(run, settings), StandardCurveChart.create(curve),
                StandardCurveChart.residuals(curve));
        List<FigureSize> sizes = List.of(PlateHeatMapChart.SIZE, StandardCurveChart.SIZE, StandardCurveChart.RESIDUAL_SIZE);
        List<String> what = List.of("heatmap", "curve", "residuals");
        List<Path> files = new ArrayList<>();
        List<Optional<FigurePage>> pages = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            ChartExporter.FilesAndPage written = writeForReport(charts.get(i), sizes.get(i), dpi, dir,
                    OutputNames.plate(p.index(), p.name(), p.analyte().name(), what.get(i)), formats);
            files.addAll(written.files());
            pages.add(written.page());
        }
        return new Job(charts, files, pages);
    }

    /**
     * A plate chart's files, and its page for report.pdf: the chart PDF's page (from the same drawing, made without the
     * file when no PDF is asked for) when the report shows the chart at its own size; drawn for the report's size when it
     * shrinks the chart to the text width (JFreeChart lays a chart out anew for a smaller area: a scaled chart PDF page
     * would not look as the report's figure did).
     */
    private ChartExporter.FilesAndPage writeForReport(JFreeChart chart, FigureSize size, int dpi, Path dir, String base,
                                                      Set<ExportFormat> formats) throws IOException {
        if (stopped) throw new CancellationException("cancelled");
        java.awt.geom.Rectangle2D area = ReportDocument.figureArea(size);
        if (area.getWidth() == size.widthPoints() && area.getHeight() == size.heightPoints()) {
            return ChartExporter.writeKeepingPage(chart, size, formats, dpi, dir, base);
        }
        List<Path> files = ChartExporter.write(chart, size, formats, dpi, dir, base);
        return new ChartExporter.FilesAndPage(files, ChartExporter.page(chart, area.getWidth(), area.getHeight()));
    }

    /** A dose figure's files, drawn at its own printed size with the experiment's figure settings. */
    private Job dose(DoseFigure fig, Path dir, int dpi, String base) throws IOException {
        JFreeChart chart = fig.asChart();
        // the report draws its dose figures anew, at the text width with the experiment's settings: no page kept
        return new Job(List.of(chart), write(chart, fig.size(), dpi, dir, base, ExperimentOutputs.Options.ALL_CHART_FILES),
                List.of(Optional.empty()));
    }

    /**
     * One chart's files in the formats asked for, as {@code ChartExporter.write} writes a set of formats (SVG and PDF from
     * one drawing); stops before a chart (not inside one) when asked to.
     */
    private List<Path> write(JFreeChart chart, FigureSize size, int dpi, Path dir, String base, Set<ExportFormat> formats)
            throws IOException {
        if (stopped) throw new CancellationException("cancelled");
        return ChartExporter.write(chart, size, formats, dpi, dir, base);
    }
}
