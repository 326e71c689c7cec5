package org.cytobench.chart.vector;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recovers the string behind a {@link GlyphVector}, so that text drawn through a {@code TextLayout} (JFreeChart's log-axis
 * tick labels "10", "100", "1000", attributed labels) is written as text (SVG {@code <text>}, PDF text) rather than
 * outlines.
 *
 * <p>A glyph vector carries glyph codes, not characters. Each glyph is looked up in the font's glyphs for the characters a
 * chart label uses (Latin, Greek, punctuation, super- and subscripts, letter-like symbols, arrows, mathematical operators);
 * the result counts only if a plain layout of that string in the same font and render context gives the same glyphs at the
 * same advances (no kerning, justification, ligature or per-glyph transform), because the viewer will lay out the
 * string itself. Anything else gives null, and the caller draws outlines. Used by both vector writers.
 */
public final class PlainGlyphText {
    /** Code point ranges a label may use, in order of preference when two characters share a glyph ('-' before U+2010). */
    private static final int[][] RANGES = {{0x20, 0x7E}, {0xA0, 0x17F}, {0x370, 0x3FF}, {0x2010, 0x205E}, {0x2070, 0x209C},
        {0x20AC, 0x20AC}, {0x2100, 0x214F}, {0x2190, 0x21FF}, {0x2200, 0x22FF}};
    private static final FontRenderContext PLAIN = new FontRenderContext(null, true, true);
    /** Glyph code → character, per font (name and style: glyph codes do not depend on size or transform). */
    private static final Map<String, Map<Integer, Character>> BY_FONT = new ConcurrentHashMap<>();

    private PlainGlyphText() {}

    /** The string whose plain layout in the glyph vector's font gives exactly its glyphs, or null. */
    public static String plainText(GlyphVector gv) {
        int n = gv.getNumGlyphs();
        if (n == 0) return null;
        int flags = gv.getLayoutFlags();
        if ((flags & (GlyphVector.FLAG_HAS_TRANSFORMS | GlyphVector.FLAG_RUN_RTL | GlyphVector.FLAG_COMPLEX_GLYPHS)) != 0) return null;
        Font f = gv.getFont();
        Map<Integer, Character> chars = BY_FONT.computeIfAbsent(f.getName() + '\u0000' + f.getStyle(), k -> glyphs(f));
        char[] text = new char[n];
        for (int i = 0; i < n; i++) {
            Character c = chars.get(gv.getGlyphCode(i));
            if (c == null) return null;
            text[i] = c;
        }
        String s = new String(text);
        GlyphVector plain = f.createGlyphVector(gv.getFontRenderContext(), s);
        if (plain.getNumGlyphs() != n) return null;
        double tolerance = 0.01 * f.getSize2D();
        Point2D p0 = gv.getGlyphPosition(0);
        Point2D q0 = plain.getGlyphPosition(0);
        for (int i = 0; i <= n; i++) { // position n is where the text ends
            if (i < n && plain.getGlyphCode(i) != gv.getGlyphCode(i)) return null;
            Point2D p = gv.getGlyphPosition(i);
            Point2D q = plain.getGlyphPosition(i);
            if (Math.abs(p.getX() - p0.getX() - (q.getX() - q0.getX())) > tolerance
                    || Math.abs(p.getY() - p0.getY() - (q.getY() - q0.getY())) > tolerance) {
                return null;
            }
        }
        return s;
    }

    private static Map<Integer, Character> glyphs(Font f) {
        StringBuilder all = new StringBuilder(1200);
        for (int[] r : RANGES) for (int c = r[0]; c <= r[1]; c++) if (f.canDisplay(c)) all.append((char) c);
        GlyphVector gv = f.createGlyphVector(PLAIN, all.toString());
        Map<Integer, Character> map = new HashMap<>();
        int missing = f.getMissingGlyphCode();
        if (gv.getNumGlyphs() != all.length()) return map; // not one glyph per character: recover nothing
        for (int i = 0; i < all.length(); i++) {
            int code = gv.getGlyphCode(i);
            if (code != missing) map.putIfAbsent(code, all.charAt(i));
        }
        return map;
    }
}
