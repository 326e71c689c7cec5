package org.cytobench.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.cytobench.pdf.PdfBoxWarnings;
import org.cytobench.pdf.PdfContent;
import org.cytobench.pdf.PdfPages;
import org.cytobench.project.ProjectFiles;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.ImageTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chart PDFs of {@link org.cytobench.pdf.figure.FigurePdf} against those of the general path ({@code TextPdf}) on the
 * same charts: the four chart kinds of the sample experiment ({@code bench.SampleCharts}) and a line
 * chart with µ, α, γ, ², −, ≤ in its labels. Same page, every word of the old PDF's text, embedded subset fonts, no PDFBox
 * warning, and the same look when both are rendered by PDFBox.
 */
class ChartPdfWriterTest {
    record Kind(String name, Supplier<JFreeChart> chart, FigureSize size) {}

    private static List<Kind> kinds;

    @BeforeAll
    static void charts() throws Exception {
        List<Kind> all = new java.util.ArrayList<>();
        for (org.cytobench.bench.SampleCharts.Kind k : org.cytobench.bench.SampleCharts.kinds(false)) all.add(new Kind(k.name(), k.chart(), k.size()));
        all.add(new Kind("line chart with symbols", ChartPdfWriterTest::symbols, FigureSize.SINGLE_COLUMN));
        kinds = List.copyOf(all);
    }

    static JFreeChart symbols() {
        XYSeries s = new XYSeries("IL-6 ≤ 5 µg/mL");
        for (int i = 1; i <= 8; i++) s.add(i * 10 - 40, Math.log(i) - 0.6);
        JFreeChart chart = ChartFactory.createXYLineChart("TNF-α and IFN-γ per m² (−log)", "IL-6 (µg/mL), ≤ LLOQ", "OD 450 − blank (α, γ, m²)",
                new XYSeriesCollection(s));
        return ChartStyle.apply(chart);
    }

    private static byte[] oldPdf(Kind k) {
        return ChartExporter.textPdf(k.chart().get(), k.size());
    }

    private static byte[] newPdf(Kind k) {
        return ChartExporter.pdf(k.chart().get(), k.size());
    }

    @Test
    void everyChartKindIsWrittenByTheOwnWriter() throws IOException {
        for (Kind k : kinds) {
            assertFalse(drawnByTextPdf(newPdf(k)), k.name() + " fell back to the general path");
        }
    }

    @Test
    void theNewPdfOpensWithoutWarningsHasThePageAndEveryWordOfTheOldOne() throws IOException {
        for (Kind k : kinds) {
            byte[] pdf = newPdf(k);
            PdfContent now = PdfContent.of(pdf);
            PdfContent before = PdfContent.of(oldPdf(k));
            assertEquals(1, now.pages().size());
            assertEquals(k.size().widthPoints(), now.pages().get(0).getWidth(), 0.001, k.name());
            assertEquals(k.size().heightPoints(), now.pages().get(0).getHeight(), 0.001, k.name());
            assertEquals(before.pages().get(0).getWidth(), now.pages().get(0).getWidth(), 0.001);
            assertEquals(before.pages().get(0).getHeight(), now.pages().get(0).getHeight(), 0.001);
            // word by word; rotated text the stripper breaks into pieces by glyph position, differently in the two files,
            // so a word of the old file may also be found in the new file's text without white space
            String nowUnspaced = now.text().replaceAll("\\s+", "");
            Set<String> missing = new LinkedHashSet<>(words(before.text()));
            missing.removeAll(words(now.text()));
            missing.removeIf(nowUnspaced::contains);
            assertTrue(missing.isEmpty(), k.name() + ": missing " + missing + " in:\n" + now.text());
            // and every character of it, as often (the new file has more: log-axis ticks are text there, outlines before)
            String rest = sorted(now.text());
            for (int cp : sorted(before.text()).codePoints().toArray()) {
                int at = rest.indexOf(cp);
                assertTrue(at >= 0, k.name() + ": '" + Character.toString(cp) + "' missing; old\n" + before.text() + "\nnew\n" + now.text());
                rest = rest.substring(0, at) + rest.substring(at + Character.charCount(cp));
            }
            assertFalse(now.fonts().isEmpty(), k.name());
            for (PdfContent.FontUse f : now.fonts()) {
                assertTrue(f.embeddedTrueType() && f.subset() && f.name().contains("DejaVuSans"), k.name() + ": " + f);
            }
        }
    }

    @Test
    void pdfBoxReadsAndRendersThemWithoutAWarning(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        for (Kind k : kinds) {
            Path f = dir.resolve(files.size() + ".pdf");
            Files.write(f, newPdf(k));
            files.add(f);
        }
        assertEquals(List.of(), PdfBoxWarnings.warnings(files));
        // and the check can fail: a /Length 12 bytes longer than the stream
        byte[] pdf = newPdf(kinds.get(2));
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = s.indexOf("/Length ") + "/Length ".length();
        int end = s.indexOf(' ', at);
        String broken = s.substring(0, at) + (Integer.parseInt(s.substring(at, end)) + 12) + s.substring(end);
        Path bad = dir.resolve("bad.pdf");
        Files.write(bad, broken.getBytes(StandardCharsets.ISO_8859_1));
        assertFalse(PdfBoxWarnings.warnings(List.of(bad)).isEmpty());
    }

