package org.cytobench.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cytobench.bench.SampleCharts;
import org.cytobench.bench.SampleCharts.Kind;
import org.cytobench.pdf.PdfPages;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ChartExporter#svgAndPdf}: one drawing of the chart through the tee gives exactly the SVG of
 * {@link ChartExporter#svg} and the PDF of {@link ChartExporter#pdf} (bytes equal once the /CreationDate is masked), for
 * every chart kind {@code analyze} writes and a chart with µ, α, ², − in its labels; a chart the PDF writer does not
 * support still gets its PDF from the general path.
 */
class SvgAndPdfTest {
    private static List<Kind> kinds;

    @BeforeAll
    static void sampleCharts() throws Exception {
        kinds = new ArrayList<>(SampleCharts.kinds(true));
        kinds.add(new Kind("symbols line chart", ChartPdfWriterTest::symbols, FigureSize.SINGLE_COLUMN));
    }

    @Test
    void theTeesFilesAreTheSeparateFilesByteForByte() throws IOException {
        for (Kind k : kinds) {
            String svg = ChartExporter.svg(k.chart().get(), k.size());
            byte[] pdf = ChartExporter.pdf(k.chart().get(), k.size());
            ChartExporter.SvgAndPdf both = ChartExporter.svgAndPdf(k.chart().get(), k.size());
            assertEquals(svg, both.svg(), k.name() + ": SVG");
            assertFalse(PdfPages.drawnByTextPdf(both.pdf()), k.name() + " fell back");
            assertEquals(maskedDate(pdf), maskedDate(both.pdf()), k.name() + ": PDF");
            assertEquals(pdf.length, both.pdf().length, k.name() + ": PDF length");
        }
    }

    @Test
    void aChartDrawnBeforeAsPngGivesTheSameFilesAsAnalyzeWroteThemSeparately() throws IOException {
        // ChartFiles draws one chart object for the PNG first, then the vector files
        for (Kind k : kinds) {
            JFreeChart separately = k.chart().get();
            ChartExporter.png(separately, k.size(), 150);
            String svg = ChartExporter.svg(separately, k.size());
            byte[] pdf = ChartExporter.pdf(separately, k.size());
            JFreeChart together = k.chart().get();
            ChartExporter.png(together, k.size(), 150);
            ChartExporter.SvgAndPdf both = ChartExporter.svgAndPdf(together, k.size());
            assertEquals(svg, both.svg(), k.name() + ": SVG");
            assertEquals(maskedDate(pdf), maskedDate(both.pdf()), k.name() + ": PDF");
        }
    }

    @Test
    void theMaskOnlyHidesTheDate() {
        // the comparison can fail: two different charts' PDFs differ after masking
        byte[] a = ChartExporter.pdf(kinds.get(1).chart().get(), kinds.get(1).size());
        byte[] b = ChartExporter.pdf(kinds.get(2).chart().get(), kinds.get(2).size());
        assertNotEquals(maskedDate(a), maskedDate(b));
        String masked = maskedDate(a);
        assertTrue(masked.contains("/CreationDate (D:00000000000000+00'00')"), "the date was found and masked");
    }

    @Test
    void aChartThePdfWriterCannotDrawGetsTheGeneralPathsPdfAndTheSameSvg() throws IOException {
        JFreeChart separately = ChartPdfWriterTest.symbols();
        separately.setBackgroundPaint(new GradientPaint(0, 0, Color.WHITE, 100, 100, new Color(200, 220, 255)));
        JFreeChart together = ChartPdfWriterTest.symbols();
        together.setBackgroundPaint(new GradientPaint(0, 0, Color.WHITE, 100, 100, new Color(200, 220, 255)));
        String svg = ChartExporter.svg(separately, FigureSize.SINGLE_COLUMN);
        byte[] pdf = ChartExporter.pdf(separately, FigureSize.SINGLE_COLUMN);
        ChartExporter.SvgAndPdf both = ChartExporter.svgAndPdf(together, FigureSize.SINGLE_COLUMN);
        assertTrue(svg.contains("<linearGradient"), "the SVG has the gradient");
        assertEquals(svg, both.svg());
        assertTrue(PdfPages.drawnByTextPdf(pdf));
        assertTrue(PdfPages.drawnByTextPdf(both.pdf()), "drawn again by the general path");
        assertArrayEquals(normalised(pdf), normalised(both.pdf()));
        // and the normalised comparison still sees a different drawing: the same chart with another title
        JFreeChart other = ChartPdfWriterTest.symbols();
        other.setBackgroundPaint(new GradientPaint(0, 0, Color.WHITE, 100, 100, new Color(200, 220, 255)));
        other.setTitle("IL-6 and IL-10 per m² (−log)");
        assertFalse(java.util.Arrays.equals(normalised(pdf), normalised(ChartExporter.pdf(other, FigureSize.SINGLE_COLUMN))));
    }

    @Test
    void writeAllWritesTheSameThreeFiles(@TempDir Path dir) throws IOException {
        Kind k = kinds.get(0);
        ChartExporter.writeAll(k.chart().get(), k.size(), 150, dir, "c");
        assertArrayEquals(ChartExporter.png(k.chart().get(), k.size(), 150), Files.readAllBytes(dir.resolve("c.png")));
        assertEquals(ChartExporter.svg(k.chart().get(), k.size()), Files.readString(dir.resolve("c.svg"), StandardCharsets.UTF_8));
        assertEquals(maskedDate(ChartExporter.pdf(k.chart().get(), k.size())), maskedDate(Files.readAllBytes(dir.resolve("c.pdf"))));
    }

    /** The file as Latin-1 text with the 14 digits of the own writer's /CreationDate zeroed (same length, same offsets). */
    static String maskedDate(byte[] pdf) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        return s.replaceFirst("/CreationDate \\(D:\\d{14}\\+00'00'\\)", "/CreationDate (D:00000000000000+00'00')");
    }

    /**
     * A PDFBox file (its /Info may sit in a compressed object stream) read and written again uncompressed with one fixed
     * creation date and /ID, so that two files equal but for the date (and the ID derived from the time) become equal bytes.
     */
    private static byte[] normalised(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            fixed.setTimeInMillis(0);
            doc.getDocumentInformation().setCreationDate(fixed);
            // PDFBox derives the file's /ID from the time of saving (and the date): one fixed ID for both
            COSArray id = new COSArray();
            id.add(new COSString(new byte[16]));
            id.add(new COSString(new byte[16]));
            doc.getDocument().getTrailer().setItem(COSName.ID, id);
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }
}
