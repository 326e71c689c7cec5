package org.cytobench.bench;

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
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.text.AttributedCharacterIterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Graphics2D that passes every call on to another and adds the thread CPU time of each drawing call to a category
 * (large rectangle fill, small rectangle fill, line, path, text, ...), for {@link PngPhaseRun}: which parts of
 * JFreeChart's drawing a raster chart's time goes to. Measuring costs ~0.3 µs a call, small against a call's drawing.
 */
final class TimedGraphics2D extends Graphics2D {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** Category → {CPU nanoseconds, calls}. */
    final Map<String, long[]> times;
    private final Graphics2D g;
    private final double largeArea;

    TimedGraphics2D(Graphics2D g, double largeArea, Map<String, long[]> times) {
        this.g = g;
        this.largeArea = largeArea;
        this.times = times;
    }

    static Map<String, long[]> newTimes() { return new TreeMap<>(); }

    private long t0;

    private void start() { t0 = CPU.getCurrentThreadCpuTime(); }

    private void stop(String what) {
        long t = CPU.getCurrentThreadCpuTime() - t0;
        long[] e = times.computeIfAbsent(what, k -> new long[2]);
        e[0] += t;
        e[1]++;
    }

    private String kind(String op, Shape s) {
        if (s instanceof Rectangle2D r) {
            // device area: the transform is a scale (charts are drawn in points, scaled to dpi)
            AffineTransform t = g.getTransform();
            double area = r.getWidth() * r.getHeight() * Math.abs(t.getDeterminant());
            return op + " rect " + (area >= largeArea ? "large" : "small");
        }
        if (s instanceof Line2D) return op + " line";
        return op + " " + s.getClass().getSimpleName();
    }

    @Override public void draw(Shape s) { String k = kind("draw", s); start(); g.draw(s); stop(k); }
    @Override public void fill(Shape s) { String k = kind("fill", s); start(); g.fill(s); stop(k); }
    @Override public void drawString(String str, int x, int y) { start(); g.drawString(str, x, y); stop("text drawString"); }
    @Override public void drawString(String str, float x, float y) { start(); g.drawString(str, x, y); stop("text drawString"); }
    @Override public void drawString(AttributedCharacterIterator it, int x, int y) { start(); g.drawString(it, x, y); stop("text attributed"); }
    @Override public void drawString(AttributedCharacterIterator it, float x, float y) { start(); g.drawString(it, x, y); stop("text attributed"); }
    @Override public void drawGlyphVector(GlyphVector gv, float x, float y) { start(); g.drawGlyphVector(gv, x, y); stop("text glyphVector"); }
    @Override public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) { start(); boolean b = g.drawImage(img, xform, obs); stop("image"); return b; }
    @Override public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) { start(); g.drawImage(img, op, x, y); stop("image"); }
    @Override public void drawRenderedImage(RenderedImage img, AffineTransform xform) { start(); g.drawRenderedImage(img, xform); stop("image"); }
    @Override public void drawRenderableImage(RenderableImage img, AffineTransform xform) { start(); g.drawRenderableImage(img, xform); stop("image"); }
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
    @Override public Graphics create() { return new TimedGraphics2D((Graphics2D) g.create(), largeArea, times); }
    @Override public Color getColor() { return g.getColor(); }
    @Override public void setColor(Color c) { g.setColor(c); }
    @Override public void setPaintMode() { g.setPaintMode(); }
    @Override public void setXORMode(Color c1) { g.setXORMode(c1); }
    @Override public Font getFont() { return g.getFont(); }
    @Override public void setFont(Font font) { g.setFont(font); }
    @Override public FontMetrics getFontMetrics(Font f) { return g.getFontMetrics(f); }
    @Override public Rectangle getClipBounds() { return g.getClipBounds(); }
    @Override public void clipRect(int x, int y, int width, int height) { g.clipRect(x, y, width, height); }
    @Override public void setClip(int x, int y, int width, int height) { g.setClip(x, y, width, height); }
    @Override public Shape getClip() { return g.getClip(); }
    @Override public void setClip(Shape clip) { g.setClip(clip); }
    @Override public void copyArea(int x, int y, int width, int height, int dx, int dy) { g.copyArea(x, y, width, height, dx, dy); }
    @Override public void drawLine(int x1, int y1, int x2, int y2) { start(); g.drawLine(x1, y1, x2, y2); stop("draw int line"); }
    @Override public void fillRect(int x, int y, int width, int height) { start(); g.fillRect(x, y, width, height); stop("fill int rect"); }
    @Override public void drawRect(int x, int y, int width, int height) { start(); g.drawRect(x, y, width, height); stop("draw int rect"); }
    @Override public void clearRect(int x, int y, int width, int height) { start(); g.clearRect(x, y, width, height); stop("clear int rect"); }
    @Override public void drawRoundRect(int x, int y, int w, int h, int aw, int ah) { start(); g.drawRoundRect(x, y, w, h, aw, ah); stop("draw int other"); }
    @Override public void fillRoundRect(int x, int y, int w, int h, int aw, int ah) { start(); g.fillRoundRect(x, y, w, h, aw, ah); stop("fill int other"); }
    @Override public void drawOval(int x, int y, int w, int h) { start(); g.drawOval(x, y, w, h); stop("draw int other"); }
    @Override public void fillOval(int x, int y, int w, int h) { start(); g.fillOval(x, y, w, h); stop("fill int other"); }
    @Override public void drawArc(int x, int y, int w, int h, int s, int a) { start(); g.drawArc(x, y, w, h, s, a); stop("draw int other"); }
    @Override public void fillArc(int x, int y, int w, int h, int s, int a) { start(); g.fillArc(x, y, w, h, s, a); stop("fill int other"); }
    @Override public void drawPolyline(int[] x, int[] y, int n) { start(); g.drawPolyline(x, y, n); stop("draw int other"); }
    @Override public void drawPolygon(int[] x, int[] y, int n) { start(); g.drawPolygon(x, y, n); stop("draw int other"); }
    @Override public void fillPolygon(int[] x, int[] y, int n) { start(); g.fillPolygon(x, y, n); stop("fill int other"); }
    @Override public boolean drawImage(Image img, int x, int y, ImageObserver o) { start(); boolean b = g.drawImage(img, x, y, o); stop("image"); return b; }
    @Override public boolean drawImage(Image img, int x, int y, int w, int h, ImageObserver o) { start(); boolean b = g.drawImage(img, x, y, w, h, o); stop("image"); return b; }
    @Override public boolean drawImage(Image img, int x, int y, Color bg, ImageObserver o) { start(); boolean b = g.drawImage(img, x, y, bg, o); stop("image"); return b; }
    @Override public boolean drawImage(Image img, int x, int y, int w, int h, Color bg, ImageObserver o) { start(); boolean b = g.drawImage(img, x, y, w, h, bg, o); stop("image"); return b; }
    @Override public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2, ImageObserver o) {
        start(); boolean b = g.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, o); stop("image"); return b;
    }
    @Override public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2, Color bg, ImageObserver o) {
        start(); boolean b = g.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, bg, o); stop("image"); return b;
    }
    @Override public void dispose() { g.dispose(); }
}
