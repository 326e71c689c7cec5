package org.cytobench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.ExperimentAnalyzer;
import org.cytobench.chart.FigureSize;
import org.cytobench.flow.assay.FlowResults;
import org.cytobench.pdf.PdfBoxWarnings;
import org.cytobench.pdf.PdfPages;
import org.cytobench.plate.Experiment;
import org.cytobench.project.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.pdf of the sample experiment written by the own writer ({@code pdf.figure.FigureDocument}, decision 0014) against
 * the same report through PDFBox ({@code TextPdf}, before): the same pages, the same words at the same places, one
 * embedded subset per font for the whole document, no PDFBox warning, the same look; and the fallback to PDFBox when a page
 * has something the own writer does not draw.
 */
class ReportPdfWriterTest {
    private static String title;
    private static byte[] before;
    private static byte[] now;
    private static int laidOutPages;
    private static ReportDocument report;

    @BeforeAll
    static void writeTheSampleReportBothWays(@TempDir Path dir) throws Exception {
        Project project = ExperimentOutputsTest.sample();
        Experiment e = project.experiment();
        FlowResults flow = FlowResults.of(project);
        ExperimentAnalysis analysis = flow.addTo(ExperimentAnalyzer.analyze(e, project.analysisSettings()));
        // the plate charts only built (no files), as `analyze --plate-charts none`; the dose charts' files go to dir
        try (ChartFiles charts = ChartFiles.start(analysis, e, project.figureSettings(), dir, 36, Set.of(), Progress.NONE)) {
            ReportDocument doc = AnalysisReport.build(project, analysis, charts.plateFigures(), charts.doseFigures());
            title = e.name();
            laidOutPages = doc.pageCount();
            report = doc;
            before = doc.textPdf(title);
            now = doc.ownPdf(title).orElseThrow(() -> new AssertionError("the sample report fell back to PDFBox"));
            assertFalse(drawnByTextPdf(doc.toPdf(title)), "toPdf uses the own writer");
        }
    }

    @Test
    void samePagesSameInfoAndTheOwnWriterWroteIt() throws IOException {
        try (PDDocument a = Loader.loadPDF(before); PDDocument b = Loader.loadPDF(now)) {
            assertTrue(laidOutPages >= 8, "pages: " + laidOutPages);
            assertEquals(laidOutPages, a.getNumberOfPages());
            assertEquals(laidOutPages, b.getNumberOfPages());
            for (int p = 0; p < laidOutPages; p++) {
                assertEquals(595.28, b.getPage(p).getMediaBox().getWidth(), 0.001, "A4, page " + (p + 1));
                assertEquals(841.89, b.getPage(p).getMediaBox().getHeight(), 0.001, "A4, page " + (p + 1));
                assertEquals(a.getPage(p).getMediaBox().getWidth(), b.getPage(p).getMediaBox().getWidth(), 0.001);
                assertEquals(a.getPage(p).getMediaBox().getHeight(), b.getPage(p).getMediaBox().getHeight(), 0.001);
            }
            PDDocumentInformation ia = a.getDocumentInformation();
            PDDocumentInformation ib = b.getDocumentInformation();
            assertTrue(title.contains("TNF-α"), title); // a title beyond Latin-1 reads back whole
            assertEquals(title, ib.getTitle());
            assertEquals(ia.getTitle(), ib.getTitle());
            assertEquals("Cytobench", ib.getAuthor());
            assertEquals("Cytobench", ib.getCreator());
            assertTrue(ib.getCreationDate() != null);
        }
        assertTrue(drawnByTextPdf(before));
        assertFalse(drawnByTextPdf(now));
    }

