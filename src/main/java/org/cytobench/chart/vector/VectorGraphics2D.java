package org.cytobench.chart.vector;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedCharacterIterator;
import java.util.HashMap;
import java.util.Map;

/**
 * The Graphics2D state that the vector writers share — the SVG writer ({@code chart.svg.SvgGraphics2D}) and the chart PDF
 * writer ({@code pdf.figure.FigurePdfGraphics2D}): paint, colour, composite, stroke, font, rendering hints, the user
 * transform, the clip kept in device space, text measured by Java 2D with the same hints (so a chart laid out here is
 * laid out as in its PNG), and the int-coordinate shape methods of {@link java.awt.Graphics} as shapes. A subclass draws:
 * {@code draw}, {@code fill}, text, images, {@code clearRect}, {@code create}, {@code copyArea}, {@code setXORMode}.
 *
 * <p>The state fields are the subclasses' to read; they change them only through the setters, which keep the measuring
 * graphics in step and call {@link #transformChanged()} and {@link #clipChanged()}.
 */
public abstract class VectorGraphics2D extends Graphics2D {
    protected AffineTransform transform;
    protected Paint paint = Color.BLACK;
    protected Color color = Color.BLACK;
    protected Color background = Color.WHITE;
    protected Stroke stroke = new BasicStroke(1f);
    protected Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    protected Composite composite = AlphaComposite.SrcOver;
    protected final RenderingHints hints;
    /** The clip in device space, or null for none. */
    protected Shape clip;
    /** Java 2D's own graphics with the same state, for font metrics exactly as a raster drawing would measure them. */
    private Graphics2D measure;

