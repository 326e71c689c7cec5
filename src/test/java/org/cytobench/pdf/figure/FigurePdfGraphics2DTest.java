package org.cytobench.pdf.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.cytobench.pdf.PdfContent;
import org.junit.jupiter.api.Test;

/**
 * The figure writer against Java 2D itself: scenes drawn once into a raster and once into a PDF that PDFBox renders must
 * look the same (anti-aliasing aside); the file's structure (cross-reference offsets, /Info); and every unsupported case
 * leading to no PDF, so that the caller falls back.
 */
class FigurePdfGraphics2DTest {
    private static final int W = 200;
    private static final int H = 150;

    /** Shapes, strokes, alpha, transforms, clips narrowed and widened again, copies with their own state. */
    private static void shapes(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(new Color(30, 90, 200));
        g.fill(new Rectangle2D.Double(10, 10, 60, 40));
        g.setColor(new Color(200, 30, 30, 128)); // translucent colour
        g.fill(new Ellipse2D.Double(40, 20, 60, 50));
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(Color.BLACK);
        g.draw(new Line2D.Double(10, 100, 190, 100));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8, 4}, 0));
        g.draw(new Line2D.Double(10, 120, 190, 120));
        Path2D.Double star = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        star.moveTo(150, 10);
        star.lineTo(170, 70);
        star.lineTo(120, 30);
        star.lineTo(180, 30);
        star.lineTo(130, 70);
        star.closePath();
        g.setColor(new Color(0, 140, 60));
        g.fill(star); // even-odd: the centre stays empty
        // a clip, then a copy with a narrower clip and a rotation, then the wider clip again
        Shape saved = g.getClip();
        g.clip(new Rectangle2D.Double(0, 75, 100, 75));
        Graphics2D child = (Graphics2D) g.create();
        child.clip(new Rectangle2D.Double(20, 80, 40, 60));
        child.rotate(Math.toRadians(30), 40, 110);
        child.setColor(Color.ORANGE);
        child.fill(new Rectangle2D.Double(10, 90, 60, 30));
        child.dispose();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
        g.setColor(Color.MAGENTA);
        g.fill(new Rectangle2D.Double(60, 80, 80, 60)); // clipped at x = 100
        g.setComposite(AlphaComposite.SrcOver);
        g.setClip(saved);
        g.setColor(Color.DARK_GRAY);
        GeneralPath curve = new GeneralPath();
        curve.moveTo(110, 140);
        curve.quadTo(150, 80, 190, 140);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(curve);
        // strokes widen in user space (PDFBox's renderer approximates a stroke under a non-uniform scale, so uniform here)
        g.scale(2, 2);
        g.setStroke(new BasicStroke(0.75f));
        g.draw(new Rectangle2D.Double(27.5, 65, 15, 5));
    }

    private static void text(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.drawString("IL-6 µg/mL ≤ 5 α γ m² −1", 10, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.setColor(new Color(20, 60, 160));
        g.drawString("Bold title", 10, 60);
        Font rotated = new Font(Font.SANS_SERIF, Font.PLAIN, 12).deriveFont(AffineTransform.getRotateInstance(-Math.PI / 2));
        g.setFont(rotated);
        g.setColor(Color.BLACK);
        g.drawString("rotated label", 180, 140);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        g.translate(20, 100);
        g.drawString("translated 0.001", 0, 0);
    }

    @Test
    void shapesLookAsJava2DDrawsThem() throws IOException {
        assertLooksLikeJava2D(FigurePdfGraphics2DTest::shapes, 0.001);
    }

    @Test
    void textLooksAsJava2DDrawsItAndIsText() throws IOException {
        assertLooksLikeJava2D(FigurePdfGraphics2DTest::text, 0.01); // Java 2D hints stems, PDFBox does not
        byte[] pdf = FigurePdf.draw(W, H, "t", FigurePdfGraphics2DTest::text).orElseThrow();
        PdfContent c = PdfContent.of(pdf);
        String text = c.text();
        for (String s : new String[] {"IL-6 µg/mL ≤ 5 α γ m² −1", "Bold title", "translated 0.001"}) {
            assertTrue(text.contains(s), "'" + s + "' in " + text);
        }
        assertTrue(text.replaceAll("\\s+", "").contains("rotatedlabel"), text);
        assertEquals(2, c.fonts().size());
        for (PdfContent.FontUse f : c.fonts()) assertTrue(f.embeddedTrueType() && f.subset(), f.toString());
    }

    private static void assertLooksLikeJava2D(Consumer<Graphics2D> scene, double maxFraction) throws IOException {
        int scale = 2;
        BufferedImage expected = new BufferedImage(W * scale, H * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = expected.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(scale, scale);
        scene.accept(g);
        g.dispose();
        byte[] pdf = FigurePdf.draw(W, H, "scene", scene).orElseThrow();
        BufferedImage actual;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            // PDFBox's default hints normalise strokes (moved to pixel centres); Java 2D drew them pure, as the PNGs are
            RenderingHints hints = new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            hints.put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            hints.put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            hints.put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            hints.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            renderer.setRenderingHints(hints);
            actual = renderer.renderImageWithDPI(0, 72f * scale);
        }
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        // a pixel differs when no pixel of the other image within one pixel of it is close: anti-aliased edges may fall
        // half a pixel apart in the two rasterisers, a missing or misplaced element does not pass
        long differing = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (!closeNearby(expected, x, y, actual) || !closeNearby(actual, x, y, expected)) differing++;
            }
        }
        double fraction = differing / (double) (expected.getWidth() * expected.getHeight());
        if (fraction > maxFraction) { // for whoever looks into it
            javax.imageio.ImageIO.write(expected, "png", new java.io.File("target/figure-pdf-expected.png"));
            javax.imageio.ImageIO.write(actual, "png", new java.io.File("target/figure-pdf-actual.png"));
        }
        assertTrue(fraction <= maxFraction, differing + " pixels (" + fraction + ") differ from Java 2D's");
    }

    private static boolean closeNearby(BufferedImage a, int x, int y, BufferedImage b) {
        int p = a.getRGB(x, y);
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int bx = x + dx;
                int by = y + dy;
                if (bx < 0 || by < 0 || bx >= b.getWidth() || by >= b.getHeight()) continue;
                int q = b.getRGB(bx, by);
                int d = 0;
                for (int s = 0; s <= 16; s += 8) d = Math.max(d, Math.abs(((p >> s) & 255) - ((q >> s) & 255)));
                if (d <= 48) return true;
            }
        }
        return false;
    }

    @Test
    void theCrossReferenceTablePointsAtEveryObjectAndTheInfoIsSet() throws IOException {
        byte[] pdf = FigurePdf.draw(W, H, "Cytobench chart", FigurePdfGraphics2DTest::text).orElseThrow();
        String file = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(file.startsWith("%PDF-1.4\n"));
        Matcher start = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(file);
        assertTrue(start.find());
        int xref = Integer.parseInt(start.group(1));
        assertTrue(file.startsWith("xref\n0 ", xref));
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n\r\n").matcher(file.substring(xref));
        int n = 0;
        while (entries.find()) {
            n++;
            assertTrue(file.startsWith(n + " 0 obj\n", Integer.parseInt(entries.group(1))), "object " + n);
        }
        assertTrue(n >= 5 + 2 * 6, "catalog, pages, page, contents, info and two fonts' six objects: " + n);
        // every stream exactly /Length bytes of complete zlib data, followed by endstream
        Matcher streams = Pattern.compile("/Length (\\d+)[^>]*>>\nstream\n").matcher(file);
        int seen = 0;
        for (int from = 0; streams.find(from); seen++) {
            int end = streams.end() + Integer.parseInt(streams.group(1));
            assertTrue(file.startsWith("\nendstream\nendobj\n", end), "stream at " + streams.start());
            java.util.zip.Inflater inflater = new java.util.zip.Inflater();
            inflater.setInput(pdf, streams.end(), end - streams.end());
            try {
                byte[] out = new byte[1 << 16];
                while (!inflater.finished() && !inflater.needsInput()) inflater.inflate(out);
                assertTrue(inflater.finished() && inflater.getRemaining() == 0, "complete zlib stream at " + streams.start());
            } catch (java.util.zip.DataFormatException e) {
                throw new AssertionError("bad zlib stream at " + streams.start(), e);
            } finally {
                inflater.end();
            }
            from = end;
        }
        assertEquals(1 + 2 * 3, seen, "contents, and per font its program, ToUnicode and CIDToGIDMap");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals("Cytobench chart", info.getTitle());
            assertEquals("Cytobench", info.getAuthor());
            assertEquals("Cytobench", info.getCreator());
            assertNotNull(info.getCreationDate());
            assertEquals(W, doc.getPage(0).getMediaBox().getWidth(), 1e-4);
            assertEquals(H, doc.getPage(0).getMediaBox().getHeight(), 1e-4);
        }
    }

    @Test
    void whatTheWriterDoesNotDrawGivesNoPdf() {
        Map<String, Consumer<Graphics2D>> cases = new java.util.LinkedHashMap<>();
        cases.put("gradient", g -> {
            g.setPaint(new GradientPaint(0, 0, Color.RED, 10, 10, Color.BLUE));
            g.fillRect(0, 0, 10, 10);
        });
        cases.put("image", g -> g.drawImage(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), 0, 0, null));
        cases.put("font without a bundled font", g -> {
            g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 10));
            g.drawString("x", 0, 10);
        });
        cases.put("italic", g -> {
            g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 10));
            g.drawString("x", 0, 10);
        });
        cases.put("right-to-left", g -> g.drawString("\u05e9\u05dc\u05d5\u05dd", 0, 10));
        cases.put("a character the font lacks", g -> g.drawString("\u6f22", 0, 10));
        cases.put("XOR", g -> {
            g.setXORMode(Color.WHITE);
            g.fillRect(0, 0, 10, 10);
        });
        cases.put("another composite", g -> {
            g.setComposite(AlphaComposite.DstOut);
            g.fillRect(0, 0, 10, 10);
        });
        cases.put("NaN coordinate", g -> g.fill(new Rectangle2D.Double(Double.NaN, 0, 10, 10)));
        cases.forEach((name, scene) -> {
            assertTrue(FigurePdf.draw(W, H, "t", scene).isEmpty(), name);
            assertNotNull(FigurePdf.whyUnsupported(W, H, scene), name);
        });
        assertNull(FigurePdf.whyUnsupported(W, H, FigurePdfGraphics2DTest::shapes));
        assertNull(FigurePdf.whyUnsupported(W, H, FigurePdfGraphics2DTest::text));
    }

    @Test
    void numbersAreTheShortestFormWithAtMostFourDecimals() {
        String[][] cases = {{"0", "0"}, {"1", "1"}, {"-1.5", "-1.5"}, {"0.0001", "0.0001"}, {"0.00004", "0"}, {"0.00005", "0.0001"},
            {"12.3456", "12.3456"}, {"12.34567", "12.3457"}, {"0.05", "0.05"}, {"-0.0502", "-0.0502"}, {"1000000", "1000000"},
            {"240.9449", "240.9449"}, {"0.1", "0.1"}, {"-0.00004", "0"}};
        for (String[] c : cases) {
            StringBuilder b = new StringBuilder();
            PdfNumbers.append(b, Double.parseDouble(c[0]));
            assertEquals(c[1], b.toString(), c[0]);
        }
        java.util.Random r = new java.util.Random(14);
        for (int i = 0; i < 10000; i++) {
            double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(8) - 2);
            StringBuilder b = new StringBuilder();
            PdfNumbers.append(b, v);
            assertEquals(v, Double.parseDouble(b.toString()), 0.00005 + 1e-12, b.toString());
            assertTrue(!b.toString().contains(".") || !b.toString().endsWith("0"), b.toString());
        }
    }
}
