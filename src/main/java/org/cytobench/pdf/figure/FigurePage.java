package org.cytobench.pdf.figure;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.cytobench.pdf.BundledFont;

/**
 * A figure's page as {@link FigureDocument} drew it — its compressed content stream and what that stream names: the
 * fonts by resource name with the glyphs it drew in each, and the alpha states — kept so that another document can place
 * the same drawing as a form XObject ({@link FigurePdfGraphics2D#drawPage}) instead of drawing the figure again
 * (report.pdf places each plate chart's page, decision 0017).
 *
 * <p>The stream does not depend on the document it was drawn for: its text is in glyph ids of the bundled font
 * (Identity-H, the CIDs are the font's own glyph ids, {@link FigureFont}), not in codes of a subset, so it reads the same
 * under any document's subset of that font that holds its glyphs. Immutable (the arrays are never handed out), so a page
 * drawn on a chart thread can be placed on another.
 */
public final class FigurePage {
    /** The glyphs drawn in one font: glyph ids and, at the same index, the code point each was drawn for. */
    record FontGlyphs(String resource, BundledFont font, int[] glyphs, int[] codePoints) {}

    private final double width;
    private final double height;
    private final byte[] packedContent;
    private final List<FontGlyphs> fonts;
    private final Map<String, Float> alphaStates;

    FigurePage(double width, double height, byte[] packedContent, List<FontGlyphs> fonts, Map<String, Float> alphaStates) {
        this.width = width;
        this.height = height;
        this.packedContent = packedContent;
        this.fonts = List.copyOf(fonts);
        this.alphaStates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(alphaStates)); // in order: the same file every run
    }

    /** The page's width in points. */
    public double width() { return width; }

    /** The page's height in points. */
    public double height() { return height; }

    /** The content stream as written, Flate-compressed (not copied: package callers only write it out). */
    byte[] packedContent() { return packedContent; }

    List<FontGlyphs> fonts() { return fonts; }

    /** Alpha state names (A1, A2, …) and the alpha each sets for fill and stroke. */
    Map<String, Float> alphaStates() { return alphaStates; }

    /** The content stream, uncompressed (for tests and comparisons). */
    public byte[] content() {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packedContent);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packedContent.length * 4);
            byte[] buf = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException("a content stream this package compressed does not inflate", e);
        } finally {
            inflater.end();
        }
    }
}
