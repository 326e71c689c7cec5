package org.cytobench.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes Java 2D text into one PDF document as real PDF text in a {@link BundledFont}, embedded as a subset (Type 0 /
 * CIDFontType2 with a ToUnicode map, so the text can be searched and copied). Each bundled font is loaded at most once per
 * document. Text this cannot write as text (a family with no bundled font, right-to-left scripts, a character the font
 * lacks) falls back to glyph outlines, so it still looks right.
 */
final class EmbeddedFontTextDrawer extends PdfBoxGraphics2DFontTextDrawer {
    private final PDDocument document;
    private final Map<BundledFont, PDFont> loaded = new EnumMap<>(BundledFont.class);
    /** Read again when the document is saved (subsetting), so given back only after that. */
    private final Map<BundledFont, TrueTypeFont> borrowed = new EnumMap<>(BundledFont.class);

    /** Per font and rendering context (hints can change while a page is drawn), the metrics handed out so far. */
    private final Map<FontAndContext, FontMetrics> metrics = new HashMap<>();

    private record FontAndContext(Font font, FontRenderContext context) {}

    EmbeddedFontTextDrawer(PDDocument document) { this.document = document; }

    /**
     * The metrics PDFBox-Graphics2D gives (widths from the PDF font, the rest from Java 2D), made once per font and
     * context and remembering the widths measured ({@link RememberedWidths}): a chart asks for them for every label.
     */
    @Override
    public FontMetrics getFontMetrics(Font f, IFontTextDrawerEnv env) throws IOException, FontFormatException {
        FontAndContext key = new FontAndContext(f, env.getCalculationGraphics().getFontRenderContext());
        FontMetrics m = metrics.get(key);
        if (m == null) {
            m = new RememberedWidths(f, super.getFontMetrics(f, env));
            metrics.put(key, m);
        }
        return m;
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
        BundledFont bundled = BundledFont.forJavaFont(font);
        if (bundled == null) return null;
        PDFont pd = loaded.get(bundled);
        if (pd == null) {
            TrueTypeFont ttf = bundled.borrowParsed();
            borrowed.put(bundled, ttf);
            pd = PDType0Font.load(document, ttf, true);
            loaded.put(bundled, pd);
        }
        return pd;
    }

    /** Gives the parsed fonts back for the next document; call after the document was saved or closed. */
    @Override
    public void close() {
        super.close();
        borrowed.forEach(BundledFont::giveBack);
        borrowed.clear();
        loaded.clear();
        metrics.clear();
    }

    @Override
    public boolean canDrawText(AttributedCharacterIterator text, IFontTextDrawerEnv env) throws IOException {
        StringBuilder run = new StringBuilder();
        for (char c = text.first(); c != CharacterIterator.DONE; ) {
            Font font = (Font) text.getAttribute(TextAttribute.FONT);
            if (font == null) font = env.getFont();
            PDFont pd = mapFont(font, env);
            if (pd == null || text.getAttribute(TextAttribute.BACKGROUND) != null
                    || TextAttribute.LIGATURES_ON.equals(text.getAttribute(TextAttribute.LIGATURES))) {
                return false;
            }
            run.setLength(0);
            int limit = text.getRunLimit();
            while (c != CharacterIterator.DONE && text.getIndex() < limit) {
                run.append(c);
                c = text.next();
            }
            if (!writable(run.toString(), pd)) return false;
        }
        return true;
    }

    /** Left-to-right text whose every character the font has a glyph for. */
    private static boolean writable(String s, PDFont pd) throws IOException {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                    || d == Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        try {
            pd.encode(s);
            return true;
        } catch (IllegalArgumentException noGlyph) {
            return false;
        }
    }
}
