package org.cytobench.pdf.figure;

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
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.HashMap;
import java.util.Map;
import org.cytobench.chart.svg.SvgGlyphText;
import org.cytobench.pdf.BundledFont;

/**
 * A Java 2D {@link Graphics2D} that writes one PDF page's content stream directly: what the chart kinds draw (paths,
 * fills by winding rule, {@link BasicStroke}s, colours with alpha, {@link AlphaComposite}'s alpha, transforms, clips) and
 * text in a {@link BundledFont} as real PDF text with the font embedded as a subset ({@link FigureFont}). Text is
 * measured with Java 2D (as the PNG is laid out), in the same font the PDF embeds.
 *
 * <p>Anything else — images, gradient or texture paints, a font family without a bundled font, italic or otherwise
 * attributed fonts, right-to-left text, a character the font lacks, XOR mode, other composites — marks the figure
 * {@linkplain FigureCanvas#unsupported unsupported} and {@link FigurePdf} returns nothing, so that the caller draws the
 * figure with the general path ({@code pdf.TextPdf}) instead: nothing is drawn worse than before.
 *
 * <p>Not thread-safe, like every Graphics2D; copies from {@link #create()} are state copies writing into the same stream.
 */
public final class FigurePdfGraphics2D extends Graphics2D {
    private final FigureCanvas canvas;
    private AffineTransform transform;
    private Paint paint = Color.BLACK;
    private Color color = Color.BLACK;
    private Color background = Color.WHITE;
    private Stroke stroke = new BasicStroke(1f);
    private Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private Composite composite = AlphaComposite.SrcOver;
    private final RenderingHints hints;
    /** The clip in device space, or null for none. */
    private Shape clip;
    /** Java 2D's own graphics with the same state, for font metrics exactly as a raster drawing would measure them. */
    private Graphics2D measure;

