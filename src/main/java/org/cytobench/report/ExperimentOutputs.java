package org.cytobench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.FutureTask;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.ExperimentAnalyzer;
import org.cytobench.analysis.PlateAnalysis;
import org.cytobench.analysis.ProgressListener;
import org.cytobench.chart.ChartExporter;
import org.cytobench.chart.ExportFormat;
import org.cytobench.chart.FigureSize;
import org.cytobench.flow.assay.FlowResults;
import org.cytobench.plate.Experiment;
import org.cytobench.project.Project;
import org.jfree.chart.ui.Drawable;

/**
 * Runs an experiment's analysis with the project's own settings and writes every output into a folder: wells.csv,
 * groups.csv, qc.csv and results.xlsx (the same three sheets), the charts as PNG, SVG and PDF (per analyte the dose chart;
 * per plate the heat map, standard curve and residuals in the formats {@link Options#plateChartFiles()} asks for) and
 * report.pdf with every chart. File names: {@link OutputNames}.
 */
public final class ExperimentOutputs {

    /**
     * @param dpi             resolution of the chart PNGs
     * @param charts          draw the charts (chart files and the report's figures); off for batch runs that only want tables
     * @param plateChartFiles the formats each plate's heat map, standard curve and residuals are written in (PNG, SVG,
     *                        PDF); empty: those charts are only drawn into report.pdf. The dose figures are always written
     *                        in all three when {@code charts} is on. Why: docs/decisions/0009-plate-chart-files-on-request.md
     */
    public record Options(int dpi, boolean charts, Set<ExportFormat> plateChartFiles) {
        /** Every chart as PNG, SVG and PDF. */
        public static final Set<ExportFormat> ALL_CHART_FILES = Collections.unmodifiableSet(
                EnumSet.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF));
        /** Everything, every plate's charts in every format ("Export → Report and all outputs…" in the workbench). */
        public static final Options DEFAULT = new Options(ChartExporter.DEFAULT_DPI, true);

        public Options {
            if (plateChartFiles.contains(ExportFormat.TIFF)) throw new IllegalArgumentException("chart files are png, svg or pdf, not tiff");
            plateChartFiles = Collections.unmodifiableSet(plateChartFiles.isEmpty() ? EnumSet.noneOf(ExportFormat.class)
                    : EnumSet.copyOf(plateChartFiles));
        }

