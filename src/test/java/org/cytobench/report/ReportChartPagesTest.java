package org.cytobench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.ExperimentAnalyzer;
import org.cytobench.analysis.PlateAnalysis;
import org.cytobench.chart.ExportFormat;
import org.cytobench.chart.PlateHeatMapChart;
import org.cytobench.chart.StandardCurveChart;
import org.cytobench.flow.assay.FlowResults;
import org.cytobench.plate.Experiment;
import org.cytobench.project.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.pdf places each plate chart's page as a form XObject (decision 0017): the sample experiment's report, its plate
 * charts written as PDF, holds each standard curve's and residual plot's chart PDF content stream unchanged as a form; the
 * heat maps, which the report shrinks to the text width, are forms of the report's size; the forms' fonts are the
 * report's own (one subset per font); and with no chart files written (`--plate-charts none`) the forms are the same.
 */
class ReportChartPagesTest {
    private static Path dir;
    private static ExperimentAnalysis analysis;
    private static Project project;
    private static byte[] withFiles;
    private static byte[] withoutFiles;

    @BeforeAll
    static void writeTheReportWithAndWithoutChartFiles(@TempDir Path tmp) throws Exception {
        dir = tmp;
        project = ExperimentOutputsTest.sample();
        Experiment e = project.experiment();
        analysis = FlowResults.of(project).addTo(ExperimentAnalyzer.analyze(e, project.analysisSettings()));
        withFiles = report(dir.resolve("files"), EnumSet.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF));
        withoutFiles = report(dir.resolve("none"), Set.of());
    }

    private static byte[] report(Path out, Set<ExportFormat> formats) throws Exception {
        Files.createDirectories(out);
        try (ChartFiles charts = ChartFiles.start(analysis, project.experiment(), project.figureSettings(), out, 36, formats,
                Progress.NONE)) {
            ReportDocument doc = AnalysisReport.build(project, analysis, charts.plateFigures(), charts.doseFigures());
            return doc.ownPdf(project.experiment().name()).orElseThrow(() -> new AssertionError("the report fell back to PDFBox"));
        }
    }

    /** Every form XObject of the report by name, with its decoded content stream. */
    private static Map<String, byte[]> forms(PDDocument doc) throws IOException {
        Map<String, byte[]> forms = new LinkedHashMap<>();
        for (PDPage page : doc.getPages()) {
            PDResources res = page.getResources();
            for (COSName n : res.getXObjectNames()) {
                PDXObject x = res.getXObject(n);
                if (x instanceof PDFormXObject f && !forms.containsKey(n.getName())) {
                    try (InputStream in = f.getContents()) {
                        forms.put(n.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return forms;
    }

    private static byte[] pageContent(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile()); InputStream in = doc.getPage(0).getContents()) {
            return in.readAllBytes();
        }
    }

    @Test
    void eachCurveAndResidualFormIsItsChartPdfsContentStream() throws IOException {
        try (PDDocument doc = Loader.loadPDF(withFiles)) {
            List<byte[]> forms = new ArrayList<>(forms(doc).values());
            int plates = 0;
            for (PlateAnalysis p : analysis.plates()) {
                if (project.experiment().assays().get(p.index()).readings() == null) continue;
                plates++;
                for (String what : List.of("curve", "residuals")) {
                    Path chart = dir.resolve("files").resolve(OutputNames.plate(p.index(), p.name(), p.analyte().name(), what) + ".pdf");
                    byte[] content = pageContent(chart);
                    assertTrue(content.length > 1000, what + " content: " + content.length + " bytes");
                    assertEquals(1, forms.stream().filter(f -> java.util.Arrays.equals(f, content)).count(),
                            "one form of the report is " + chart.getFileName() + "'s content stream");
                }
                // the heat map is shrunk to the text width in the report: its form is drawn at that size, not the file's
                Path heat = dir.resolve("files").resolve(OutputNames.plate(p.index(), p.name(), p.analyte().name(), "heatmap") + ".pdf");
                byte[] file = pageContent(heat);
                assertFalse(forms.stream().anyMatch(f -> java.util.Arrays.equals(f, file)), "the heat map's form is of the report's size");
            }
            assertEquals(3, plates);
            assertEquals(3 * plates, forms.size(), "one form per plate chart");
        }
    }

    @Test
    void formsHaveThePagesSizeAndTheReportsOwnFonts() throws IOException {
        try (PDDocument doc = Loader.loadPDF(withFiles)) {
            PDResources pageRes = doc.getPage(0).getResources();
            Set<COSBase> reportFonts = new HashSet<>();
            for (COSName n : pageRes.getFontNames()) reportFonts.add(pageRes.getFont(n).getCOSObject());
            assertEquals(4, reportFonts.size(), "Liberation Sans and DejaVu Sans, regular and bold");
            Set<String> sizes = new HashSet<>();
            for (COSName n : pageRes.getXObjectNames()) {
                PDFormXObject f = (PDFormXObject) pageRes.getXObject(n);
                sizes.add(Math.round(f.getBBox().getWidth() * 100) + "x" + Math.round(f.getBBox().getHeight() * 100));
                PDResources res = f.getResources();
                assertNotNull(res, n.getName());
                for (COSName fn : res.getFontNames()) {
                    assertTrue(reportFonts.contains(res.getFont(fn).getCOSObject()), n.getName() + " /" + fn.getName() + " is a font of the report");
                }
            }
            java.awt.geom.Rectangle2D heat = ReportDocument.figureArea(PlateHeatMapChart.SIZE);
            Set<String> expected = Set.of(
                    Math.round(heat.getWidth() * 100) + "x" + Math.round(heat.getHeight() * 100),
                    Math.round(StandardCurveChart.SIZE.widthPoints() * 100) + "x" + Math.round(StandardCurveChart.SIZE.heightPoints() * 100),
                    Math.round(StandardCurveChart.RESIDUAL_SIZE.widthPoints() * 100) + "x"
                            + Math.round(StandardCurveChart.RESIDUAL_SIZE.heightPoints() * 100));
            assertEquals(expected, sizes);
            assertTrue(heat.getWidth() < PlateHeatMapChart.SIZE.widthPoints(), "the heat map is wider than the text");
        }
    }

    @Test
    void withoutChartFilesTheFormsAreTheSame() throws IOException {
        try (PDDocument a = Loader.loadPDF(withFiles); PDDocument b = Loader.loadPDF(withoutFiles)) {
            Map<String, byte[]> fa = forms(a);
            Map<String, byte[]> fb = forms(b);
            assertEquals(fa.keySet(), fb.keySet());
            for (String n : fa.keySet()) assertArrayEquals(fa.get(n), fb.get(n), n);
        }
        try (var list = Files.list(dir.resolve("none"))) {
            assertFalse(list.anyMatch(f -> f.getFileName().toString().startsWith("plate")), "no plate chart file written");
        }
    }
}
