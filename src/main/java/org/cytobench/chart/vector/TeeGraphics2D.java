package org.cytobench.chart.vector;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link Graphics2D} that hands every drawing and state call to two graphics — the SVG writer's and the chart PDF
 * writer's — so that a chart is laid out and drawn by JFreeChart once for both files. Queries (transform, clip, font,
 * metrics, paint, stroke, hints, …) are answered by the first.
 *
 * <p>That is only right when both keep the same state for the same calls and measure text alike: both vector writers
 * extend {@link VectorGraphics2D}, which holds the state and measures with one set of hints, so whatever the chart asks
 * the first it would have got, in the same order, from the second (the tests compare the files with those drawn
 * separately, byte for byte). {@link #create()} makes a tee of both copies and {@link #dispose()} disposes both.
 *
 * <p>A call the second writer refuses (the PDF writer marks the figure unsupported) still goes to the first: the caller
 * learns it from the second writer's own result and draws that file again another way.
 */
public final class TeeGraphics2D extends Graphics2D {
    private final Graphics2D first;
    private final Graphics2D second;

    public TeeGraphics2D(Graphics2D first, Graphics2D second) {
        this.first = Objects.requireNonNull(first, "first");
        this.second = Objects.requireNonNull(second, "second");
    }

    // ------------------------------------------------------------------------------------------------ copies

    @Override
    public Graphics create() {
        return new TeeGraphics2D((Graphics2D) first.create(), (Graphics2D) second.create());
    }

    @Override
    public void dispose() {
        first.dispose();
        second.dispose();
    }

    // ------------------------------------------------------------------------------------------------ shapes

    @Override
    public void draw(Shape s) {
        first.draw(s);
        second.draw(s);
    }

    @Override
    public void fill(Shape s) {
        first.fill(s);
        second.fill(s);
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        first.drawLine(x1, y1, x2, y2);
        second.drawLine(x1, y1, x2, y2);
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        first.fillRect(x, y, width, height);
        second.fillRect(x, y, width, height);
    }

    /** Passed on rather than left to {@link Graphics}'s four lines: the writers draw it as one rectangle. */
    @Override
    public void drawRect(int x, int y, int width, int height) {
        first.drawRect(x, y, width, height);
        second.drawRect(x, y, width, height);
    }

    @Override
    public void draw3DRect(int x, int y, int width, int height, boolean raised) {
        first.draw3DRect(x, y, width, height, raised);
        second.draw3DRect(x, y, width, height, raised);
    }

    @Override
    public void fill3DRect(int x, int y, int width, int height, boolean raised) {
        first.fill3DRect(x, y, width, height, raised);
        second.fill3DRect(x, y, width, height, raised);
    }

    @Override
    public void clearRect(int x, int y, int width, int height) {
        first.clearRect(x, y, width, height);
        second.clearRect(x, y, width, height);
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        first.drawRoundRect(x, y, width, height, arcWidth, arcHeight);
        second.drawRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        first.fillRoundRect(x, y, width, height, arcWidth, arcHeight);
        second.fillRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        first.drawOval(x, y, width, height);
        second.drawOval(x, y, width, height);
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        first.fillOval(x, y, width, height);
        second.fillOval(x, y, width, height);
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        first.drawArc(x, y, width, height, startAngle, arcAngle);
        second.drawArc(x, y, width, height, startAngle, arcAngle);
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        first.fillArc(x, y, width, height, startAngle, arcAngle);
        second.fillArc(x, y, width, height, startAngle, arcAngle);
    }

    @Override
    public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
        first.drawPolyline(xPoints, yPoints, nPoints);
        second.drawPolyline(xPoints, yPoints, nPoints);
    }

    @Override
    public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        first.drawPolygon(xPoints, yPoints, nPoints);
        second.drawPolygon(xPoints, yPoints, nPoints);
    }

    @Override
    public void drawPolygon(Polygon p) {
        first.drawPolygon(p);
        second.drawPolygon(p);
    }

    @Override
    public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        first.fillPolygon(xPoints, yPoints, nPoints);
        second.fillPolygon(xPoints, yPoints, nPoints);
    }

    @Override
    public void fillPolygon(Polygon p) {
        first.fillPolygon(p);
        second.fillPolygon(p);
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        first.copyArea(x, y, width, height, dx, dy);
        second.copyArea(x, y, width, height, dx, dy);
    }

    @Override
    public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
        return first.hit(rect, s, onStroke);
    }

    // ------------------------------------------------------------------------------------------------ text

    @Override
    public void drawString(String str, int x, int y) {
        first.drawString(str, x, y);
        second.drawString(str, x, y);
    }

    @Override
    public void drawString(String str, float x, float y) {
        first.drawString(str, x, y);
        second.drawString(str, x, y);
    }

    /** Each writer walks the iterator from its first character ({@link VectorGraphics2D} starts with {@code first()}). */
    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        first.drawString(iterator, x, y);
        second.drawString(iterator, x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        first.drawString(iterator, x, y);
        second.drawString(iterator, x, y);
    }

    @Override
    public void drawChars(char[] data, int offset, int length, int x, int y) {
        first.drawChars(data, offset, length, x, y);
        second.drawChars(data, offset, length, x, y);
    }

    @Override
    public void drawBytes(byte[] data, int offset, int length, int x, int y) {
        first.drawBytes(data, offset, length, x, y);
        second.drawBytes(data, offset, length, x, y);
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        first.drawGlyphVector(g, x, y);
        second.drawGlyphVector(g, x, y);
    }

    @Override
    public FontRenderContext getFontRenderContext() { return first.getFontRenderContext(); }

    @Override
    public FontMetrics getFontMetrics(Font f) { return first.getFontMetrics(f); }

    // ------------------------------------------------------------------------------------------------ images

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        boolean a = first.drawImage(img, xform, obs);
        boolean b = second.drawImage(img, xform, obs);
        return a && b;
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        first.drawImage(img, op, x, y);
        second.drawImage(img, op, x, y);
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        first.drawRenderedImage(img, xform);
        second.drawRenderedImage(img, xform);
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        first.drawRenderableImage(img, xform);
        second.drawRenderableImage(img, xform);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        boolean a = first.drawImage(img, x, y, observer);
        boolean b = second.drawImage(img, x, y, observer);
        return a && b;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        boolean a = first.drawImage(img, x, y, width, height, observer);
        boolean b = second.drawImage(img, x, y, width, height, observer);
        return a && b;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
        boolean a = first.drawImage(img, x, y, bgcolor, observer);
        boolean b = second.drawImage(img, x, y, bgcolor, observer);
        return a && b;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
        boolean a = first.drawImage(img, x, y, width, height, bgcolor, observer);
        boolean b = second.drawImage(img, x, y, width, height, bgcolor, observer);
        return a && b;
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2, ImageObserver observer) {
        boolean a = first.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, observer);
        boolean b = second.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, observer);
        return a && b;
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2, Color bgcolor,
            ImageObserver observer) {
        boolean a = first.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, bgcolor, observer);
        boolean b = second.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, bgcolor, observer);
        return a && b;
    }

    // ------------------------------------------------------------------------------------------------ paint, stroke, font

    @Override
    public void setPaint(Paint paint) {
        first.setPaint(paint);
        second.setPaint(paint);
    }

    @Override
    public Paint getPaint() { return first.getPaint(); }

    @Override
    public void setColor(Color c) {
        first.setColor(c);
        second.setColor(c);
    }

    @Override
    public Color getColor() { return first.getColor(); }

    @Override
    public void setBackground(Color color) {
        first.setBackground(color);
        second.setBackground(color);
    }

    @Override
    public Color getBackground() { return first.getBackground(); }

    @Override
    public void setComposite(Composite comp) {
        first.setComposite(comp);
        second.setComposite(comp);
    }

    @Override
    public Composite getComposite() { return first.getComposite(); }

    @Override
    public void setPaintMode() {
        first.setPaintMode();
        second.setPaintMode();
    }

    @Override
    public void setXORMode(Color c1) {
        first.setXORMode(c1);
        second.setXORMode(c1);
    }

    @Override
    public void setStroke(Stroke s) {
        first.setStroke(s);
        second.setStroke(s);
    }

    @Override
    public Stroke getStroke() { return first.getStroke(); }

    @Override
    public void setFont(Font font) {
        first.setFont(font);
        second.setFont(font);
    }

    @Override
    public Font getFont() { return first.getFont(); }

    @Override
    public void setRenderingHint(RenderingHints.Key hintKey, Object hintValue) {
        first.setRenderingHint(hintKey, hintValue);
        second.setRenderingHint(hintKey, hintValue);
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key hintKey) { return first.getRenderingHint(hintKey); }

    @Override
    public void setRenderingHints(Map<?, ?> hints) {
        first.setRenderingHints(hints);
        second.setRenderingHints(hints);
    }

    @Override
    public void addRenderingHints(Map<?, ?> hints) {
        first.addRenderingHints(hints);
        second.addRenderingHints(hints);
    }

    @Override
    public RenderingHints getRenderingHints() { return first.getRenderingHints(); }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() { return first.getDeviceConfiguration(); }

    // ------------------------------------------------------------------------------------------------ transform

    @Override
    public void translate(int x, int y) {
        first.translate(x, y);
        second.translate(x, y);
    }

    @Override
    public void translate(double tx, double ty) {
        first.translate(tx, ty);
        second.translate(tx, ty);
    }

    @Override
    public void rotate(double theta) {
        first.rotate(theta);
        second.rotate(theta);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        first.rotate(theta, x, y);
        second.rotate(theta, x, y);
    }

    @Override
    public void scale(double sx, double sy) {
        first.scale(sx, sy);
        second.scale(sx, sy);
    }

    @Override
    public void shear(double shx, double shy) {
        first.shear(shx, shy);
        second.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform tx) {
        first.transform(tx);
        second.transform(tx);
    }

    @Override
    public void setTransform(AffineTransform tx) {
        first.setTransform(tx);
        second.setTransform(tx);
    }

    @Override
    public AffineTransform getTransform() { return first.getTransform(); }

    // ------------------------------------------------------------------------------------------------ clip

    @Override
    public Shape getClip() { return first.getClip(); }

    @Override
    public Rectangle getClipBounds() { return first.getClipBounds(); }

    @Override
    public void clipRect(int x, int y, int width, int height) {
        first.clipRect(x, y, width, height);
        second.clipRect(x, y, width, height);
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
        first.setClip(x, y, width, height);
        second.setClip(x, y, width, height);
    }

    @Override
    public void setClip(Shape clip) {
        first.setClip(clip);
        second.setClip(clip);
    }

    @Override
    public void clip(Shape s) {
        first.clip(s);
        second.clip(s);
    }
}