    FigurePdfGraphics2D(FigureCanvas canvas) {
        this.canvas = canvas;
        this.transform = new AffineTransform();
        // measured as ChartExporter's PNGs and the SVG writer measure: fractional metrics, anti-aliased
        this.hints = new RenderingHints(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        hints.put(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        hints.put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        hints.put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private FigurePdfGraphics2D(FigurePdfGraphics2D g) {
        this.canvas = g.canvas;
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

    // ------------------------------------------------------------------------------------------------ drawing

    @Override
    public void draw(Shape s) {
        if (!(stroke instanceof BasicStroke bs)) {
            fill(stroke.createStrokedShape(s));
            return;
        }
        Color c = colour();
        if (c == null || !ready()) return;
        canvas.lineStyle(bs);
        canvas.colour(c.getRGB() & 0xFFFFFF, alpha(c), true);
        if (canvas.path(s, null)) canvas.content.append("S\n");
    }

    @Override
    public void fill(Shape s) {
        Color c = colour();
        if (c == null || !ready()) return;
        canvas.colour(c.getRGB() & 0xFFFFFF, alpha(c), false);
        if (canvas.path(s, null)) canvas.content.append(evenOdd(s) ? "f*\n" : "f\n");
    }

    private static boolean evenOdd(Shape s) {
        if (s instanceof Rectangle2D) return false;
        return s.getPathIterator(null).getWindingRule() == Path2D.WIND_EVEN_ODD;
    }

    /** The current paint as a colour; null (and the figure unsupported) for any other paint. */
    private Color colour() {
        if (paint instanceof Color c) return c;
        canvas.unsupported("a paint other than a colour: " + paint.getClass().getName());
        return null;
    }

    /** The colour's alpha times the composite's; unsupported composites mark the figure. */
    private float alpha(Color c) {
        float a = c.getAlpha() / 255f;
        if (composite instanceof AlphaComposite ac) {
            int rule = ac.getRule();
            if (rule != AlphaComposite.SRC_OVER && rule != AlphaComposite.SRC) canvas.unsupported("the composite rule " + rule);
            return a * ac.getAlpha();
        }
        canvas.unsupported("a composite other than AlphaComposite: " + composite.getClass().getName());
        return a;
    }

    /** Brings the stream to this graphics' clip and transform; false when nothing can be drawn. */
    private boolean ready() {
        if (canvas.unsupported != null) return false;
        if (clip != null && clip.getBounds2D().isEmpty()) return false; // an empty clip hides everything
        if (composite instanceof AlphaComposite ac && ac.getRule() == AlphaComposite.SRC && ac.getAlpha() < 1) {
            canvas.unsupported("a translucent SRC composite"); // replaces, where source-over blends
            return false;
        }
        return canvas.state(clip, clip != null && evenOdd(clip), transform);
    }

    // ------------------------------------------------------------------------------------------------ text

    @Override
    public void drawString(String str, float x, float y) {
        if (str == null) throw new NullPointerException("str");
        if (str.isEmpty()) return;
        if (!Float.isFinite(x) || !Float.isFinite(y)) return; // Java 2D draws nothing there either
        Color c = colour();
        if (c == null) return;
        BundledFont bundled = BundledFont.forJavaFont(font);
        if (bundled == null) {
            canvas.unsupported("the font " + font.getFontName() + " has no bundled font");
            return;
        }
        if (font.isItalic() || font.hasLayoutAttributes()) {
            canvas.unsupported("an italic or attributed font: " + font);
            return;
        }
        if (!ready()) return;
        FigureFont ff = canvas.font(bundled);
        if (ff == null) return;
        StringBuilder glyphs = new StringBuilder(str.length() * 4);
        for (int i = 0; i < str.length(); ) {
            int cp = str.codePointAt(i);
            i += Character.charCount(cp);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                    || d == Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT) {
                canvas.unsupported("right-to-left text");
                return;
            }
            int gid = ff.glyph(cp);
            if (gid == 0) {
                canvas.unsupported("a character the bundled font lacks: U+" + Integer.toHexString(cp));
                return;
            }
            ff.use(gid, cp);
            FigureFont.hex4(glyphs, gid);
        }
        canvas.colour(c.getRGB() & 0xFFFFFF, alpha(c), false);
        // glyph space upright in the y-down user space; a rotated font (vertical axis label) carries its own transform
        AffineTransform tm = AffineTransform.getTranslateInstance(x, y);
        if (font.isTransformed()) tm.concatenate(font.getTransform());
        tm.scale(1, -1);
        StringBuilder b = canvas.content;
        b.append("BT /").append(ff.resource).append(' ');
        canvas.number(font.getSize2D());
        b.append(" Tf ");
        canvas.matrix(tm);
        b.append(" Tm <").append(glyphs).append("> Tj ET\n");
    }

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator it, int x, int y) {
        drawString(it, (float) x, (float) y);
    }

    /**
     * Attributed text run by run: each run in its own font (a superscript is a transformed font) and colour, placed after
     * the advance of the runs before it, as {@link TextLayout} would (the SVG writer does the same).
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
                if (attrs.get(TextAttribute.BACKGROUND) != null || attrs.get(TextAttribute.RUN_DIRECTION) != null
                        || attrs.get(TextAttribute.BIDI_EMBEDDING) != null) {
                    canvas.unsupported("text attributes this writer does not draw: " + attrs.keySet());
                    return;
                }
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
            font = savedFont;
            setPaint(savedPaint);
            if (measure != null) measure.setFont(font);
        }
    }

    /**
     * Already shaped text — {@code TextLayout.draw}, which JFreeChart uses for log-axis tick labels — is written as PDF
     * text when its glyphs are exactly those of a plain string in its font ({@link SvgGlyphText}, as the SVG writer does)
     * and that font is one this writer prints; otherwise as outlines, as the general path draws it.
     */
    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        Font f = g.getFont();
        String text = BundledFont.forJavaFont(f) == null || f.isItalic() || f.hasLayoutAttributes() ? null : SvgGlyphText.plainText(g);
        if (text == null) {
            fill(g.getOutline(x, y));
            return;
        }
        Font saved = font;
        font = f;
        try {
            Point2D start = g.getGlyphPosition(0);
            drawString(text, (float) (x + start.getX()), (float) (y + start.getY()));
        } finally {
            font = saved;
        }
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

    // ------------------------------------------------------------------------------------------------ images: not here

    private boolean image() {
        canvas.unsupported("an image");
        return true;
    }

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) { return image(); }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) { image(); }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) { image(); }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) { image(); }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) { return image(); }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) { return image(); }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) { return image(); }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) { return image(); }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2, ImageObserver observer) {
        return image();
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2, Color bgcolor,
            ImageObserver observer) {
        return image();
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

    /** Fills with the background colour (an opaque one replaces what is there, as Java 2D's SRC rule does). */
    @Override
    public void clearRect(int x, int y, int width, int height) {
        if (background.getAlpha() < 255) {
            canvas.unsupported("clearRect with a translucent background");
            return;
        }
        Paint savedPaint = paint;
        Composite savedComposite = composite;
        paint = background;
        composite = AlphaComposite.SrcOver;
        fill(new Rectangle2D.Double(x, y, width, height));
        paint = savedPaint;
        composite = savedComposite;
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

    /** Pixels that were never made cannot be copied; the general path is asked to do what it does. */
    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        canvas.unsupported("copyArea");
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
    public Graphics create() {
        return new FigurePdfGraphics2D(this);
    }

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
    public void setXORMode(Color c1) {
        canvas.unsupported("XOR mode");
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

    private void transformChanged() {
        if (measure != null) measure.setTransform(transform);
    }

    // ------------------------------------------------------------------------------------------------ clip

    @Override
    public Shape getClip() {
        if (clip == null) return null;
        try {
            return toSpace(transform.createInverse(), clip);
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
        clip = s == null ? null : toSpace(transform, s);
    }

    @Override
    public void clip(Shape s) {
        if (s == null) {
            clip = null;
            return;
        }
        Shape device = toSpace(transform, s);
        if (clip == null) {
            clip = device;
        } else if (clip instanceof Rectangle2D a && device instanceof Rectangle2D b) {
            Rectangle2D r = a.createIntersection(b);
            clip = r.isEmpty() ? new Rectangle2D.Double() : r;
        } else {
            Area area = new Area(clip);
            area.intersect(new Area(device));
            clip = area;
        }
    }

    /** {@code s} mapped by {@code t}: a rectangle stays a rectangle under scales and translations (the usual case). */
    private static Shape toSpace(AffineTransform t, Shape s) {
        if (s instanceof Rectangle2D r && (t.getType() & ~(AffineTransform.TYPE_TRANSLATION | AffineTransform.TYPE_MASK_SCALE)) == 0) {
            double x0 = t.getScaleX() * r.getX() + t.getTranslateX();
            double x1 = t.getScaleX() * r.getMaxX() + t.getTranslateX();
            double y0 = t.getScaleY() * r.getY() + t.getTranslateY();
            double y1 = t.getScaleY() * r.getMaxY() + t.getTranslateY();
            return new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
        }
        return new Path2D.Double(s, t);
    }
}
