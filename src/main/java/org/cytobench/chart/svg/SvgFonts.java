package org.cytobench.chart.svg;

import java.awt.Font;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The font attributes of an SVG {@code <text>}: family list, weight and style of a Java font.
 *
 * <p>The JDK's logical fonts name no real font, so they are written as the font the PDF export embeds for them
 * ({@code org.cytobench.pdf.BundledFont}): {@code SansSerif} and {@code Dialog}, the charts' fonts, as DejaVu Sans — what
 * the JDK draws them with on Debian, so the text has the widths it was laid out with — then the generic family, for a
 * viewer without DejaVu Sans. Liberation Sans (the report's type) falls back to Arial and Helvetica, whose metrics it
 * shares.
 */
final class SvgFonts {
    /** Attributes already written for a font name and style: a created font reads its name table on every getFamily(). */
    private static final Map<String, String> ATTRIBUTES = new ConcurrentHashMap<>();

    private SvgFonts() {}

    /** {@code font-family="…" [font-weight="bold"] [font-style="italic"]}, with a leading space, XML-escaped. */
    static String attributes(Font f) {
        return ATTRIBUTES.computeIfAbsent(f.getName() + '\u0000' + f.getStyle(), k -> build(f));
    }

    private static String build(Font f) {
        String family = f.getFamily(Locale.ROOT);
        String face = f.getFontName(Locale.ROOT);
        StringBuilder b = new StringBuilder(" font-family=\"").append(SvgXml.escape(familyList(family))).append('"');
        if (f.isBold() || face.contains("Bold")) b.append(" font-weight=\"bold\"");
        if (f.isItalic() || face.contains("Italic") || face.contains("Oblique")) b.append(" font-style=\"italic\"");
        return b.toString();
    }

    /** The CSS family list for a Java family name: the real font first, then fonts with its metrics, then the generic. */
    static String familyList(String family) {
        return switch (family) {
            case Font.SANS_SERIF, Font.DIALOG -> "'DejaVu Sans', sans-serif";
            case Font.SERIF -> "'DejaVu Serif', serif";
            case Font.MONOSPACED, Font.DIALOG_INPUT -> "'DejaVu Sans Mono', monospace";
            default -> {
                String quoted = "'" + family.replace("'", "").replace("\\", "") + "'";
                if (family.startsWith("Liberation Sans")) yield quoted + ", Arial, Helvetica, sans-serif";
                if (family.contains("Mono")) yield quoted + ", monospace";
                if (family.contains("Serif") && !family.contains("Sans")) yield quoted + ", serif";
                yield quoted + ", sans-serif";
            }
        };
    }
}
