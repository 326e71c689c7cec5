package org.cytobench.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cytobench.bench.SampleCharts;
import org.cytobench.bench.SampleCharts.Kind;
import org.cytobench.pdf.PdfPages;
import org.cytobench.pdf.figure.FigurePage;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ChartExporter#writeKeepingPage} (decision 0017): the same files as {@link ChartExporter#write} for every set of
 * formats, and a kept page whose content stream is the chart PDF's — drawn with the PDF, with the SVG, or alone; none
 * for a chart the PDF writer does not draw (its PDF is then the general path's, as always).
 */
class ChartPageKeptTest {

    private static byte[] pageContent(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf); InputStream in = doc.getPage(0).getContents()) {
            return in.readAllBytes();
        }
    }

    @Test
    void theFilesAreWritesAndThePageIsTheChartPdfsForEverySetOfFormats(@TempDir Path dir) throws Exception {
        List<Set<ExportFormat>> sets = List.of(EnumSet.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF),
                EnumSet.of(ExportFormat.PDF), EnumSet.of(ExportFormat.SVG), EnumSet.of(ExportFormat.PNG), EnumSet.noneOf(ExportFormat.class));
        for (Kind k : SampleCharts.kinds(false)) {
            byte[] content = pageContent(ChartExporter.pdf(k.chart().get(), k.size()));
            for (Set<ExportFormat> formats : sets) {
                Path before = Files.createDirectories(dir.resolve("before"));
                Path now = Files.createDirectories(dir.resolve("now"));
                List<Path> expected = ChartExporter.write(k.chart().get(), k.size(), formats, 72, before, "c");
                ChartExporter.FilesAndPage kept = ChartExporter.writeKeepingPage(k.chart().get(), k.size(), formats, 72, now, "c");
                assertEquals(expected.size(), kept.files().size(), k.name() + " " + formats);
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(expected.get(i).getFileName(), kept.files().get(i).getFileName());
                    byte[] a = Files.readAllBytes(expected.get(i));
                    byte[] b = Files.readAllBytes(kept.files().get(i));
                    if (expected.get(i).toString().endsWith(".pdf")) {
                        assertEquals(SvgAndPdfTest.maskedDate(a), SvgAndPdfTest.maskedDate(b), k.name() + " " + formats);
                    } else {
                        assertArrayEquals(a, b, k.name() + " " + formats + " " + expected.get(i).getFileName());
                    }
                }
                FigurePage page = kept.page().orElseThrow(() -> new AssertionError(k.name() + ": no page"));
                assertEquals(k.size().widthPoints(), page.width(), 1e-9);
                assertEquals(k.size().heightPoints(), page.height(), 1e-9);
                assertArrayEquals(content, page.content(), k.name() + " " + formats + ": the page is the chart PDF's");
                for (Path d : List.of(before, now)) {
                    try (var files = Files.list(d)) {
                        for (Path f : (Iterable<Path>) files::iterator) Files.delete(f);
                    }
                }
            }
        }
    }

    @Test
    void aPageAloneAtAnotherSizeIsTheChartPdfWritersDrawingThere() throws Exception {
        Kind heat = SampleCharts.kinds(false).get(0);
        JFreeChart chart = heat.chart().get();
        // the page of a 140 × 85 mm figure of the same chart
        FigureSize size = new FigureSize(140, 85);
        FigurePage page = ChartExporter.page(chart, size.widthPoints(), size.heightPoints()).orElseThrow();
        assertEquals(size.widthPoints(), page.width());
        byte[] pdf = ChartExporter.pdf(heat.chart().get(), size);
        assertEquals(new String(pageContent(pdf), StandardCharsets.ISO_8859_1), new String(page.content(), StandardCharsets.ISO_8859_1));
        assertFalse(java.util.Arrays.equals(pageContent(ChartExporter.pdf(heat.chart().get(), heat.size())), page.content()),
                "another size is another drawing");
    }

    @Test
    void aChartThePdfWriterCannotDrawKeepsNoPage(@TempDir Path dir) throws IOException {
        JFreeChart chart = ChartPdfWriterTest.symbols();
        chart.setBackgroundPaint(new GradientPaint(0, 0, Color.WHITE, 100, 100, new Color(200, 220, 255)));
        ChartExporter.FilesAndPage kept = ChartExporter.writeKeepingPage(chart, FigureSize.SINGLE_COLUMN,
                EnumSet.of(ExportFormat.SVG, ExportFormat.PDF), 72, dir, "g");
        assertTrue(kept.page().isEmpty());
        assertTrue(PdfPages.drawnByTextPdf(Files.readAllBytes(dir.resolve("g.pdf"))), "the PDF by the general path");
        assertTrue(Files.readString(dir.resolve("g.svg")).contains("<linearGradient"));
        assertTrue(ChartExporter.page(chart, 200, 100).isEmpty());
    }
}
