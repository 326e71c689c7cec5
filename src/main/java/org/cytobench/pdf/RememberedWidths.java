package org.cytobench.pdf;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.text.CharacterIterator;
import java.util.HashMap;
import java.util.Map;

/**
 * A font's metrics in one PDF document that remember the width of every string measured. JFreeChart measures the same
 * labels again and again while it lays a chart out (a title's line breaks measure each longer prefix), and each width
 * through the PDF font encodes the string glyph by glyph; remembered, the second measurement is a map lookup. Everything
 * else is the metrics it wraps.
 */
final class RememberedWidths extends FontMetrics {
    private final FontMetrics m;
    private final Map<String, Integer> widths = new HashMap<>();

    RememberedWidths(Font font, FontMetrics metrics) {
        super(font);
        this.m = metrics;
    }

    @Override public int stringWidth(String s) { return widths.computeIfAbsent(s, m::stringWidth); }
    @Override public int charsWidth(char[] data, int off, int len) { return stringWidth(new String(data, off, len)); }
    @Override public int charWidth(char c) { return stringWidth(String.valueOf(c)); }
    @Override public int charWidth(int codePoint) { return stringWidth(new String(Character.toChars(codePoint))); }
    @Override public int bytesWidth(byte[] data, int off, int len) { return m.bytesWidth(data, off, len); }
    @Override public int[] getWidths() { return m.getWidths(); }
    @Override public int getAscent() { return m.getAscent(); }
    @Override public int getDescent() { return m.getDescent(); }
    @Override public int getLeading() { return m.getLeading(); }
    @Override public int getHeight() { return m.getHeight(); }
    @Override public int getMaxAscent() { return m.getMaxAscent(); }
    @Override public int getMaxDescent() { return m.getMaxDescent(); }
    @Override public int getMaxAdvance() { return m.getMaxAdvance(); }
    @Override public boolean hasUniformLineMetrics() { return m.hasUniformLineMetrics(); }
    @Override public FontRenderContext getFontRenderContext() { return m.getFontRenderContext(); }
    @Override public LineMetrics getLineMetrics(String s, Graphics g) { return m.getLineMetrics(s, g); }
    @Override public LineMetrics getLineMetrics(String s, int from, int to, Graphics g) { return m.getLineMetrics(s, from, to, g); }
    @Override public LineMetrics getLineMetrics(char[] c, int from, int to, Graphics g) { return m.getLineMetrics(c, from, to, g); }
    @Override public LineMetrics getLineMetrics(CharacterIterator c, int from, int to, Graphics g) { return m.getLineMetrics(c, from, to, g); }
    @Override public Rectangle2D getStringBounds(String s, Graphics g) { return m.getStringBounds(s, g); }
    @Override public Rectangle2D getStringBounds(String s, int from, int to, Graphics g) { return m.getStringBounds(s, from, to, g); }
    @Override public Rectangle2D getStringBounds(char[] c, int from, int to, Graphics g) { return m.getStringBounds(c, from, to, g); }
    @Override public Rectangle2D getStringBounds(CharacterIterator c, int from, int to, Graphics g) { return m.getStringBounds(c, from, to, g); }
    @Override public Rectangle2D getMaxCharBounds(Graphics g) { return m.getMaxCharBounds(g); }
}