        /** Every chart in every format (PNG, SVG, PDF). */
        public Options(int dpi, boolean charts) {
            this(dpi, charts, ALL_CHART_FILES);
        }
    }

    /** What was written, and the analysis it came from (its verdicts decide the command line's exit code). */
    public record Written(List<Path> files, int plates, ExperimentAnalysis analysis) {
        public Written {
            files = List.copyOf(files);
        }
    }

    /** The charts of one plate or analyte, kept for the report. */
    record Figure(Drawable chart, FigureSize size) {}

    private ExperimentOutputs() {}

    /**
     * Writes everything; the tables and the chart files are written on threads of their own, and this returns (or throws)
     * only after every thread it started has ended, so nothing is written into {@code dir} afterwards — also when
     * cancelled or interrupted.
     *
     * @throws java.util.concurrent.CancellationException when {@code progress} asks to stop; files written so far stay
     *                                                    (each one complete), report.pdf (written last) does not exist then
     */
    public static Written write(Project project, Path dir, Options options, Progress progress) throws IOException {
        Files.createDirectories(dir);
        Experiment e = project.experiment();
        int analysisUnits = e.assays().size() + (int) e.assays().stream().map(r -> r.layout().analyte()).distinct().count();
        int total = analysisUnits + 3;
        progress.checkCancelled();
        ProgressListener analysisProgress = listener(progress, total);
        List<PlateAnalysis> plates = ExperimentAnalyzer.plates(e, project.analysisSettings(), analysisProgress);
        // the plates' charts need only the plates' analyses: they are drawn while the flow assays are gated and the
        // dose responses' statistics computed (on a 2-core PC the second core was idle meanwhile)
        ChartFiles charts = options.charts()
                ? ChartFiles.startPlates(plates, e, project.analysisSettings(), dir, options.dpi(), options.plateChartFiles(), progress)
                : null;
        try {
            FlowResults flow = FlowResults.of(project); // flow assays, gated from their embedded FCS files (docs/flow.md)
            ExperimentAnalysis analysis = flow.addTo(ExperimentAnalyzer.withDoseResponses(e, project.analysisSettings(), plates,
                    analysisProgress));
            if (charts != null) charts.startDoseCharts(analysis, project.figureSettings(), dir, options.dpi());

            List<Path> files = new ArrayList<>();
            progress.checkCancelled();
            progress.step("tables", analysisUnits, total);
            // the tables are written on a second thread while the charts and report are drawn (2 cores halve a big run)
            FutureTask<List<Path>> tables = new FutureTask<>(() -> writeTables(analysis, e, dir, flow));
            Thread tableThread = new Thread(tables, "cytobench-tables");
            tableThread.setDaemon(true);
            tableThread.start();
            List<Path> drawn;
            try {
                drawn = drawAndReport(project, analysis, dir, progress, analysisUnits, total, charts);
            } finally {
                BackgroundResults.joinUninterruptibly(tableThread); // never leave a thread writing into the folder
            }
            files.addAll(BackgroundResults.await(tables, "writing the tables"));
            files.addAll(drawn);
            progress.step("done", total, total);
            return new Written(files, e.assays().size(), analysis);
        } finally {
            if (charts != null) charts.close(); // stops the drawing when anything above failed or was cancelled
        }
    }

    /**
     * report.pdf, and the chart files when {@code charts} (started by the caller, closed by it) is not null: the report is
     * laid out and drawn on this thread while the chart files are written on others, each figure as soon as its chart's
     * files are done; report.pdf is written after every chart.
     */
    private static List<Path> drawAndReport(Project project, ExperimentAnalysis analysis, Path dir, Progress progress,
                                            int analysisUnits, int total, ChartFiles charts) throws IOException {
        if (charts == null) return List.of(writeReport(project, analysis, dir, Map.of(), Map.of(), progress, analysisUnits, total));
        progress.step("charts", analysisUnits + 1, total);
        byte[] report = drawReport(project, analysis, charts.plateFigures(), charts.doseFigures(), progress, analysisUnits, total);
        List<Path> files = new ArrayList<>(charts.files());
        progress.checkCancelled();
        files.add(write(dir, report));
        return files;
    }

    private static Path writeReport(Project project, ExperimentAnalysis analysis, Path dir, Map<Integer, List<Figure>> plateFigures,
                                    Map<String, Figure> doseFigures, Progress progress, int analysisUnits, int total) throws IOException {
        byte[] report = drawReport(project, analysis, plateFigures, doseFigures, progress, analysisUnits, total);
        progress.checkCancelled();
        return write(dir, report);
    }

    private static byte[] drawReport(Project project, ExperimentAnalysis analysis, Map<Integer, List<Figure>> plateFigures,
                                     Map<String, Figure> doseFigures, Progress progress, int analysisUnits, int total) throws IOException {
        progress.checkCancelled();
        progress.step("report", analysisUnits + 2, total);
        try {
            return AnalysisReport.build(project, analysis, plateFigures, doseFigures).toPdf(project.experiment().name());
        } catch (UncheckedIOException ex) {
            throw ex.getCause(); // a chart the report waited for could not be written
        }
    }

    private static Path write(Path dir, byte[] report) throws IOException {
        Path pdf = dir.resolve("report.pdf");
        Files.write(pdf, report);
        return pdf;
    }

    /** The analysis's progress as the first steps of the whole run, with the same cancellation. */
    private static ProgressListener listener(Progress progress, int total) {
        return new ProgressListener() {
            @Override
            public void progress(int done, int units, String message) {
                if (done < units) progress.step(message, done, total);
            }

            @Override
            public boolean isCancelled() { return progress.isCancelled(); }
        };
    }

    private static List<Path> writeTables(ExperimentAnalysis a, Experiment e, Path dir, FlowResults flow) throws IOException {
        List<Path> files = new ArrayList<>();
        Table wells = FlowTables.withFlowWells(ResultTables.wells(a, e), flow, e.culture());
        List<Table> tables = List.of(wells, ResultTables.groups(a), ResultTables.qc(a), ResultTables.curves(a));
        for (Table t : tables) {
            Path csv = dir.resolve(t.name() + ".csv");
            TableWriter.writeCsv(t, csv);
            files.add(csv);
        }
        Path xlsx = dir.resolve("results.xlsx");
        TableWriter.writeXlsx(tables, xlsx);
        files.add(xlsx);
        // the same values for GraphPad Prism: one column table per analyte (treatments × donors or culture wells)
        Path pzfx = dir.resolve("results.pzfx");
        PzfxWriter.write(PrismTables.of(a), e.name(), e.notes(), pzfx);
        files.add(pzfx);
        return files;
    }

}
