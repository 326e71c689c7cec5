package org.cytobench.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cytobench.pdf.PdfContent;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ChartExporterTest {

    private static JFreeChart sample() {
        XYSeries s = new XYSeries("IL-6");
        for (int i = 1; i <= 8; i++) s.add(i * 10, Math.log(i) + 0.1);
        JFreeChart chart = ChartFactory.createXYLineChart("IL-6 standard curve", "IL-6 (pg/mL)", "OD 450 (µg/mL TNF-α, IFN-γ, m²)",
                new XYSeriesCollection(s));
        return ChartStyle.apply(chart);
    }

    @Test
    void pngHasSizeTimesDpiPixelsAndRecordsTheResolution() throws IOException {
        byte[] png = ChartExporter.png(sample(), FigureSize.SINGLE_COLUMN, 300);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(Math.round(85 / 25.4 * 300), img.getWidth());   // 1004
        assertEquals(Math.round(70 / 25.4 * 300), img.getHeight());  // 827
        assertEquals(1004, img.getWidth());
        long[] phys = physChunk(png);
        assertEquals(11811, phys[0], "300 dpi = 11811 pixels per metre");
        assertEquals(11811, phys[1]);
        assertEquals(1, phys[2], "unit is the metre");
    }

    @Test
    void pngsDrawnOneAfterAnotherOnAReusedRasterHaveOnlyTheirOwnPixels() throws IOException {
        // png() reuses the thread's raster of the same size: the second chart must not show anything of the first
        JFreeChart dark = sample();
        dark.setBackgroundPaint(java.awt.Color.BLACK);
        JFreeChart light = sample();
        light.setTitle("another title, drawn where the first chart had black");
        ChartExporter.png(dark, FigureSize.SINGLE_COLUMN, 150);
        byte[] reused = ChartExporter.png(light, FigureSize.SINGLE_COLUMN, 150);
        BufferedImage expected = ChartExporter.image(light, FigureSize.SINGLE_COLUMN, 150);
        BufferedImage actual = ImageIO.read(new ByteArrayInputStream(reused));
        assertEquals(expected.getWidth(), actual.getWidth());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertEquals(expected.getRGB(x, y), actual.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
        // and a raster handed out by image() is the caller's: a later png() does not draw into it
        ChartExporter.png(dark, FigureSize.SINGLE_COLUMN, 150);
        assertEquals(expected.getRGB(0, 0), ChartExporter.image(light, FigureSize.SINGLE_COLUMN, 150).getRGB(0, 0));
    }

    @Test
    void pngScalesTheDrawingNotTheLayout() {
        // at 600 dpi the picture is the 300 dpi one at twice the size: count dark pixels, they grow about fourfold
        double dark300 = darkFraction(ChartExporter.image(sample(), FigureSize.SINGLE_COLUMN, 300));
        double dark600 = darkFraction(ChartExporter.image(sample(), FigureSize.SINGLE_COLUMN, 600));
        assertEquals(dark300, dark600, dark300 * 0.15, "the same share of the image is ink at both resolutions");
        BufferedImage wide = ChartExporter.image(sample(), FigureSize.DOUBLE_COLUMN, 150);
        assertEquals(Math.round(180 / 25.4 * 150), wide.getWidth());
    }

    @Test
    void svgIsWellFormedXmlWithTheTextAndPointSize() throws Exception {
        String svg = ChartExporter.svg(sample(), FigureSize.SINGLE_COLUMN);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // no network in tests
        Document doc = f.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getLocalName() == null ? doc.getDocumentElement().getNodeName()
                : doc.getDocumentElement().getLocalName());
        String width = doc.getDocumentElement().getAttribute("width");
        assertTrue(width.startsWith("240.9"), "85 mm = 240.94 pt, got " + width);
        assertTrue(width.endsWith("pt"), width);
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains("IL-6"), text);
        assertTrue(text.contains("µ"), text);
        assertTrue(text.contains("TNF-α"), text);
    }

    @Test
    void pdfIsAOnePageDocumentOfTheFigureSizeWithRealTextInAnEmbeddedFont() throws IOException {
        byte[] pdf = ChartExporter.pdf(sample(), FigureSize.SINGLE_COLUMN);
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), "PDF header");
        PdfContent content = PdfContent.of(pdf);
        assertEquals(1, content.pages().size());
        assertEquals(240.94, content.pages().get(0).getWidth(), 0.01, "85 mm wide");
        assertEquals(198.43, content.pages().get(0).getHeight(), 0.01, "70 mm high");
        // title, axis labels (the y label is rotated) and tick labels are text, α, µ, γ and ² included
        String text = content.flatText();
        for (String s : new String[] {"IL-6 standard curve", "IL-6 (pg/mL)", "40", "80"}) {
            assertTrue(text.contains(s), "'" + s + "' in: " + text);
        }
        // PDFBox's text stripper breaks rotated text into pieces by glyph position (pdftotext reads it whole)
        String unspaced = content.text().replaceAll("\\s+", "");
        assertTrue(unspaced.contains("OD450(µg/mLTNF-α,IFN-γ,m²)"), "rotated y-axis label in: " + text);
        assertFalse(content.fonts().isEmpty());
        for (PdfContent.FontUse f : content.fonts()) {
            assertTrue(f.embeddedTrueType() && f.subset() && f.name().contains("DejaVuSans"), "embedded subset: " + f);
        }
    }

    @Test
    void writeAllWritesThreeFiles(@TempDir Path dir) throws IOException {
        ChartExporter.writeAll(sample(), FigureSize.SINGLE_COLUMN, 150, dir, "curve");
        assertTrue(Files.size(dir.resolve("curve.png")) > 1000);
        assertTrue(Files.readString(dir.resolve("curve.svg")).contains("<svg"));
        assertTrue(new String(Files.readAllBytes(dir.resolve("curve.pdf")), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
    }

    private static double darkFraction(BufferedImage img) {
        long dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16 & 255) + (rgb >> 8 & 255) + (rgb & 255)) / 3;
                if (lum < 128) dark++;
            }
        }
        return dark / (double) (img.getWidth() * img.getHeight());
    }

    /** Reads the pHYs chunk: {x pixels per unit, y pixels per unit, unit}. */
    static long[] physChunk(byte[] png) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
        in.skipBytes(8);
        while (in.available() > 0) {
            int len = in.readInt();
            byte[] type = new byte[4];
            in.readFully(type);
            String t = new String(type, StandardCharsets.US_ASCII);
            if (t.equals("pHYs")) {
                long x = in.readInt() & 0xFFFFFFFFL;
                long y = in.readInt() & 0xFFFFFFFFL;
                return new long[] {x, y, in.readUnsignedByte()};
            }
            if (t.equals("IDAT")) break;
            in.skipBytes(len + 4);
        }
        throw new AssertionError("no pHYs chunk before the image data");
    }
}
