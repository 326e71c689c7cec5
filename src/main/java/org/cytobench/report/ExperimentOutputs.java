package org.cytobench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.ExperimentAnalyzer;
import org.cytobench.analysis.ProgressListener;
import org.cytobench.chart.ChartExporter;
import org.cytobench.chart.FigureSize;
import org.cytobench.flow.assay.FlowResults;
import org.cytobench.plate.Experiment;
import org.cytobench.project.Project;
import org.jfree.chart.JFreeChart;

/**
 * Runs an experiment's analysis with the project's own settings and writes every output into a folder: wells.csv,
 * groups.csv, qc.csv and results.xlsx (the same three sheets), every chart as PNG, SVG and PDF (per plate the heat map,
 * standard curve and residuals; per analyte the dose chart) and report.pdf. File names: {@link OutputNames}.
 */
public final class ExperimentOutputs {

    /** @param charts write chart files and put charts in the report; off for batch runs that only want tables */
    public record Options(int dpi, boolean charts) {
        public static final Options DEFAULT = new Options(ChartExporter.DEFAULT_DPI, true);
    }

    /** What was written, and the analysis it came from (its verdicts decide the command line's exit code). */
    public record Written(List<Path> files, int plates, ExperimentAnalysis analysis) {
        public Written {
            files = List.copyOf(files);
        }
    }

    /** The charts of one plate or analyte, kept for the report. */
    record Figure(JFreeChart chart, FigureSize size) {}

    private ExperimentOutputs() {}

    /**
     * @throws java.util.concurrent.CancellationException when {@code progress} asks to stop; files written so far stay,
     *                                                    report.pdf (written last) does not exist then
     */
    public static Written write(Project project, Path dir, Options options, Progress progress) throws IOException {
        Files.createDirectories(dir);
        Experiment e = project.experiment();
        int analysisUnits = e.assays().size() + (int) e.assays().stream().map(r -> r.layout().analyte()).distinct().count();
        int total = analysisUnits + 3;
        progress.checkCancelled();
        FlowResults flow = FlowResults.of(project); // flow assays, gated from their embedded FCS files (docs/flow.md)
        ExperimentAnalysis analysis = flow.addTo(ExperimentAnalyzer.analyze(e, project.analysisSettings(), listener(progress, total)));

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
            drawn = drawAndReport(project, analysis, dir, options, progress, analysisUnits, total);
        } catch (IOException | RuntimeException | Error ex) {
            joinQuietly(tableThread); // never leave a thread writing into the folder after returning
            throw ex;
        }
        files.addAll(BackgroundResults.await(tables, "writing the tables"));
        files.addAll(drawn);
        progress.step("done", total, total);
        return new Written(files, e.assays().size(), analysis);
    }

    private static List<Path> drawAndReport(Project project, ExperimentAnalysis analysis, Path dir, Options options,
                                            Progress progress, int analysisUnits, int total) throws IOException {
        Experiment e = project.experiment();
        List<Path> files = new ArrayList<>();

        Map<Integer, List<Figure>> plateFigures = Map.of();
        Map<String, Figure> doseFigures = Map.of();
        if (options.charts()) {
            progress.step("charts", analysisUnits + 1, total);
            ChartFiles.Result charts = ChartFiles.write(analysis, e, dir, options.dpi(), progress);
            files.addAll(charts.files());
            plateFigures = charts.plateFigures();
            doseFigures = charts.doseFigures();
        }

        progress.checkCancelled();
        progress.step("report", analysisUnits + 2, total);
        Path pdf = dir.resolve("report.pdf");
        Files.write(pdf, AnalysisReport.build(project, analysis, plateFigures, doseFigures).toPdf(e.name()));
        files.add(pdf);
        return files;
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
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
        List<Table> tables = List.of(wells, ResultTables.groups(a), ResultTables.qc(a));
        for (Table t : tables) {
            Path csv = dir.resolve(t.name() + ".csv");
            TableWriter.writeCsv(t, csv);
            files.add(csv);
        }
        Path xlsx = dir.resolve("results.xlsx");
        TableWriter.writeXlsx(tables, xlsx);
        files.add(xlsx);
        return files;
    }

}
