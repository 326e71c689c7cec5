package org.cytobench.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
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
    public TrueTypeFont borrowParsed() throws IOException {
        TrueTypeFont ttf = parsed.poll();
        if (ttf != null) return ttf;
        ttf = new TTFParser().parse(new RandomAccessReadBuffer(repertoire()));
        ttf.setEnableGsub(false);
        return ttf;
    }

    /**
     * The font cut down, once, to the characters a chart or report can be expected to use ({@link #REPERTOIRE}): Latin,
     * Greek, Cyrillic, punctuation, super- and subscripts, letter-like symbols, arrows, mathematical operators and
     * geometric shapes. Each PDF still embeds only the glyphs it uses; what the cut saves is PDFBox measuring every glyph
     * of the whole font (DejaVu Sans has about 6 000) for every document it loads the font into — a fifth of a chart
     * PDF's time (docs/benchmarks.md). A character outside it is drawn as outlines, as one the font lacks.
     */
    private byte[] repertoire() throws IOException {
        byte[] r = repertoire;
        if (r == null) {
            synchronized (this) {
                r = repertoire;
                if (r == null) {
                    TrueTypeFont full = new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
                    try {
                        TTFSubsetter cut = new TTFSubsetter(full);
                        CmapLookup cmap = full.getUnicodeCmapLookup();
                        for (int[] range : REPERTOIRE) {
                            for (int cp = range[0]; cp <= range[1]; cp++) if (cmap.getGlyphId(cp) != 0) cut.add(cp);
                        }
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        cut.writeToStream(out);
                        r = out.toByteArray();
                    } finally {
                        full.close();
                    }
                    repertoire = r;
                }
            }
        }
        return r;
    }

    /** Unicode ranges kept in the PDF fonts (inclusive). */
    private static final int[][] REPERTOIRE = {
        {0x0020, 0x052F},   // Basic Latin … Cyrillic Supplement (Latin-1, Latin Extended, IPA, Greek, Cyrillic)
        {0x1E00, 0x1EFF},   // Latin Extended Additional
        {0x2000, 0x22FF},   // punctuation, super/subscripts, currency, letter-like, number forms, arrows, maths
        {0x2300, 0x23FF},   // miscellaneous technical
        {0x25A0, 0x25FF},   // geometric shapes (markers)
        {0xFB00, 0xFB06},   // Latin ligatures, for text that carries them
    };

    private volatile byte[] repertoire;

    /** Returns a font from {@link #borrowParsed()} for the next document, once its document is done with it. */
    public void giveBack(TrueTypeFont ttf) {
        if (parsed.size() < KEPT) parsed.add(ttf);
    }

    /**
     * The bundled font that prints a Java font: Liberation Sans for itself, DejaVu Sans for DejaVu Sans and the logical
     * sans-serif fonts (SansSerif, Dialog); {@code null} for any other family, which is then drawn as outlines.
     */
    public static BundledFont forJavaFont(Font f) {
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
