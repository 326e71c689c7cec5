package org.cytobench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cytobench.analysis.DoseResponse;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.ExperimentAnalyzer;
import org.cytobench.analysis.PlateAnalysis;
import org.cytobench.chart.ChartExporter;
import org.cytobench.chart.CurveChartData;
import org.cytobench.chart.FigureSize;
import org.cytobench.chart.PlateHeatMapChart;
import org.cytobench.chart.StandardCurveChart;
import org.cytobench.chart.dose.DoseFigure;
import org.cytobench.chart.dose.DoseFigureSettings;
import org.cytobench.chart.dose.DosePanelData;
import org.cytobench.plate.AssayRun;
import org.cytobench.project.Project;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SVG and PDF files {@link ChartFiles} writes (both from one drawing of each chart) are the files
 * {@link ChartExporter#svg} and {@link ChartExporter#pdf} write for the same chart built anew: every plate chart and dose
 * chart of the sample experiment, the PDFs compared with their /CreationDate masked.
 */
class ChartFilesVectorTest {

    @Test
    void everyChartsSvgAndPdfAreThoseWrittenSeparately(@TempDir Path dir) throws Exception {
        Project p = ExperimentOutputsTest.sample();
        ExperimentAnalysis a = ExperimentAnalyzer.analyze(p.experiment(), p.analysisSettings());
        List<Path> files;
        try (ChartFiles c = ChartFiles.start(a, p.experiment(), dir, 72, Progress.NONE)) {
            files = c.files();
        }
        int compared = 0;
        for (PlateAnalysis pa : a.plates()) {
            AssayRun run = p.experiment().assays().get(pa.index());
            if (run.readings() == null) continue;
            CurveChartData curve = AnalysisCharts.curve(pa, run);
            compared += compare(dir, OutputNames.plate(pa.index(), pa.name(), pa.analyte().name(), "heatmap"),
                    AnalysisCharts.heatMap(run, a.settings()), PlateHeatMapChart.SIZE);
            compared += compare(dir, OutputNames.plate(pa.index(), pa.name(), pa.analyte().name(), "curve"),
                    StandardCurveChart.create(curve), StandardCurveChart.SIZE);
            compared += compare(dir, OutputNames.plate(pa.index(), pa.name(), pa.analyte().name(), "residuals"),
                    StandardCurveChart.residuals(curve), StandardCurveChart.RESIDUAL_SIZE);
        }
        for (DoseResponse d : a.doseResponses()) {
            if (d.groups().isEmpty()) continue;
            DoseFigure fig = new DoseFigure(AnalysisCharts.dosePanel(d, a.settings()), DoseFigureSettings.DEFAULT);
            compared += compare(dir, OutputNames.analyte(d.analyte().name(), "dose"), fig.asChart(), fig.size());
        }
        if (a.doseResponses().size() > 1) {
            List<DosePanelData> panels = a.doseResponses().stream().map(d -> AnalysisCharts.dosePanel(d, a.settings())).toList();
            DoseFigure all = new DoseFigure(panels,
                    DoseFigureSettings.DEFAULT.withWidthMm(Math.max(DoseFigureSettings.DEFAULT.widthMm(), 174)));
            compared += compare(dir, "dose-all", all.asChart(), all.size());
        }
        // every SVG written was compared, its PDF too
        long svgs;
        try (var list = Files.list(dir)) {
            svgs = list.filter(f -> f.getFileName().toString().endsWith(".svg")).count();
        }
        assertTrue(compared >= 12, "charts compared: " + compared);
        assertEquals(svgs, compared);
        assertTrue(files.contains(dir.resolve(OutputNames.analyte(a.doseResponses().get(0).analyte().name(), "dose") + ".pdf")));
    }

    private static int compare(Path dir, String base, JFreeChart chart, FigureSize size) throws Exception {
        String svg = Files.readString(dir.resolve(base + ".svg"), StandardCharsets.UTF_8);
        byte[] pdf = Files.readAllBytes(dir.resolve(base + ".pdf"));
        assertEquals(ChartExporter.svg(chart, size), svg, base + ".svg");
        assertEquals(masked(ChartExporter.pdf(chart, size)), masked(pdf), base + ".pdf");
        return 1;
    }

    private static String masked(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1)
                .replaceFirst("/CreationDate \\(D:\\d{14}\\+00'00'\\)", "/CreationDate (D:00000000000000+00'00')");
    }
}
