package org.cytobench.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The TrueType fonts that ship inside Cytobench ({@code src/main/resources/fonts}, licences beside them), so that a PDF
 * written anywhere embeds the same glyphs (α, µ, ±, ≤, –, −, ²) and the layout measured here is the layout printed.
 *
 * <p>DejaVu Sans is what the JDK's logical {@code SansSerif} font (the charts' font) resolves to on Debian, so chart text
 * keeps the metrics it was laid out with. Liberation Sans has Helvetica's metrics, the report's type since its first
 * version.
 */
public enum BundledFont {
    DEJAVU_SANS("DejaVuSans.ttf"),
    DEJAVU_SANS_BOLD("DejaVuSans-Bold.ttf"),
    LIBERATION_SANS("LiberationSans-Regular.ttf"),
    LIBERATION_SANS_BOLD("LiberationSans-Bold.ttf");

    /** Parsed fonts kept for the next document: parsing and reading the cmap cost about a third of a chart PDF. */
    private static final int KEPT = 8;

    private final String file;
    private volatile byte[] bytes;
    private volatile Font font;
    private final Queue<TrueTypeFont> parsed = new ConcurrentLinkedQueue<>();

    BundledFont(String file) { this.file = file; }

    /** The font file's bytes, read once from the class path. */
    public byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            try (InputStream in = BundledFont.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) throw new IllegalStateException("the bundled font fonts/" + file + " is missing from the class path");
                b = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the bundled font fonts/" + file, e);
            }
            bytes = b;
        }
        return b;
    }

    /** The font for drawing and measuring with Java 2D, at {@code size} points. */
    public Font font(float size) {
        Font f = font;
        if (f == null) {
            try {
                f = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes()));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("the bundled font fonts/" + file + " cannot be read", e);
            }
            font = f;
        }
        return f.deriveFont(size);
    }

    /**
     * This font parsed for one PDF document, without ligatures (Java 2D laid the text out glyph by glyph, and "off" must
     * stay searchable as "off", not "oﬀ"). A parsed font is not thread-safe: one document (one thread) uses it until it
     * is {@linkplain #giveBack given back}, after the document was saved or closed.
     */
    TrueTypeFont borrowParsed() throws IOException {
        TrueTypeFont ttf = parsed.poll();
        if (ttf != null) return ttf;
        ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
        ttf.setEnableGsub(false);
        return ttf;
    }

    /** Returns a font from {@link #borrowParsed()} for the next document, once its document is done with it. */
    void giveBack(TrueTypeFont ttf) {
        if (parsed.size() < KEPT) parsed.add(ttf);
    }

    /**
     * The bundled font that prints a Java font: Liberation Sans for itself, DejaVu Sans for DejaVu Sans and the logical
     * sans-serif fonts (SansSerif, Dialog); {@code null} for any other family, which is then drawn as outlines.
     */
    static BundledFont forJavaFont(Font f) {
        // a created font reads its name table on every getFamily(): a tenth of a 200-page report, so remember the answer
        return BY_NAME_AND_STYLE.computeIfAbsent(f.getName() + '\u0000' + f.getStyle(), k -> Optional.ofNullable(lookUp(f)))
                .orElse(null);
    }

    private static final Map<String, Optional<BundledFont>> BY_NAME_AND_STYLE = new ConcurrentHashMap<>();

    private static BundledFont lookUp(Font f) {
        String family = f.getFamily(java.util.Locale.ROOT);
        boolean bold = f.isBold() || f.getFontName(java.util.Locale.ROOT).contains("Bold");
        if (family.startsWith("Liberation Sans")) return bold ? LIBERATION_SANS_BOLD : LIBERATION_SANS;
        if (family.startsWith("DejaVu Sans") && !family.contains("Mono") && !family.contains("Condensed")
                || family.equals(Font.SANS_SERIF) || family.equals(Font.DIALOG)) {
            return bold ? DEJAVU_SANS_BOLD : DEJAVU_SANS;
        }
        return null;
    }
}
