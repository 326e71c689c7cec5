package org.cytobench.chart.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.text.AttributedString;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgGraphics2DTest {

    private static Document draw(Consumer<Graphics2D> drawing) throws Exception {
        SvgGraphics2D g = new SvgGraphics2D(200, 100);
        drawing.accept(g);
        Document doc = SvgDocuments.parse(g.toSvg());
        SvgDocuments.checkStructure(doc);
        // and, where Debian's copy of the W3C DTD is installed, valid SVG 1.1 by the DTD (gradients, images, text, clips)
        assertEquals(List.of(), SvgDocuments.svg11DtdErrors(g.toSvg()));
        return doc;
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS(SvgDocuments.SVG_NS, name);
        return java.util.stream.IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i)).toList();
    }

    private static Element only(Document doc, String name) {
        List<Element> e = elements(doc, name);
        assertEquals(1, e.size(), "one <" + name + ">");
        return e.get(0);
    }

    @Test
    void thePathDataCheckAcceptsTheGrammarAndLongPathsAndRejectsTheRest() {
        assertTrue(SvgDocuments.isPathData("M0 0L10.5 -2.25 Z"));
        assertTrue(SvgDocuments.isPathData("M1,2 C3 4 5 6 7 8 Q.5 .25 1 2Z"));
        StringBuilder longCurve = new StringBuilder("M0 0");
        for (int k = 0; k < 200_000; k++) longCurve.append('L').append(k).append(' ').append(k % 97).append(".5");
        assertTrue(SvgDocuments.isPathData(longCurve.toString()), "a long curve's path (the one-regex check overflowed the stack)");
        for (String bad : new String[] {"", "0 0", "M0 0 X1 2", "M1e5 0", "M0 0 L1 NaN", "m0 0"}) {
            assertFalse(SvgDocuments.isPathData(bad), bad);
        }
    }

    @Test
    void rootDeclaresSizeInPointsAndAViewBoxInUserUnits() throws Exception {
        Element root = draw(g -> { }).getDocumentElement();
        assertEquals("200pt", root.getAttribute("width"));
        assertEquals("100pt", root.getAttribute("height"));
        assertEquals("0 0 200 100", root.getAttribute("viewBox"));
        assertThrows(IllegalArgumentException.class, () -> new SvgGraphics2D(0, 10));
    }

    @Test
    void linesRectanglesEllipsesAndPathsAreTheirOwnElements() throws Exception {
        Document doc = draw(g -> {
            g.setColor(new Color(0x00, 0x72, 0xB2));
            g.fill(new Rectangle2D.Double(1, 2, 30.5, 40.25));
            g.draw(new Line2D.Double(0, 0, 10, 20));
            g.fill(new Ellipse2D.Double(10, 20, 6, 4));
            Path2D.Double tri = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            tri.moveTo(0, 0);
            tri.lineTo(10, 0);
            tri.quadTo(10, 10, 5, 10);
            tri.closePath();
            g.fill(tri);
        });
        Element rect = only(doc, "rect");
        assertEquals("1", rect.getAttribute("x"));
        assertEquals("30.5", rect.getAttribute("width"));
        assertEquals("40.25", rect.getAttribute("height"));
        assertEquals("#0072b2", rect.getAttribute("fill"));
        Element line = only(doc, "line");
        assertEquals("20", line.getAttribute("y2"));
        assertEquals("none", line.getAttribute("fill"));
        assertEquals("#0072b2", line.getAttribute("stroke"));
        Element ellipse = only(doc, "ellipse");
        assertEquals("13", ellipse.getAttribute("cx"));
        assertEquals("3", ellipse.getAttribute("rx"));
        assertEquals("2", ellipse.getAttribute("ry"));
        Element path = only(doc, "path");
        assertEquals("M0,0 L10,0 Q10,10 5,10 Z", path.getAttribute("d"));
        assertEquals("evenodd", path.getAttribute("fill-rule"));
    }

    @Test
    void strokeWidthCapsJoinsAndDashesAreWritten() throws Exception {
        Element line = only(draw(g -> {
            g.setStroke(new BasicStroke(0.75f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_BEVEL, 10f, new float[] {3f, 2.5f}, 1f));
            g.draw(new Line2D.Double(0, 0, 50, 0));
        }), "line");
        assertEquals("0.75", line.getAttribute("stroke-width"));
        assertEquals("round", line.getAttribute("stroke-linecap"));
        assertEquals("bevel", line.getAttribute("stroke-linejoin"));
        assertEquals("3,2.5", line.getAttribute("stroke-dasharray"));
        assertEquals("1", line.getAttribute("stroke-dashoffset"));

        Element dflt = only(draw(g -> g.draw(new Line2D.Double(0, 0, 50, 0))), "line");
        assertEquals("1", dflt.getAttribute("stroke-width"));
        assertEquals("square", dflt.getAttribute("stroke-linecap"), "Java's default cap, not SVG's butt");
        assertEquals("10", dflt.getAttribute("stroke-miterlimit"), "Java's default miter limit, not SVG's 4");

        Element hairline = only(draw(g -> {
            g.setStroke(new BasicStroke(0f));
            g.draw(new Line2D.Double(0, 0, 50, 0));
        }), "line");
        assertEquals("0.24", hairline.getAttribute("stroke-width"), "Java's thinnest line is drawn, not nothing");
    }

    @Test
    void colourAlphaAndCompositeAlphaMultiplyIntoOpacity() throws Exception {
        Element rect = only(draw(g -> {
            g.setColor(new Color(255, 0, 0, 128));
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
            g.fillRect(0, 0, 10, 10);
        }), "rect");
        assertEquals("#ff0000", rect.getAttribute("fill"));
        assertEquals("0.251", rect.getAttribute("fill-opacity"), "128/255 × 0.5");
    }

    @Test
    void theTransformGoesOnEachElementAndStrokesStayInUserSpace() throws Exception {
        Element rect = only(draw(g -> {
            g.translate(10, 20);
            g.rotate(Math.PI / 2);
            g.scale(2, 2);
            g.setStroke(new BasicStroke(0.5f));
            g.drawRect(0, 0, 5, 5);
        }), "rect");
        assertEquals("matrix(0 2 -2 0 10 20)", rect.getAttribute("transform"));
        assertEquals("0.5", rect.getAttribute("stroke-width"), "widened by the transform, as in Java 2D");
    }

    @Test
    void aClipIsOneSharedClipPathInDeviceSpaceAndGetClipGivesItBackInUserSpace() throws Exception {
        SvgGraphics2D g = new SvgGraphics2D(200, 100);
        g.translate(50, 10);
        g.clip(new Rectangle2D.Double(0, 0, 100, 40));
        assertEquals(new Rectangle(0, 0, 100, 40), g.getClipBounds());
        g.fillRect(-10, -10, 300, 300);
        g.fill(new Ellipse2D.Double(0, 0, 20, 20));
        g.clip(new Rectangle(50, 0, 100, 100));
        assertEquals(new Rectangle2D.Double(50, 0, 50, 40), g.getClip().getBounds2D(), "the intersection");
        g.setClip(null);
        g.fillRect(0, 0, 1, 1);
        Document doc = SvgDocuments.parse(g.toSvg());
        SvgDocuments.checkStructure(doc);
        Element clip = only(doc, "clipPath");
        assertEquals("M50,10 L150,10 L150,50 L50,50 L50,10 Z", ((Element) clip.getFirstChild()).getAttribute("d"), "device space");
        List<Element> groups = elements(doc, "g");
        assertEquals(1, groups.size(), "both clipped shapes share one group");
        assertEquals("url(#" + clip.getAttribute("id") + ")", groups.get(0).getAttribute("clip-path"));
        assertEquals(2, groups.get(0).getChildNodes().getLength() - countBlank(groups.get(0)));
        Element unclipped = elements(doc, "rect").get(1);
        assertEquals("svg", unclipped.getParentNode().getLocalName(), "drawn after the clip was removed");
    }

    @Test
    void anEmptyClipDrawsNothing() throws Exception {
        Document doc = draw(g -> {
            g.clipRect(0, 0, 10, 10);
            g.clipRect(20, 20, 10, 10);
            g.fillRect(0, 0, 100, 100);
        });
        assertEquals(0, elements(doc, "rect").size());
    }

    private static int countBlank(Element e) {
        int n = 0;
        for (var c = e.getFirstChild(); c != null; c = c.getNextSibling()) if (!(c instanceof Element)) n++;
        return n;
    }

    @Test
    void textIsATextElementAtItsBaselineWithFontFamilySizeWeightAndStyle() throws Exception {
        Element text = only(draw(g -> {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD | Font.ITALIC, 7).deriveFont(7.5f));
            g.setColor(new Color(0x22, 0x22, 0x22));
            g.drawString("IL-6 <pg/mL> & TNF-α  µ²", 12.5f, 30f);
        }), "text");
        assertEquals("IL-6 <pg/mL> & TNF-α  µ²", text.getTextContent(), "escaped, both spaces kept");
        assertEquals("12.5", text.getAttribute("x"));
        assertEquals("30", text.getAttribute("y"));
        assertEquals("'DejaVu Sans', sans-serif", text.getAttribute("font-family"), "the font the PDF export embeds for SansSerif");
        assertEquals("7.5", text.getAttribute("font-size"));
        assertEquals("bold", text.getAttribute("font-weight"));
        assertEquals("italic", text.getAttribute("font-style"));
        assertEquals("#222222", text.getAttribute("fill"));
    }

    @Test
    void rotatedTextCarriesTheRotationAndARotatedFontItsOwnTransform() throws Exception {
        Document doc = draw(g -> {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 8));
            AffineTransform saved = g.getTransform();
            g.rotate(-Math.PI / 2, 20, 80); // how JFreeChart draws a y-axis label
            g.drawString("OD 450", 20f, 80f);
            g.setTransform(saved);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 8).deriveFont(AffineTransform.getRotateInstance(Math.PI / 2)));
            g.drawString("serif", 100f, 10f);
        });
        List<SvgDocuments.Text> texts = SvgDocuments.texts(doc);
        assertEquals("OD 450", texts.get(0).text());
        assertEquals("matrix(0 -1 1 0 -60 100)", texts.get(0).transform());
        assertEquals("matrix(0 1 -1 0 100 10)", texts.get(1).transform(), "the font's rotation about the baseline start");
        assertEquals("'DejaVu Serif', serif", elements(doc, "text").get(1).getAttribute("font-family"));
    }

    @Test
    void attributedTextIsWrittenRunByRunInEachRunsFontAndColour() throws Exception {
        AttributedString s = new AttributedString("10-3");
        s.addAttribute(TextAttribute.FAMILY, Font.SANS_SERIF);
        s.addAttribute(TextAttribute.SIZE, 8f);
        s.addAttribute(TextAttribute.SUPERSCRIPT, TextAttribute.SUPERSCRIPT_SUPER, 2, 4);
        s.addAttribute(TextAttribute.FOREGROUND, Color.RED, 2, 4);
        List<Element> texts = elements(draw(g -> g.drawString(s.getIterator(), 5f, 20f)), "text");
        assertEquals(2, texts.size());
        assertEquals("10", texts.get(0).getTextContent());
        assertEquals("-3", texts.get(1).getTextContent());
        assertEquals("#ff0000", texts.get(1).getAttribute("fill"));
        assertTrue(texts.get(1).getAttribute("transform").startsWith("matrix("), "a superscript is a scaled, raised font");
        double x = new Font(Font.SANS_SERIF, Font.PLAIN, 8).getStringBounds("10",
                new java.awt.font.FontRenderContext(null, false, false)).getWidth();
        Element sup = texts.get(1);
        String[] m = sup.getAttribute("transform").replaceAll("matrix\\(|\\)", "").split(" ");
        assertEquals(5 + x, Double.parseDouble(m[4]), 0.3, "placed after the first run");
    }

    @Test
    void shapedTextFromATextLayoutIsTextWhenItsGlyphsAreAPlainStringsAndOutlinesOtherwise() throws Exception {
        Font f = new Font(Font.SANS_SERIF, Font.PLAIN, 7);
        Document doc = draw(g -> {
            // how JFreeChart draws a log axis's tick labels
            new java.awt.font.TextLayout("1000 µg/m²", f, g.getFontRenderContext()).draw(g, 5f, 20f);
            java.awt.font.GlyphVector moved = f.createGlyphVector(g.getFontRenderContext(), "ab");
            moved.setGlyphPosition(1, new java.awt.geom.Point2D.Double(20, 0));
            g.drawGlyphVector(moved, 5f, 40f);
            java.awt.font.GlyphVector turned = f.createGlyphVector(g.getFontRenderContext(), "cd");
            turned.setGlyphTransform(0, AffineTransform.getRotateInstance(1));
            g.drawGlyphVector(turned, 5f, 60f);
        });
        Element text = only(doc, "text");
        assertEquals("1000 µg/m²", text.getTextContent());
        assertEquals("5", text.getAttribute("x"));
        assertEquals("20", text.getAttribute("y"));
        assertEquals(2, elements(doc, "path").size(), "a moved glyph and a turned glyph cannot be a plain <text>: outlines");
    }

    @Test
    void controlCharactersAreDroppedSoTheFileStaysXml() throws Exception {
        Element text = only(draw(g -> g.drawString("a\u0001b\u001Fc\uFFFF\uD800d \uD835\uDC9C", 0f, 10f)), "text");
        assertEquals("abcd \uD835\uDC9C", text.getTextContent(), "controls and a lone surrogate dropped, a surrogate pair kept");
    }

    @Test
    void anImageIsAnEmbeddedPngWithTheSamePixels() throws Exception {
        BufferedImage img = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, 0xFFFF0000);
        img.setRGB(1, 0, 0x8000FF00);
        img.setRGB(0, 1, 0xFF0000FF);
        img.setRGB(1, 1, 0x00000000);
        Element image = only(draw(g -> g.drawImage(img, 10, 20, 40, 40, null)), "image");
        assertEquals("40", image.getAttribute("width"));
        assertEquals("matrix(1 0 0 1 10 20)", image.getAttribute("transform"));
        String href = image.getAttributeNS(SvgDocuments.XLINK_NS, "href");
        assertTrue(href.startsWith("data:image/png;base64,"), href);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(href.substring(22))));
        for (int y = 0; y < 2; y++) for (int x = 0; x < 2; x++) assertEquals(img.getRGB(x, y), back.getRGB(x, y), x + "," + y);
    }

    @Test
    void aGradientIsOneDefinitionInUserSpace() throws Exception {
        Document doc = draw(g -> {
            g.setPaint(new GradientPaint(0, 0, Color.WHITE, 0, 50, new Color(0, 0, 255, 51), true));
            g.fillRect(0, 0, 10, 50);
            g.fillRect(20, 0, 10, 50);
        });
        Element grad = only(doc, "linearGradient");
        assertEquals("userSpaceOnUse", grad.getAttribute("gradientUnits"));
        assertEquals("50", grad.getAttribute("y2"));
        assertEquals("reflect", grad.getAttribute("spreadMethod"));
        List<Element> stops = elements(doc, "stop");
        assertEquals("#0000ff", stops.get(1).getAttribute("stop-color"));
        assertEquals("0.2", stops.get(1).getAttribute("stop-opacity"));
        for (Element r : elements(doc, "rect")) assertEquals("url(#" + grad.getAttribute("id") + ")", r.getAttribute("fill"));
    }

    @Test
    void aPaintSvgCannotExpressIsDrawnAsAnImageOfThePaintedArea() throws Exception {
        BufferedImage tile = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        tile.setRGB(0, 0, 0xFF0000);
        Document doc = draw(g -> {
            g.setPaint(new TexturePaint(tile, new Rectangle2D.Double(0, 0, 2, 2)));
            g.fillRect(10, 10, 20, 5);
        });
        assertEquals(0, elements(doc, "rect").size());
        Element image = only(doc, "image");
        assertEquals("20", image.getAttribute("width"));
        assertEquals("5", image.getAttribute("height"));
        assertEquals("matrix(1 0 0 1 10 10)", image.getAttribute("transform"));
    }

    @Test
    void shapesWithCoordinatesThatAreNotNumbersDrawNothing() throws Exception {
        Document doc = draw(g -> {
            g.draw(new Line2D.Double(0, Double.NaN, 1, 1));
            g.fill(new Rectangle2D.Double(0, 0, Double.POSITIVE_INFINITY, 1));
            Path2D.Double p = new Path2D.Double();
            p.moveTo(0, 0);
            p.lineTo(Double.NaN, 3);
            g.draw(p);
            g.drawString("x", Float.NaN, 1f);
            g.setFont(g.getFont().deriveFont(AffineTransform.getRotateInstance(1)));
            g.drawString("y", Float.NaN, 1f);
            g.scale(Double.NaN, 1);
            g.fillRect(0, 0, 1, 1);
            g.drawString("z", 1f, 1f);
        });
        assertEquals(0, doc.getDocumentElement().getElementsByTagName("*").getLength());
    }

    @Test
    void antiAliasingOffIsCrispEdgesAndFontMetricsAreJava2DsOwn() {
        SvgGraphics2D g = new SvgGraphics2D(100, 100);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.fillRect(0, 0, 5, 5);
        assertTrue(g.toSvg().contains("shape-rendering=\"crispEdges\""));
        Font f = new Font(Font.SANS_SERIF, Font.PLAIN, 7);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D raster = img.createGraphics();
        raster.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        raster.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        assertEquals(raster.getFontMetrics(f).stringWidth("Concentration (pg/mL)"), g.getFontMetrics(f).stringWidth("Concentration (pg/mL)"));
        assertEquals(f.getStringBounds("0.001", raster.getFontRenderContext()).getWidth(),
                f.getStringBounds("0.001", g.getFontRenderContext()).getWidth(), 1e-9);
        raster.dispose();
    }

    @Test
    void copiesFromCreateWriteIntoTheSameDocumentWithTheirOwnState() throws Exception {
        SvgGraphics2D g = new SvgGraphics2D(100, 100);
        Graphics2D copy = (Graphics2D) g.create();
        copy.translate(5, 5);
        copy.setColor(Color.RED);
        copy.fillRect(0, 0, 1, 1);
        copy.dispose();
        g.fillRect(0, 0, 1, 1);
        Document doc = SvgDocuments.parse(g.toSvg());
        List<Element> rects = elements(doc, "rect");
        assertEquals("matrix(1 0 0 1 5 5)", rects.get(0).getAttribute("transform"));
        assertEquals("#ff0000", rects.get(0).getAttribute("fill"));
        assertEquals("", rects.get(1).getAttribute("transform"));
        assertEquals("#000000", rects.get(1).getAttribute("fill"));
    }
}