    @Test
    void everyPageHasTheSameText() throws IOException {
        try (PDDocument a = Loader.loadPDF(before); PDDocument b = Loader.loadPDF(now)) {
            int pagesWithTicks = 0;
            for (int p = 1; p <= laidOutPages; p++) {
                // white space aside: the stripper finds word gaps from glyph positions, which move by hundredths of a point
                String ta = pageText(a, p).replaceAll("\\s+", "");
                String tb = pageText(b, p).replaceAll("\\s+", "");
                assertTrue(ta.length() > 200, "page " + p + " has text");
                // the standard curves' log-axis tick labels (10, 100, 1000) are text now, outlines before (as in the chart
                // PDFs): the old text is the new one without some 1s and 0s
                assertTrue(subsequence(ta, tb), "page " + p + ": old text not in new:\n" + ta + "\n" + tb);
                String extra = extraCharacters(ta, tb);
                assertTrue(extra.matches("[01]*"), "page " + p + ": extra text " + extra);
                if (!extra.isEmpty()) {
                    pagesWithTicks++;
                    assertTrue(tb.contains("1000"), "page " + p + ": the log axis's ticks");
                }
            }
            assertEquals(3, pagesWithTicks, "the three plates' standard curve and residuals pages");
        }
    }

    @Test
    void everyGlyphSitsWhereItDidBefore() throws IOException {
        for (int p = 1; p <= laidOutPages; p++) {
            List<Glyph> a = glyphs(before, p);
            List<Glyph> b = glyphs(now, p);
            assertTrue(a.size() > 200, "page " + p + ": " + a.size() + " glyphs");
            int j = 0;
            int skipped = 0;
            double worst = 0;
            for (Glyph ga : a) {
                // skip the new file's log-axis tick glyphs (1s and 0s the old file drew as outlines)
                while (j < b.size() && !same(ga, b.get(j)) && (b.get(j).text().equals("1") || b.get(j).text().equals("0"))) {
                    j++;
                    skipped++;
                }
                assertTrue(j < b.size(), "page " + p + ": '" + ga.text() + "' at " + ga.x() + ", " + ga.y() + " missing");
                Glyph gb = b.get(j++);
                assertTrue(same(ga, gb), "page " + p + ": " + ga + " is " + gb);
                worst = Math.max(worst, Math.abs(ga.x() - gb.x()));
            }
            for (; j < b.size(); j++, skipped++) assertTrue(b.get(j).text().matches("[01]"), "page " + p + ": new glyph " + b.get(j));
            assertTrue(worst < 0.1, "page " + p + ": a glyph moved by " + worst + " pt");
            assertTrue(skipped == 0 || skipped >= 9, "page " + p + ": log ticks 10, 100, 1000 at least: " + skipped);
        }
    }

    /**
     * The same character at the same place: baseline and size to 0.01 pt, and along the line to 0.01 pt plus half a
     * thousandth of an em per glyph before it in its text run. PDFBox writes the fonts' widths (W) rounded to whole
     * thousandths of an em, the own writer as the font has them (what Java 2D laid the text out with), so in the old file
     * each glyph may sit up to that much further along or back; a run's first glyph sits where it did.
     */
    private static boolean same(Glyph a, Glyph b) {
        double allowed = 0.01 + 0.0005 * a.size() * a.inRun();
        return a.text().equals(b.text()) && a.inRun() == b.inRun() && Math.abs(a.y() - b.y()) <= 0.01
                && Math.abs(a.size() - b.size()) <= 0.01 && Math.abs(a.x() - b.x()) <= allowed;
    }

