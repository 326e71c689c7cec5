package org.cytobench.chart;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Graphics2D a chart PNG is drawn through: everything goes to the raster's own Graphics2D, except fills in opaque
 * white of pixels that are all white already, which are left out, and the white the raster needs under the chart is
 * painted only where the chart's first fill does not cover it.
 *
 * <p>Why: a JFreeChart fills its whole area with its background, then every plot and subplot fills its own area again —
 * white over white, a full pass over the pixels each time (the standard curve: four of them, 6 million pixels at
 * 300 dpi; with the image painted white before, five). In {@code analyze} those fills were a quarter of the PNGs'
 * drawing time (JFR). A fill of opaque white can only turn a pixel white, and leaves a white pixel white at any
 * coverage (the blend of white over white is white exactly), so where every pixel it can reach is known white it changes
 * nothing. What is known: once the chart's first fill has covered the raster in white, the whole raster is white except
 * where something has been drawn since; this class keeps the device-space bounds of everything drawn (shapes with their
 * stroke's reach, text by its logical bounds and one em around, anything it cannot bound makes it give up skipping) and
 * skips a white fill only when its bounds, two pixels wider, meet none of them.
 *
 * <p>The raster arrives with only its right and bottom fringe, the pixels outside {@code [0, coverX) × [0, coverY)},
 * painted white. If the first thing drawn is not an opaque white fill that covers all the rest whole (a JFreeChart's
 * background is), the rest is painted white first, so the result never depends on what the raster held before.
 */
final class WhiteFillSkippingGraphics2D extends Graphics2D {
    /** What the wrappers over one raster (the first and those made by {@link #create()}) know about its pixels. */
    private static final class Canvas {
        final BufferedImage image;
        /** The part of the raster not painted white yet: [0, coverX) × [0, coverY); none once {@code pending} is false. */
        final int coverX;
        final int coverY;
        boolean pending;
        /** Skipping given up: something was drawn whose bounds are not known. */
        boolean lost;
        /** Bounds of what was drawn since the raster was all white: x1, y1, x2, y2 in device pixels, four at a time. */
        double[] boxes = new double[64];
        int nboxes;
        int textsBounded;
        int fillsLeftOut;
        /** Text drawn since, bounded only when a white fill has to be checked against it. */
        final List<Runnable> unbounded = new ArrayList<>();

        Canvas(BufferedImage image, int coverX, int coverY) {
            this.image = image;
            this.coverX = coverX;
            this.coverY = coverY;
            this.pending = coverX > 0 && coverY > 0;
        }

        /** Paints the part not yet white, with a Graphics2D of its own (no transform, clip or hints of the chart's). */
        void paintPending() {
            if (!pending) return;
            pending = false;
            Graphics2D g = image.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, coverX, coverY);
            } finally {
                g.dispose();
            }
        }

        void box(double x1, double y1, double x2, double y2) {
            if (lost) return;
            if (nboxes == boxes.length) boxes = java.util.Arrays.copyOf(boxes, boxes.length * 2);
            boxes[nboxes++] = x1;
            boxes[nboxes++] = y1;
            boxes[nboxes++] = x2;
            boxes[nboxes++] = y2;
        }

        boolean touchesDrawn(double x1, double y1, double x2, double y2) {
            for (Runnable r : unbounded) r.run();
            unbounded.clear();
            for (int i = 0; i < nboxes; i += 4) {
                if (x1 < boxes[i + 2] && boxes[i] < x2 && y1 < boxes[i + 3] && boxes[i + 1] < y2) return true;
            }
            return false;
        }
    }

    /** Added around every bound: anti-aliasing, stroke normalisation and rounding reach at most a pixel further. */
    private static final double MARGIN = 2;
    /** Texts bounded per raster at most (a chart's titles and axis labels before its plots' backgrounds are a dozen). */
    private static final int TEXT_BOUNDS = 64;

    private final Graphics2D g;
    private final Canvas canvas;

    /**
     * Draws into {@code image} through {@code g} (its Graphics2D); the pixels outside [0, coverX) × [0, coverY) must be
     * white already.
     */
    WhiteFillSkippingGraphics2D(Graphics2D g, BufferedImage image, int coverX, int coverY) {
        this(g, new Canvas(image, coverX, coverY));
    }

    private WhiteFillSkippingGraphics2D(Graphics2D g, Canvas canvas) {
        this.g = g;
        this.canvas = canvas;
    }

    /** White fills left out so far on this raster (for tests and measurements). */
    int fillsLeftOut() {
        return canvas.fillsLeftOut;
    }

    /** Paints what is still not painted (a chart that drew nothing leaves a white image, as before). */
    void finish() {
        canvas.paintPending();
    }

    // ---- what is known ----

    /** Whether the current paint and composite put opaque white wherever they draw. */
    private boolean paintsOpaqueWhite() {
        if (!(g.getPaint() instanceof Color c) || c.getRGB() != 0xFFFFFFFF) return false;
        return g.getComposite() instanceof AlphaComposite a && a.getAlpha() == 1f
                && (a.getRule() == AlphaComposite.SRC_OVER || a.getRule() == AlphaComposite.SRC);
    }

    /** Device bounds of a user-space rectangle under the current transform, MARGIN wider on every side. */
    private double[] device(double x1, double y1, double x2, double y2) {
        AffineTransform t = g.getTransform();
        double[] p = {x1, y1, x2, y1, x1, y2, x2, y2};
        t.transform(p, 0, p, 0, 4);
        double minX = Math.min(Math.min(p[0], p[2]), Math.min(p[4], p[6]));
        double maxX = Math.max(Math.max(p[0], p[2]), Math.max(p[4], p[6]));
        double minY = Math.min(Math.min(p[1], p[3]), Math.min(p[5], p[7]));
        double maxY = Math.max(Math.max(p[1], p[3]), Math.max(p[5], p[7]));
        return new double[] {minX - MARGIN, minY - MARGIN, maxX + MARGIN, maxY + MARGIN};
    }

    /** Something is drawn within these user-space bounds (widened by {@code pad} user units). */
    private void drawn(double x1, double y1, double x2, double y2, double pad) {
        canvas.paintPending();
        if (canvas.lost) return;
        if (!(Double.isFinite(x1) && Double.isFinite(y1) && Double.isFinite(x2) && Double.isFinite(y2) && Double.isFinite(pad))) {
            canvas.lost = true;
            return;
        }
        double[] d = device(Math.min(x1, x2) - pad, Math.min(y1, y2) - pad, Math.max(x1, x2) + pad, Math.max(y1, y2) + pad);
        canvas.box(d[0], d[1], d[2], d[3]);
    }

    private void drawn(Rectangle2D r, double pad) {
        drawn(r.getMinX(), r.getMinY(), r.getMaxX(), r.getMaxY(), pad);
    }

    /** Something is drawn whose bounds are not known: from now on nothing is skipped. */
    private void drawnAnywhere() {
        canvas.paintPending();
        canvas.lost = true;
    }

    /**
     * How far the current stroke reaches beyond the outline of {@code s}, in user units; NaN if it is not a BasicStroke.
     * Half the width, times √2 where a square cap's or a right angle's corner sticks out (lines, rectangles, ellipses:
     * no sharper corners), times the miter limit for any other shape joined with miters.
     */
    private double strokeReach(Shape s) {
        if (!(g.getStroke() instanceof BasicStroke b)) return Double.NaN;
        double half = b.getLineWidth() / 2.0;
        boolean gentle = s instanceof java.awt.geom.Line2D || s instanceof Rectangle2D || s instanceof java.awt.geom.Ellipse2D
                || s instanceof java.awt.geom.RoundRectangle2D || s == null;
        double corner = gentle || b.getLineJoin() != BasicStroke.JOIN_MITER ? Math.sqrt(2) : Math.max(Math.sqrt(2), b.getMiterLimit());
        return half * corner;
    }

    /**
     * Text at (x, y) in the current font, bounded when a white fill needs it: its logical bounds (advance, ascent, descent,
     * leading) together with the ink of its glyphs as laid out (shaped), a tenth of an em around both. Bounding is costly
     * (a glyph layout), so it is done lazily and at most {@link #TEXT_BOUNDS} times per raster; beyond, skipping stops.
     */
    private void drawnText(String s, double x, double y) {
        canvas.paintPending();
        if (canvas.lost) return;
        Font font = g.getFont();
        FontRenderContext frc = g.getFontRenderContext();
        AffineTransform t = g.getTransform();
        canvas.unbounded.add(() -> {
            if (++canvas.textsBounded > TEXT_BOUNDS) {
                canvas.lost = true;
                return;
            }
            char[] chars = s.toCharArray();
            Rectangle2D b = font.getStringBounds(chars, 0, chars.length, frc)
                    .createUnion(font.layoutGlyphVector(frc, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT).getVisualBounds());
            double pad = 0.1 * font.getSize2D();
            boundInDevice(t, x + b.getMinX() - pad, y + b.getMinY() - pad, x + b.getMaxX() + pad, y + b.getMaxY() + pad);
        });
    }

    private void drawnGlyphs(GlyphVector gv, double x, double y) {
        canvas.paintPending();
        if (canvas.lost) return;
        AffineTransform t = g.getTransform();
        Rectangle2D b = gv.getLogicalBounds().createUnion(gv.getVisualBounds());
        double pad = 0.1 * gv.getFont().getSize2D();
        canvas.unbounded.add(() -> boundInDevice(t, x + b.getMinX() - pad, y + b.getMinY() - pad, x + b.getMaxX() + pad,
                y + b.getMaxY() + pad));
    }

    private void boundInDevice(AffineTransform t, double x1, double y1, double x2, double y2) {
        if (!(Double.isFinite(x1) && Double.isFinite(y1) && Double.isFinite(x2) && Double.isFinite(y2))) {
            canvas.lost = true;
            return;
        }
        double[] p = {x1, y1, x2, y1, x1, y2, x2, y2};
        t.transform(p, 0, p, 0, 4);
        canvas.box(Math.min(Math.min(p[0], p[2]), Math.min(p[4], p[6])) - MARGIN,
                Math.min(Math.min(p[1], p[3]), Math.min(p[5], p[7])) - MARGIN,
                Math.max(Math.max(p[0], p[2]), Math.max(p[4], p[6])) + MARGIN,
                Math.max(Math.max(p[1], p[3]), Math.max(p[5], p[7])) + MARGIN);
    }

    /**
     * Whether filling {@code r} (opaque white) covers every pixel of the part not painted yet whole: an axis-aligned
     * rectangle around it, drawn where nothing moves its edges (stroke control pure) and no clip cuts it.
     */
    private boolean coversPending(Rectangle2D r) {
        AffineTransform t = g.getTransform();
        if (t.getShearX() != 0 || t.getShearY() != 0 || t.getScaleX() <= 0 || t.getScaleY() <= 0) return false;
        if (g.getRenderingHint(RenderingHints.KEY_STROKE_CONTROL) != RenderingHints.VALUE_STROKE_PURE) return false;
        double x1 = r.getX() * t.getScaleX() + t.getTranslateX();
        double y1 = r.getY() * t.getScaleY() + t.getTranslateY();
        double x2 = x1 + t.getScaleX() * r.getWidth();
        double y2 = y1 + t.getScaleY() * r.getHeight();
        if (!(x1 <= 0 && y1 <= 0 && x2 >= canvas.coverX && y2 >= canvas.coverY)) return false;
        Shape clip = g.getClip();
        if (clip == null) return true;
        Rectangle2D c = t.createTransformedShape(clip).getBounds2D();
        return clip instanceof Rectangle2D && c.getMinX() <= 0 && c.getMinY() <= 0 && c.getMaxX() >= canvas.coverX
                && c.getMaxY() >= canvas.coverY;
    }

    @Override
    public void fill(Shape s) {
        if (!canvas.lost && paintsOpaqueWhite()) {
            Rectangle2D b = s.getBounds2D();
            if (canvas.pending) {
                if (!(s instanceof Rectangle2D r && coversPending(r))) canvas.paintPending();
                canvas.pending = false; // covered now, whole, in white: the raster is all white
                g.fill(s);
                return;
            }
            double[] d = device(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
            if (!canvas.touchesDrawn(d[0], d[1], d[2], d[3])) { // every pixel it could reach is white already
                canvas.fillsLeftOut++;
                return;
            }
            g.fill(s); // white over what was drawn: nothing turns non-white, nothing to remember
            return;
        }
        Rectangle2D b = s.getBounds2D();
        drawn(b, 0);
        g.fill(s);
    }

    @Override
    public void draw(Shape s) {
        double reach = strokeReach(s);
        if (Double.isNaN(reach)) drawnAnywhere();
        else drawn(s.getBounds2D(), reach);
        g.draw(s);
    }

    @Override public void drawString(String str, int x, int y) { drawnText(str, x, y); g.drawString(str, x, y); }
    @Override public void drawString(String str, float x, float y) { drawnText(str, x, y); g.drawString(str, x, y); }
    @Override public void drawString(AttributedCharacterIterator it, int x, int y) { drawnAnywhere(); g.drawString(it, x, y); }
    @Override public void drawString(AttributedCharacterIterator it, float x, float y) { drawnAnywhere(); g.drawString(it, x, y); }
    @Override public void drawGlyphVector(GlyphVector gv, float x, float y) { drawnGlyphs(gv, x, y); g.drawGlyphVector(gv, x, y); }

    @Override public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) { drawnAnywhere(); return g.drawImage(img, xform, obs); }
    @Override public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) { drawnAnywhere(); g.drawImage(img, op, x, y); }
    @Override public void drawRenderedImage(RenderedImage img, AffineTransform xform) { drawnAnywhere(); g.drawRenderedImage(img, xform); }
    @Override public void drawRenderableImage(RenderableImage img, AffineTransform xform) { drawnAnywhere(); g.drawRenderableImage(img, xform); }
    @Override public boolean drawImage(Image img, int x, int y, ImageObserver o) { drawnAnywhere(); return g.drawImage(img, x, y, o); }
    @Override public boolean drawImage(Image img, int x, int y, int w, int h, ImageObserver o) { drawnAnywhere(); return g.drawImage(img, x, y, w, h, o); }
    @Override public boolean drawImage(Image img, int x, int y, Color bg, ImageObserver o) { drawnAnywhere(); return g.drawImage(img, x, y, bg, o); }
    @Override public boolean drawImage(Image img, int x, int y, int w, int h, Color bg, ImageObserver o) { drawnAnywhere(); return g.drawImage(img, x, y, w, h, bg, o); }
    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2, ImageObserver o) {
        drawnAnywhere();
        return g.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, o);
    }
    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2, Color bg, ImageObserver o) {
        drawnAnywhere();
        return g.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, bg, o);
    }

    // the integer shapes: bounded by their corners (outlines by the stroke's reach too)
    @Override public void drawLine(int x1, int y1, int x2, int y2) { drawnOutline(x1, y1, x2, y2); g.drawLine(x1, y1, x2, y2); }
    @Override public void fillRect(int x, int y, int w, int h) { drawn(x, y, x + (double) w, y + (double) h, 0); g.fillRect(x, y, w, h); }
    @Override public void drawRect(int x, int y, int w, int h) { drawnOutline(x, y, x + (double) w, y + (double) h); g.drawRect(x, y, w, h); }
    @Override public void clearRect(int x, int y, int w, int h) { drawn(x, y, x + (double) w, y + (double) h, 0); g.clearRect(x, y, w, h); }
    @Override public void drawRoundRect(int x, int y, int w, int h, int aw, int ah) { drawnOutline(x, y, x + (double) w, y + (double) h); g.drawRoundRect(x, y, w, h, aw, ah); }
    @Override public void fillRoundRect(int x, int y, int w, int h, int aw, int ah) { drawn(x, y, x + (double) w, y + (double) h, 0); g.fillRoundRect(x, y, w, h, aw, ah); }
    @Override public void drawOval(int x, int y, int w, int h) { drawnOutline(x, y, x + (double) w, y + (double) h); g.drawOval(x, y, w, h); }
    @Override public void fillOval(int x, int y, int w, int h) { drawn(x, y, x + (double) w, y + (double) h, 0); g.fillOval(x, y, w, h); }
    @Override public void drawArc(int x, int y, int w, int h, int s, int a) { drawnOutline(x, y, x + (double) w, y + (double) h); g.drawArc(x, y, w, h, s, a); }
    @Override public void fillArc(int x, int y, int w, int h, int s, int a) { drawn(x, y, x + (double) w, y + (double) h, 0); g.fillArc(x, y, w, h, s, a); }
    @Override public void drawPolyline(int[] x, int[] y, int n) { drawnPoints(x, y, n, true); g.drawPolyline(x, y, n); }
    @Override public void drawPolygon(int[] x, int[] y, int n) { drawnPoints(x, y, n, true); g.drawPolygon(x, y, n); }
    @Override public void fillPolygon(int[] x, int[] y, int n) { drawnPoints(x, y, n, false); g.fillPolygon(x, y, n); }
    @Override public void copyArea(int x, int y, int width, int height, int dx, int dy) { drawnAnywhere(); g.copyArea(x, y, width, height, dx, dy); }

    private void drawnOutline(double x1, double y1, double x2, double y2) {
        double reach = strokeReach(null);
        if (Double.isNaN(reach)) drawnAnywhere();
        else drawn(x1, y1, x2, y2, reach + 1); // + 1: integer outlines are drawn on the pixel to the right and below
    }

    /** A polygon's or polyline's outline: its joins may be sharp, so the miter limit counts. */
    private void drawnPolygon(double x1, double y1, double x2, double y2) {
        double reach = strokeReach(new java.awt.geom.Path2D.Double());
        if (Double.isNaN(reach)) drawnAnywhere();
        else drawn(x1, y1, x2, y2, reach + 1);
    }

    private void drawnPoints(int[] x, int[] y, int n, boolean outline) {
        if (n <= 0) return;
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        if (outline) drawnPolygon(minX, minY, maxX, maxY);
        else drawn(minX, minY, maxX, maxY, 1);
    }

    @Override public void setXORMode(Color c1) { drawnAnywhere(); g.setXORMode(c1); }

    // ---- everything else is the raster's Graphics2D's ----

    @Override public Graphics create() { return new WhiteFillSkippingGraphics2D((Graphics2D) g.create(), canvas); }
    @Override public boolean hit(Rectangle rect, Shape s, boolean onStroke) { return g.hit(rect, s, onStroke); }
    @Override public GraphicsConfiguration getDeviceConfiguration() { return g.getDeviceConfiguration(); }
    @Override public void setComposite(Composite comp) { g.setComposite(comp); }
    @Override public void setPaint(Paint paint) { g.setPaint(paint); }
    @Override public void setStroke(Stroke s) { g.setStroke(s); }
    @Override public void setRenderingHint(RenderingHints.Key hintKey, Object hintValue) { g.setRenderingHint(hintKey, hintValue); }
    @Override public Object getRenderingHint(RenderingHints.Key hintKey) { return g.getRenderingHint(hintKey); }
    @Override public void setRenderingHints(Map<?, ?> hints) { g.setRenderingHints(hints); }
    @Override public void addRenderingHints(Map<?, ?> hints) { g.addRenderingHints(hints); }
    @Override public RenderingHints getRenderingHints() { return g.getRenderingHints(); }
    @Override public void translate(int x, int y) { g.translate(x, y); }
    @Override public void translate(double tx, double ty) { g.translate(tx, ty); }
    @Override public void rotate(double theta) { g.rotate(theta); }
    @Override public void rotate(double theta, double x, double y) { g.rotate(theta, x, y); }
    @Override public void scale(double sx, double sy) { g.scale(sx, sy); }
    @Override public void shear(double shx, double shy) { g.shear(shx, shy); }
    @Override public void transform(AffineTransform tx) { g.transform(tx); }
    @Override public void setTransform(AffineTransform tx) { g.setTransform(tx); }
    @Override public AffineTransform getTransform() { return g.getTransform(); }
    @Override public Paint getPaint() { return g.getPaint(); }
    @Override public Composite getComposite() { return g.getComposite(); }
    @Override public void setBackground(Color color) { g.setBackground(color); }
    @Override public Color getBackground() { return g.getBackground(); }
    @Override public Stroke getStroke() { return g.getStroke(); }
    @Override public void clip(Shape s) { g.clip(s); }
    @Override public FontRenderContext getFontRenderContext() { return g.getFontRenderContext(); }
    @Override public Color getColor() { return g.getColor(); }
    @Override public void setColor(Color c) { g.setColor(c); }
    @Override public void setPaintMode() { g.setPaintMode(); }
    @Override public Font getFont() { return g.getFont(); }
    @Override public void setFont(Font font) { g.setFont(font); }
    @Override public FontMetrics getFontMetrics(Font f) { return g.getFontMetrics(f); }
    @Override public Rectangle getClipBounds() { return g.getClipBounds(); }
    @Override public void clipRect(int x, int y, int width, int height) { g.clipRect(x, y, width, height); }
    @Override public void setClip(int x, int y, int width, int height) { g.setClip(x, y, width, height); }
    @Override public Shape getClip() { return g.getClip(); }
    @Override public void setClip(Shape clip) { g.setClip(clip); }
    @Override public void dispose() { g.dispose(); }
}
