package org.cytobench.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.ExperimentAnalyzer;
import org.cytobench.chart.CurveChartData;
import org.cytobench.chart.FigureSize;
import org.cytobench.chart.PlateHeatMapChart;
import org.cytobench.chart.StandardCurveChart;
import org.cytobench.chart.dose.DoseFigure;
import org.cytobench.chart.dose.DosePanelData;
import org.cytobench.plate.AssayRun;
import org.cytobench.project.Project;
import org.cytobench.project.ProjectFiles;
import org.cytobench.report.AnalysisCharts;
import org.jfree.chart.JFreeChart;

/**
 * The chart kinds `analyze` writes, drawn from the sample experiment as it draws them, for the chart benchmarks and
 * tests: the IL-6 plate's heat map, standard curve and residuals, the IL-6 dose chart and dose-all (every analyte a
 * panel, at least 174 mm wide). Each chart is made anew by its supplier.
 */
public final class SampleCharts {
    private SampleCharts() {}

    /** One chart kind: its name, a maker, its printed size. */
    public record Kind(String name, Supplier<JFreeChart> chart, FigureSize size) {}

    /** The heat map, standard curve, residuals and dose chart; with {@code doseAll}, dose-all as well. */
    public static List<Kind> kinds(boolean doseAll) throws Exception {
        Project p = new ProjectFiles().open(Path.of("sample-data", "thymalfasin-pbmc.cytobench"));
        ExperimentAnalysis a = ExperimentAnalyzer.analyze(p.experiment(), p.analysisSettings());
        AssayRun run = p.experiment().assays().get(0);
        CurveChartData curve = AnalysisCharts.curve(a.plates().get(0), run);
        DoseFigure dose = new DoseFigure(AnalysisCharts.dosePanel(a.doseResponse("IL-6").orElseThrow(), a.settings()),
                p.figureSettings());
        List<Kind> kinds = new ArrayList<>(List.of(new Kind("heat map", () -> PlateHeatMapChart.create(run), PlateHeatMapChart.SIZE),
                new Kind("standard curve", () -> StandardCurveChart.create(curve), StandardCurveChart.SIZE),
                new Kind("residuals", () -> StandardCurveChart.residuals(curve), StandardCurveChart.RESIDUAL_SIZE),
                new Kind("dose chart", dose::asChart, dose.size())));
        if (doseAll) {
            List<DosePanelData> panels = a.doseResponses().stream().map(d -> AnalysisCharts.dosePanel(d, a.settings())).toList();
            DoseFigure all = new DoseFigure(panels, p.figureSettings().withWidthMm(Math.max(p.figureSettings().widthMm(), 174)));
            kinds.add(new Kind("dose-all", all::asChart, all.size()));
        }
        return List.copyOf(kinds);
    }

    /** The kind called {@code name} (one of {@link #kinds(boolean)} with dose-all). */
    public static Kind kind(String name) throws Exception {
        return kinds(true).stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no chart kind " + name));
    }
}