    /** A fresh state: identity transform, black, 12 pt sans-serif, no clip. */
    protected VectorGraphics2D() {
        this.transform = new AffineTransform();
        // a viewer places vector text at fractional positions and draws everything anti-aliased: measure text the same
        // way (and as ChartExporter's PNGs do), so labels laid out here fit where they are shown
        this.hints = new RenderingHints(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        hints.put(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        hints.put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        hints.put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /** A copy of {@code g}'s state, for {@link #create()}. */
    protected VectorGraphics2D(VectorGraphics2D g) {
        this.transform = new AffineTransform(g.transform);
        this.paint = g.paint;
        this.color = g.color;
        this.background = g.background;
        this.stroke = g.stroke;
        this.font = g.font;
        this.composite = g.composite;
        this.hints = (RenderingHints) g.hints.clone();
        this.clip = g.clip;
    }

    /** Called after every change of {@link #transform}; a subclass that overrides it calls this one. */
    protected void transformChanged() {
        if (measure != null) measure.setTransform(transform);
    }

    /** Called after every change of {@link #clip}. */
    protected void clipChanged() {}

    // ------------------------------------------------------------------------------------------------ text

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator it, int x, int y) {
        drawString(it, (float) x, (float) y);
    }

    /**
     * Attributed text run by run: each run in its own font (a superscript is a transformed font) and colour, drawn by
     * {@link #drawString(String, float, float)} after the advance of the runs before it, as {@link TextLayout} would.
     * A run whose attributes the writer refuses ({@link #drawsAttributes}) ends the drawing of the string.
     */
    @Override
    public void drawString(AttributedCharacterIterator it, float x, float y) {
        Font savedFont = font;
        Paint savedPaint = paint;
        try {
            double advance = 0;
            for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.current()) {
                int start = it.getIndex();
                int limit = it.getRunLimit();
                Map<AttributedCharacterIterator.Attribute, Object> attrs = it.getAttributes();
                if (!drawsAttributes(attrs)) return;
                StringBuilder run = new StringBuilder(limit - start);
                for (; it.getIndex() < limit; it.next()) run.append(it.current());
                Font runFont = attrs.get(TextAttribute.FONT) instanceof Font f ? f : savedFont.deriveFont(attrs);
                Paint runPaint = attrs.get(TextAttribute.FOREGROUND) instanceof Paint p ? p : savedPaint;
                String text = run.toString();
                setFont(runFont);
                setPaint(runPaint);
                drawString(text, (float) (x + advance), y);
                advance += new TextLayout(text, runFont, getFontRenderContext()).getAdvance();
            }
        } finally {
            setFont(savedFont);
            setPaint(savedPaint);
        }
    }

    /** Whether this writer draws a run with these attributes (all, unless a subclass says otherwise). */
    protected boolean drawsAttributes(Map<AttributedCharacterIterator.Attribute, Object> attrs) {
        return true;
    }

    @Override
    public void drawChars(char[] data, int offset, int length, int x, int y) {
        drawString(new String(data, offset, length), x, y);
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return measure().getFontRenderContext();
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return measure().getFontMetrics(f);
    }

    private Graphics2D measure() {
        if (measure == null) {
            measure = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
            measure.setRenderingHints(hints);
            measure.setTransform(transform);
            measure.setFont(font);
        }
        return measure;
    }

    // ------------------------------------------------------------------------------------------------ shapes via Graphics

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void drawRect(int x, int y, int width, int height) {
        if (width < 0 || height < 0) return;
        draw(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        draw(new RoundRectangle2D.Double(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        fill(new RoundRectangle2D.Double(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        draw(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        draw(new Arc2D.Double(x, y, width, height, startAngle, arcAngle, Arc2D.OPEN));
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        fill(new Arc2D.Double(x, y, width, height, startAngle, arcAngle, Arc2D.PIE));
    }

    @Override
    public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
        draw(polygon(xPoints, yPoints, nPoints, false));
    }

    @Override
    public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        draw(polygon(xPoints, yPoints, nPoints, true));
    }

    @Override
    public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        fill(polygon(xPoints, yPoints, nPoints, true));
    }

    private static Path2D polygon(int[] xs, int[] ys, int n, boolean close) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD, Math.max(n, 2)); // java.awt.Polygon's rule
        for (int i = 0; i < n; i++) {
            if (i == 0) p.moveTo(xs[i], ys[i]);
            else p.lineTo(xs[i], ys[i]);
        }
        if (close && n > 0) p.closePath();
        return p;
    }

    @Override
    public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
        Shape shape = onStroke ? stroke.createStrokedShape(s) : s;
        Shape device = transform.createTransformedShape(shape);
        if (clip != null && !clip.intersects(rect)) return false;
        return device.intersects(rect);
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return measure().getDeviceConfiguration();
    }

    // ------------------------------------------------------------------------------------------------ state

    @Override
    public void dispose() {
        if (measure != null) measure.dispose();
        measure = null;
    }

    @Override
    public void setComposite(Composite comp) {
        if (comp == null) throw new IllegalArgumentException("null composite");
        composite = comp;
        if (measure != null) measure.setComposite(comp);
    }

    @Override
    public Composite getComposite() { return composite; }

    @Override
    public void setPaint(Paint p) {
        if (p == null) return; // Java 2D ignores a null paint
        paint = p;
        if (p instanceof Color c) color = c;
    }

    @Override
    public Paint getPaint() { return paint; }

    @Override
    public Color getColor() { return color; }

    @Override
    public void setColor(Color c) {
        if (c == null) return;
        color = c;
        paint = c;
    }

    @Override
    public void setPaintMode() {
        composite = AlphaComposite.SrcOver;
    }

    @Override
    public void setBackground(Color c) { background = c; }

    @Override
    public Color getBackground() { return background; }

    @Override
    public void setStroke(Stroke s) {
        if (s == null) throw new IllegalArgumentException("null stroke");
        stroke = s;
    }

    @Override
    public Stroke getStroke() { return stroke; }

    @Override
    public Font getFont() { return font; }

    @Override
    public void setFont(Font f) {
        if (f == null) return;
        font = f;
        if (measure != null) measure.setFont(f);
    }

    @Override
    public void setRenderingHint(RenderingHints.Key key, Object value) {
        hints.put(key, value);
        if (measure != null) measure.setRenderingHint(key, value);
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key key) { return hints.get(key); }

    @Override
    public void setRenderingHints(Map<?, ?> map) {
        hints.clear();
        addRenderingHints(map);
        if (measure != null) measure.setRenderingHints(hints);
    }

    @Override
    public void addRenderingHints(Map<?, ?> map) {
        Map<RenderingHints.Key, Object> valid = new HashMap<>();
        map.forEach((k, v) -> {
            if (k instanceof RenderingHints.Key key && key.isCompatibleValue(v)) valid.put(key, v);
        });
        hints.putAll(valid);
        if (measure != null) measure.addRenderingHints(valid);
    }

    @Override
    public RenderingHints getRenderingHints() { return (RenderingHints) hints.clone(); }

    // ------------------------------------------------------------------------------------------------ transform

    @Override
    public void translate(int x, int y) { translate((double) x, (double) y); }

    @Override
    public void translate(double tx, double ty) {
        transform.translate(tx, ty);
        transformChanged();
    }

    @Override
    public void rotate(double theta) {
        transform.rotate(theta);
        transformChanged();
    }

    @Override
    public void rotate(double theta, double x, double y) {
        transform.rotate(theta, x, y);
        transformChanged();
    }

    @Override
    public void scale(double sx, double sy) {
        transform.scale(sx, sy);
        transformChanged();
    }

    @Override
    public void shear(double shx, double shy) {
        transform.shear(shx, shy);
        transformChanged();
    }

    @Override
    public void transform(AffineTransform tx) {
        transform.concatenate(tx);
        transformChanged();
    }

    @Override
    public void setTransform(AffineTransform tx) {
        transform = new AffineTransform(tx);
        transformChanged();
    }

    @Override
    public AffineTransform getTransform() { return new AffineTransform(transform); }

    // ------------------------------------------------------------------------------------------------ clip

    @Override
    public Shape getClip() {
        if (clip == null) return null;
        try {
            return toDevice(transform.createInverse(), clip);
        } catch (NoninvertibleTransformException e) {
            return null; // a collapsed user space has no clip shape to give back; nothing can be drawn in it anyway
        }
    }

    @Override
    public Rectangle getClipBounds() {
        Shape c = getClip();
        return c == null ? null : c.getBounds();
    }

    @Override
    public void clipRect(int x, int y, int width, int height) {
        clip(new Rectangle(x, y, width, height));
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
        setClip(new Rectangle(x, y, width, height));
    }

    @Override
    public void setClip(Shape s) {
        clip = s == null ? null : toDevice(transform, s); // metrics do not depend on the clip: the measuring graphics stays unclipped
        clipChanged();
    }

    @Override
    public void clip(Shape s) {
        if (s == null) {
            clip = null;
        } else {
            Shape device = toDevice(transform, s);
            clip = clip == null ? device : intersect(clip, device);
        }
        clipChanged();
    }

    /**
     * {@code s} mapped by {@code t}. Rectangles stay rectangles under translation and scaling and intersect as rectangles:
     * a chart clips to its plot area over and over, and {@link Area} is far slower.
     */
    protected static Shape toDevice(AffineTransform t, Shape s) {
        if (s instanceof Rectangle2D r && t.getShearX() == 0 && t.getShearY() == 0) {
            double x1 = r.getMinX() * t.getScaleX() + t.getTranslateX();
            double x2 = r.getMaxX() * t.getScaleX() + t.getTranslateX();
            double y1 = r.getMinY() * t.getScaleY() + t.getTranslateY();
            double y2 = r.getMaxY() * t.getScaleY() + t.getTranslateY();
            return new Rectangle2D.Double(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
        }
        return t.createTransformedShape(s);
    }

    private static Shape intersect(Shape a, Shape b) {
        if (a instanceof Rectangle2D ra && b instanceof Rectangle2D rb) {
            double x1 = Math.max(ra.getMinX(), rb.getMinX());
            double y1 = Math.max(ra.getMinY(), rb.getMinY());
            double x2 = Math.min(ra.getMaxX(), rb.getMaxX());
            double y2 = Math.min(ra.getMaxY(), rb.getMaxY());
            return new Rectangle2D.Double(x1, y1, Math.max(0, x2 - x1), Math.max(0, y2 - y1));
        }
        Area area = new Area(a);
        area.intersect(new Area(b));
        return area;
    }

    /**
     * Fills {@code x, y, width, height} with the background colour under {@code composite} ({@code clearRect}'s body in
     * both writers: SVG replaces what is there, the PDF writer paints over it and refuses a translucent background).
     */
    protected final void fillWithBackground(int x, int y, int width, int height, Composite during) {
        Paint savedPaint = paint;
        Composite savedComposite = composite;
        paint = background;
        composite = during;
        fill(new java.awt.geom.Rectangle2D.Double(x, y, width, height));
        paint = savedPaint;
        composite = savedComposite;
    }
}