    @Test
    void chartsWrittenOnManyThreadsAtOnceAreTheSameFiles() throws Exception {
        // analyze writes charts in parallel: the pooled parsed fonts and the kept subsets are shared
        List<JFreeChart> charts = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (Kind k : kinds) {
            charts.add(k.chart().get());
            expected.add(undated(ChartExporter.pdf(charts.get(charts.size() - 1), k.size())));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int k = i % kinds.size();
                // a chart is not thread-safe to draw: each task draws its own copy
                done.add(pool.submit(() -> undated(ChartExporter.pdf(kinds.get(k).chart().get(), kinds.get(k).size()))));
            }
            for (int i = 0; i < done.size(); i++) assertEquals(expected.get(i % kinds.size()), done.get(i).get(), "task " + i);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String undated(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1).replaceAll("/CreationDate \\(D:\\d{14}\\+00'00'\\)", "")
                .replaceAll("startxref\n\\d+", "").replaceAll("\\d{10} 00000 n", "");
    }

    @Test
    void everyChartPdfOfTheSampleExperimentsOutputsIsWrittenByTheOwnWriter(@TempDir Path dir) throws Exception {
        org.cytobench.report.ExperimentOutputs.write(new ProjectFiles().open(Path.of("sample-data", "thymalfasin-pbmc.cytobench")), dir,
                new org.cytobench.report.ExperimentOutputs.Options(36, true), org.cytobench.report.Progress.NONE);
        List<Path> pdfs;
        try (var files = Files.list(dir)) {
            pdfs = files.filter(f -> f.toString().endsWith(".pdf") && !f.endsWith("report.pdf")).sorted().toList();
        }
        assertTrue(pdfs.size() >= 16, "plate charts and dose figures: " + pdfs); // 3 plates × 3 charts, 7 dose figures
        for (Path f : pdfs) assertFalse(drawnByTextPdf(Files.readAllBytes(f)), f.getFileName() + " fell back to TextPdf");
        assertFalse(drawnByTextPdf(Files.readAllBytes(dir.resolve("report.pdf"))), "report.pdf is the own writer's too (decision 0014)");
    }

    @Test
    void logAxisTickLabelsAreTextToo() throws IOException {
        // JFreeChart draws them through TextLayout (a GlyphVector); the general path wrote outlines
        Kind curve = kinds.get(1);
        List<String> words = words(PdfContent.of(newPdf(curve)).text());
        for (String tick : new String[] {"10", "100", "1000"}) assertTrue(words.contains(tick), tick + " in " + words);
        assertFalse(words(PdfContent.of(oldPdf(curve)).text()).contains("1000"), "the old file has them as outlines");
    }

    @Test
    void symbolsAreRealText() throws IOException {
        String text = PdfContent.of(ChartExporter.pdf(symbols(), FigureSize.SINGLE_COLUMN)).text();
        String unspaced = text.replaceAll("\\s+", "");
        for (String s : new String[] {"TNF-α and IFN-γ per m² (−log)", "IL-6 (µg/mL), ≤ LLOQ", "IL-6 ≤ 5 µg/mL"}) {
            assertTrue(text.contains(s), "'" + s + "' in: " + text);
        }
        assertTrue(unspaced.contains("OD450−blank(α,γ,m²)"), text);
    }

    @Test
    void theNewAndTheOldPdfLookTheSame() throws IOException {
        for (Kind k : kinds) {
            BufferedImage now = render(newPdf(k));
            BufferedImage before = render(oldPdf(k));
            assertEquals(before.getWidth(), now.getWidth());
            assertEquals(before.getHeight(), now.getHeight());
            long differing = 0;
            long inked = 0;
            for (int y = 0; y < now.getHeight(); y++) {
                for (int x = 0; x < now.getWidth(); x++) {
                    int a = now.getRGB(x, y);
                    int b = before.getRGB(x, y);
                    if (PdfPages.maxChannelDifference(a, b) > 64) differing++;
                    if ((b & 0xFFFFFF) != 0xFFFFFF) inked++;
                }
            }
            double fraction = differing / (double) (now.getWidth() * now.getHeight());
            assertTrue(inked > 1000, k.name() + ": the old PDF rendered almost blank");
            assertTrue(fraction <= 0.01, k.name() + ": " + differing + " pixels (" + fraction + ") differ");
        }
    }

    @Test
    void aChartWithAGradientOrAnImageIsDrawnByTheGeneralPathAndIsStillCorrect() throws IOException {
        JFreeChart gradient = symbols();
        gradient.setBackgroundPaint(new GradientPaint(0, 0, Color.WHITE, 100, 100, new Color(200, 220, 255)));
        JFreeChart image = symbols();
        BufferedImage logo = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
        image.addSubtitle(new ImageTitle(logo));
        for (JFreeChart c : new JFreeChart[] {gradient, image}) {
            byte[] pdf = ChartExporter.pdf(c, FigureSize.SINGLE_COLUMN);
            assertTrue(drawnByTextPdf(pdf), "fell back to TextPdf");
            PdfContent content = PdfContent.of(pdf);
            assertTrue(content.text().contains("TNF-α and IFN-γ per m² (−log)"), content.text());
            assertEquals(FigureSize.SINGLE_COLUMN.widthPoints(), content.pages().get(0).getWidth(), 0.001);
        }
        // and the plain chart is not
        assertFalse(drawnByTextPdf(ChartExporter.pdf(symbols(), FigureSize.SINGLE_COLUMN)));
    }

    private static boolean drawnByTextPdf(byte[] pdf) throws IOException {
        return PdfPages.drawnByTextPdf(pdf);
    }

    private static BufferedImage render(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, 96);
        }
    }

    private static String sorted(String text) {
        return text.replaceAll("\\s+", "").codePoints().sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static List<String> words(String text) {
        List<String> w = new ArrayList<>();
        for (String s : text.split("\\s+")) if (!s.isEmpty()) w.add(s);
        return w;
    }

}