    @Test
    void oneEmbeddedSubsetPerFontForTheWholeDocument() throws IOException {
        try (PDDocument doc = Loader.loadPDF(now)) {
            Set<COSDictionary> fonts = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName n : res.getFontNames()) {
                    PDFont f = res.getFont(n);
                    fonts.add(f.getCOSObject());
                    names.add(f.getName());
                    assertTrue(f.getName().matches("[A-Z]{6}\\+.*"), "a subset: " + f.getName());
                    assertTrue(f instanceof PDType0Font t0 && t0.getDescendantFont().getFontDescriptor().getFontFile2() != null,
                            "embedded TrueType: " + f.getName());
                    assertTrue(f instanceof PDType0Font t0 && t0.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) != null,
                            "ToUnicode: " + f.getName());
                }
            }
            // the report's Liberation Sans, regular and bold, and the charts' DejaVu Sans, regular and bold: four fonts on
            // 17 pages, each page referring to the same four
            assertEquals(4, fonts.size(), names.toString());
            assertEquals(4, names.size(), names.toString());
            for (String family : new String[] {"LiberationSans", "LiberationSans-Bold", "DejaVuSans", "DejaVuSans-Bold"}) {
                assertTrue(names.stream().anyMatch(n -> n.endsWith("+" + family)), family + " in " + names);
            }
        }
    }

    @Test
    void pdfBoxReadsAndRendersItWithoutAWarning(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("report.pdf");
        Files.write(f, now);
        assertEquals(List.of(), PdfBoxWarnings.warnings(List.of(f)));
    }

    @Test
    void everyPageLooksAsBefore() throws IOException {
        try (PDDocument a = Loader.loadPDF(before); PDDocument b = Loader.loadPDF(now)) {
            PDFRenderer ra = new PDFRenderer(a);
            PDFRenderer rb = new PDFRenderer(b);
            for (int p = 0; p < laidOutPages; p++) {
                BufferedImage ia = ra.renderImageWithDPI(p, 72);
                BufferedImage ib = rb.renderImageWithDPI(p, 72);
                assertEquals(ia.getWidth(), ib.getWidth());
                assertEquals(ia.getHeight(), ib.getHeight());
                long differing = 0;
                long inked = 0;
                for (int y = 0; y < ia.getHeight(); y++) {
                    for (int x = 0; x < ia.getWidth(); x++) {
                        int pa = ia.getRGB(x, y);
                        if ((pa & 0xFFFFFF) != 0xFFFFFF) inked++;
                        if (PdfPages.maxChannelDifference(pa, ib.getRGB(x, y)) > 64 && !closeNearby(ia, ib, x, y)) differing++;
                    }
                }
                assertTrue(inked > 2000, "page " + (p + 1) + " rendered almost blank");
                // anti-aliasing only: the log-axis tick labels are glyphs now where they were outlines
                assertTrue(differing <= inked / 200, "page " + (p + 1) + ": " + differing + " of " + inked + " inked pixels differ");
            }
        }
    }

    @Test
    void theReportWrittenWhileChartPdfsAreWrittenOnOtherThreadsIsTheSameFile() throws Exception {
        // analyze draws report.pdf on its main thread while the chart threads write chart PDFs: the parsed fonts are pooled
        // and the font subsets kept across documents and threads
        List<org.cytobench.bench.SampleCharts.Kind> kinds = org.cytobench.bench.SampleCharts.kinds(false);
        List<String> expected = new ArrayList<>();
        for (var k : kinds) expected.add(undated(org.cytobench.chart.ChartExporter.pdf(k.chart().get(), k.size())));
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<Integer>> writers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                int first = t;
                writers.add(pool.submit(() -> {
                    int n = 0;
                    do {
                        int k = (first + n) % kinds.size();
                        String pdf = undated(org.cytobench.chart.ChartExporter.pdf(kinds.get(k).chart().get(), kinds.get(k).size()));
                        if (!pdf.equals(expected.get(k))) throw new AssertionError(kinds.get(k).name() + " differs when written beside the report");
                        n++;
                    } while (!done.get() || n < kinds.size());
                    return n;
                }));
            }
            byte[] again;
            try {
                again = report.ownPdf(title).orElseThrow();
            } finally {
                done.set(true);
            }
            assertEquals(undated(now), undated(again), "the report written beside the chart threads");
            for (var w : writers) assertTrue(w.get() >= kinds.size());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String undated(byte[] pdf) {
        return new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).replaceAll("/CreationDate \\(D:\\d{14}\\+00'00'\\)", "");
    }

    @Test
    void aReportWithSomethingTheOwnWriterDoesNotDrawIsWrittenWhollyByPdfBox() throws IOException {
        FigureSize size = new FigureSize(120, 60);
        for (String what : new String[] {"gradient", "image", "italic"}) {
            ReportDocument doc = new ReportDocument("fallback").title("TNF-α summary").paragraph("p ≤ 0.05; 100 µL/well")
                    .pageBreak().paragraph("second page").figure((g, r) -> {
                        switch (what) {
                            case "gradient" -> g.setPaint(new GradientPaint(0, 0, Color.WHITE, 100, 100, Color.BLUE));
                            case "image" -> g.drawImage(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), 0, 0, null);
                            default -> g.setFont(org.cytobench.pdf.BundledFont.LIBERATION_SANS.font(9).deriveFont(java.awt.Font.ITALIC));
                        }
                        g.fill(r);
                        g.drawString("a figure label", (float) r.getX(), (float) r.getMaxY() - 2);
                    }, size);
            assertTrue(doc.ownPdf("x").isEmpty(), what + ": the own writer declines");
            byte[] pdf = doc.toPdf("x");
            try (PDDocument d = Loader.loadPDF(pdf)) {
                assertEquals(2, d.getNumberOfPages());
                for (int p = 0; p < 2; p++) assertTrue(PdfPages.drawnByTextPdf(d.getPage(p)), what + ": page " + (p + 1) + " by PDFBox");
                String text = new PDFTextStripper().getText(d);
                for (String s : new String[] {"TNF-α summary", "p ≤ 0.05; 100 µL/well", "second page", "fallback · page 2 of 2"}) {
                    assertTrue(text.contains(s), what + ": '" + s + "' in " + text);
                }
                assertEquals("x", d.getDocumentInformation().getTitle());
            }
        }
        // and the same report without it is the own writer's
        ReportDocument plain = new ReportDocument("fallback").title("TNF-α summary").figure((g, r) -> g.fill(r), size);
        assertFalse(drawnByTextPdf(plain.toPdf("x")));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** A glyph as PDFBox reads it: its text, position (points from the top left), font size, and index in its text run. */
    record Glyph(String text, double x, double y, double size, int inRun) {}

    /** Page {@code page}'s glyphs in the order they are drawn. */
    private static List<Glyph> glyphs(byte[] pdf, int page) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            private int inRun;

            @Override
            protected void showText(byte[] string) throws IOException {
                inRun = 0;
                super.showText(string);
            }

            @Override
            protected void processTextPosition(TextPosition t) {
                // rotated text (the vertical axis labels) runs along y: its "x" is the direction-adjusted one
                out.add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(), t.getFontSizeInPt(), inRun++));
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            s.setStartPage(page);
            s.setEndPage(page);
            s.getText(doc);
        }
        return out;
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    /** Whether {@code a}'s characters appear in {@code b} in the same order. */
    private static boolean subsequence(String a, String b) {
        int j = 0;
        for (int i = 0; i < a.length(); i++) {
            j = b.indexOf(a.charAt(i), j);
            if (j < 0) return false;
            j++;
        }
        return true;
    }

    /** The characters of {@code b} beyond those of {@code a}, sorted. */
    private static String extraCharacters(String a, String b) {
        StringBuilder rest = new StringBuilder(b);
        for (int i = 0; i < a.length(); i++) {
            int at = rest.indexOf(String.valueOf(a.charAt(i)));
            if (at >= 0) rest.deleteCharAt(at);
        }
        char[] c = rest.toString().toCharArray();
        java.util.Arrays.sort(c);
        return new String(c);
    }

    private static boolean drawnByTextPdf(byte[] pdf) throws IOException {
        return PdfPages.drawnByTextPdf(pdf);
    }

    /** Whether a pixel within one pixel of (x, y) in either image is close to the other image's pixel there (anti-aliasing). */
    private static boolean closeNearby(BufferedImage a, BufferedImage b, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int xx = x + dx;
                int yy = y + dy;
                if (xx < 0 || yy < 0 || xx >= a.getWidth() || yy >= a.getHeight()) continue;
                if (PdfPages.maxChannelDifference(a.getRGB(x, y), b.getRGB(xx, yy)) <= 64) return true;
                if (PdfPages.maxChannelDifference(b.getRGB(x, y), a.getRGB(xx, yy)) <= 64) return true;
            }
        }
        return false;
    }
}
