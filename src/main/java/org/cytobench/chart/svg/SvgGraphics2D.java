package org.cytobench.chart.svg;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import org.cytobench.chart.vector.PlainGlyphText;
import org.cytobench.chart.vector.PlainNumbers;
import org.cytobench.chart.vector.VectorGraphics2D;

/**
 * A Java 2D {@link Graphics2D} that writes SVG 1.1: what a {@code JFreeChart} and the dose figure draw, as vector
 * elements, with text as real {@code <text>} (selectable, searchable, editable in Inkscape or Illustrator).
 *
 * <p>One user unit is one Java 2D unit; {@code new SvgGraphics2D(w, h)} with a chart drawn into {@code (0, 0, w, h)} in
 * points gives a document of {@code w × h} pt. What is written, and how it matches Java 2D:
 * <ul>
 * <li>shapes: lines, rectangles, ellipses as such, all others as paths (fill rule kept); each element carries the
 * current transform, so strokes are widened in user space as in Java 2D;
 * <li>{@link BasicStroke}: width, caps, joins, miter limit, dashes (other strokes are filled as their outline);
 * <li>colours with alpha, {@link AlphaComposite}'s extra alpha (always composited as source-over), the JDK gradients;
 * other paints are drawn as an image of the painted area;
 * <li>the clip, in device space, as shared {@code <clipPath>}s;
 * <li>text at its baseline in the font's family ({@link SvgFonts}), size, weight and style; a rotated or transformed
 * font through the element's transform; attributed text run by run; a {@link GlyphVector} as outlines (its glyphs are
 * already shaped and may not map back to characters);
 * <li>images as embedded PNG.
 * </ul>
 * Not thread-safe, like every Graphics2D; copies from {@link #create()} write into the same document.
 */
public final class SvgGraphics2D extends VectorGraphics2D {
    private final SvgDocument doc;
    private int decimals;
    private boolean finiteTransform = true;
    /** The device clip's path data, computed when an element first needs it (null: not yet). */
    private String clipData;
    private boolean clipEvenOdd;

    /** An empty drawing of {@code width × height} user units, written as that many points. */
    public SvgGraphics2D(double width, double height) {
        this.doc = new SvgDocument(width, height);
        this.decimals = 3;
    }

    private SvgGraphics2D(SvgGraphics2D g) {
        super(g);
        this.doc = g.doc;
        this.decimals = g.decimals;
        this.finiteTransform = g.finiteTransform;
        this.clipData = g.clipData;
        this.clipEvenOdd = g.clipEvenOdd;
    }

    /** The SVG document with everything drawn so far (by this graphics and its copies). */
    public String toSvg() {
        return doc.toXml();
    }

    // ------------------------------------------------------------------------------------------------ drawing

    @Override
    public void draw(Shape s) {
        if (!(stroke instanceof BasicStroke bs)) {
            fill(stroke.createStrokedShape(s));
            return;
        }
        if (!SvgPaints.supported(paint)) {
            fillAsImage(bs.createStrokedShape(s));
            return;
        }
        StringBuilder b = start();
        if (b == null || !SvgShapes.appendElement(b, s, false, decimals)) return;
        b.append(" fill=\"none\"");
        SvgPaints.append(b, "stroke", paint, alpha(), doc);
        SvgAttributes.stroke(b, bs, decimals, transform);
        end(b);
    }

    @Override
    public void fill(Shape s) {
        if (!SvgPaints.supported(paint)) {
            fillAsImage(s);
            return;
        }
        StringBuilder b = start();
        if (b == null || !SvgShapes.appendElement(b, s, true, decimals)) return;
        SvgPaints.append(b, "fill", paint, alpha(), doc);
        end(b);
    }

    /** The builder to append an element to, in the right clip group; null when the clip is empty (nothing shows). */
    private StringBuilder start() {
        if (!finiteTransform) return null; // a user space scaled by NaN or infinity shows nothing
        if (clip == null) return doc.element(null, false);
        if (clip.getBounds2D().isEmpty()) return null; // an empty clip hides everything
        if (clipData == null) {
            clipData = SvgShapes.pathData(clip, null, 3);
            clipEvenOdd = SvgShapes.evenOdd(clip);
        }
        if (clipData == null) return null; // an empty clip hides everything
        return doc.element(clipData, clipEvenOdd);
    }

    /** Ends an element begun by {@link #start()} and {@link SvgShapes#appendElement}: transform, anti-aliasing, close. */
    private void end(StringBuilder b) {
        SvgAttributes.transform(b, "transform", transform);
        if (hints.get(RenderingHints.KEY_ANTIALIASING) == RenderingHints.VALUE_ANTIALIAS_OFF) b.append(" shape-rendering=\"crispEdges\"");
        b.append("/>\n");
    }

    private float alpha() {
        return composite instanceof AlphaComposite ac ? ac.getAlpha() : 1f;
    }

    /**
     * A paint SVG has no element for (a texture, a custom paint) fills the shape in an image of its device bounds at
     * four device pixels per unit (288 dpi for a chart in points), placed where the shape is.
     */
    private void fillAsImage(Shape s) {
        Rectangle2D bounds = transform.createTransformedShape(s).getBounds2D();
        if (clip != null) bounds = bounds.createIntersection(clip.getBounds2D());
        if (bounds.isEmpty()) return;
        double k = Math.min(4, 4000 / Math.max(bounds.getWidth(), bounds.getHeight()));
        int w = (int) Math.ceil(bounds.getWidth() * k);
        int h = (int) Math.ceil(bounds.getHeight() * k);
        BufferedImage img = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHints(hints);
            g.scale(k, k);
            g.translate(-bounds.getX(), -bounds.getY());
            g.transform(transform);
            g.setPaint(paint); // the composite's alpha is applied to the image as a whole
            g.fill(s);
        } finally {
            g.dispose();
        }
        placeImage(img, AffineTransform.getTranslateInstance(bounds.getX(), bounds.getY()), w / k, h / k);
    }

    // ------------------------------------------------------------------------------------------------ text

    @Override
    public void drawString(String str, float x, float y) {
        if (str == null) throw new NullPointerException("str");
        if (str.isEmpty()) return;
        if (!SvgPaints.supported(paint)) {
            fill(font.createGlyphVector(getFontRenderContext(), str).getOutline(x, y));
            return;
        }
        if (!Float.isFinite(x) || !Float.isFinite(y)) return; // Java 2D draws nothing there either
        AffineTransform t = transform;
        double tx = x;
        double ty = y;
        if (font.isTransformed()) { // rotated or sheared fonts, and super/subscripts, carry a transform of their own
            t = new AffineTransform(transform);
            t.translate(x, y);
            t.concatenate(font.getTransform());
            tx = 0;
            ty = 0;
        }
        StringBuilder b = start();
        if (b == null) return;
        b.append("<text x=\"");
        PlainNumbers.append(b, tx, decimals);
        b.append("\" y=\"");
        PlainNumbers.append(b, ty, decimals);
        b.append('"').append(SvgFonts.attributes(font)).append(" font-size=\"");
        PlainNumbers.append(b, font.getSize2D(), 3);
        b.append('"');
        SvgPaints.append(b, "fill", paint, alpha(), doc);
        SvgAttributes.transform(b, "transform", t);
        b.append(" xml:space=\"preserve\">");
        SvgXml.append(b, str);
        b.append("</text>\n");
    }

    /**
     * Text that reaches the graphics already shaped — {@link TextLayout#draw}, which JFreeChart uses for log-axis tick
     * labels and attributed labels — is written as {@code <text>} when its glyphs are exactly those of a plain string in
     * its font (same glyphs, same advances: {@link PlainGlyphText}); otherwise, as outlines, so it still looks right.
     */
    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        String text = PlainGlyphText.plainText(g);
        if (text == null) {
            fill(g.getOutline(x, y));
            return;
        }
        Font saved = font;
        font = g.getFont();
        try {
            java.awt.geom.Point2D start = g.getGlyphPosition(0);
            drawString(text, (float) (x + start.getX()), (float) (y + start.getY()));
        } finally {
            font = saved;
        }
    }

    // ------------------------------------------------------------------------------------------------ images

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        BufferedImage b = SvgImages.buffered(img);
        if (b == null) return true;
        AffineTransform t = new AffineTransform(transform);
        if (xform != null) t.concatenate(xform);
        placeImage(b, t, b.getWidth(), b.getHeight());
        return true;
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        BufferedImage filtered = op == null ? img : op.filter(img, null);
        drawImage(filtered, x, y, null);
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        drawImage(SvgImages.buffered(img), xform, null);
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        drawRenderedImage(img.createDefaultRendering(), xform);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        BufferedImage b = SvgImages.buffered(img);
        return b == null || drawImage(b, x, y, b.getWidth(), b.getHeight(), observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        BufferedImage b = SvgImages.buffered(img);
        if (b == null) return true;
        AffineTransform t = new AffineTransform(transform);
        t.translate(x, y);
        placeImage(b, t, width, height);
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
        BufferedImage b = SvgImages.buffered(img);
        return b == null || drawImage(b, x, y, b.getWidth(), b.getHeight(), bgcolor, observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
        if (bgcolor != null) {
            Paint saved = paint;
            setPaint(bgcolor);
            fill(new Rectangle2D.Double(x, y, width, height));
            setPaint(saved);
        }
        return drawImage(img, x, y, width, height, observer);
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2, ImageObserver observer) {
        BufferedImage b = SvgImages.region(SvgImages.buffered(img), sx1, sy1, sx2, sy2);
        if (b == null) return true;
        // a source or destination given right to left (or bottom to top) mirrors the image, as in Java 2D
        AffineTransform t = new AffineTransform(transform);
        t.translate(dx1, dy1);
        t.scale((dx2 - dx1) / (double) b.getWidth() * Math.signum(sx2 - sx1 == 0 ? 1 : sx2 - sx1),
                (dy2 - dy1) / (double) b.getHeight() * Math.signum(sy2 - sy1 == 0 ? 1 : sy2 - sy1));
        if (sx2 < sx1) t.translate(-b.getWidth(), 0);
        if (sy2 < sy1) t.translate(0, -b.getHeight());
        placeImage(b, t, b.getWidth(), b.getHeight());
        return true;
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2, Color bgcolor,
            ImageObserver observer) {
        if (bgcolor != null) {
            Paint saved = paint;
            setPaint(bgcolor);
            fill(new Rectangle2D.Double(Math.min(dx1, dx2), Math.min(dy1, dy2), Math.abs(dx2 - dx1), Math.abs(dy2 - dy1)));
            setPaint(saved);
        }
        return drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, observer);
    }

    /** An image drawn at (0, 0) to (w, h) of the space {@code t} maps to the device. */
    private void placeImage(BufferedImage img, AffineTransform t, double w, double h) {
        if (!(w > 0 && h > 0)) return;
        StringBuilder b = start();
        if (b == null) return;
        b.append("<image x=\"0\" y=\"0\" width=\"");
        PlainNumbers.append(b, w, decimals);
        b.append("\" height=\"");
        PlainNumbers.append(b, h, decimals);
        b.append("\" preserveAspectRatio=\"none\"");
        float a = alpha();
        if (a < 1) {
            b.append(" opacity=\"");
            PlainNumbers.append(b, a, 3);
            b.append('"');
        }
        Object interpolation = hints.get(RenderingHints.KEY_INTERPOLATION);
        if (interpolation == null || interpolation == RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR) {
            b.append(" image-rendering=\"optimizeSpeed\""); // Java 2D's default: pixels scaled up stay pixels
        }
        SvgAttributes.transform(b, "transform", t);
        b.append(" xlink:href=\"data:image/png;base64,").append(SvgImages.pngBase64(img)).append("\"/>\n");
    }

    // ------------------------------------------------------------------------------------------------ shapes via Graphics

    /** Fills with the background colour, replacing what is there (as Java 2D does with the SRC rule). */
    @Override
    public void clearRect(int x, int y, int width, int height) {
        fillWithBackground(x, y, width, height, AlphaComposite.Src);
    }

    /**
     * Cannot be done in a vector document (the pixels are never made); Java 2D's printer graphics do nothing either.
     * Neither JFreeChart nor the figures call it.
     */
    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        // nothing to copy: see the comment above
    }

    // ------------------------------------------------------------------------------------------------ state

    @Override
    public Graphics create() {
        return new SvgGraphics2D(this);
    }

    /** XOR has no meaning in a document of vector elements; drawing goes on in paint mode. */
    @Override
    public void setXORMode(Color c1) {
        setPaintMode();
    }

    /** Coordinates keep about 0.001 device units: more decimals when the user space is scaled down to the device. */
    @Override
    protected void transformChanged() {
        finiteTransform = Double.isFinite(transform.getScaleX() + transform.getShearX() + transform.getShearY() + transform.getScaleY()
                + transform.getTranslateX() + transform.getTranslateY());
        double scale = scaleOf(transform);
        decimals = scale > 0 ? (int) Math.max(2, Math.min(10, 3 + Math.ceil(Math.log10(scale)))) : 3;
        super.transformChanged();
    }

    static double scaleOf(AffineTransform t) {
        return Math.max(Math.hypot(t.getScaleX(), t.getShearY()), Math.hypot(t.getShearX(), t.getScaleY()));
    }

    /** The clip's path data is computed again when an element first needs it. */
    @Override
    protected void clipChanged() {
        clipData = null;
    }
}
