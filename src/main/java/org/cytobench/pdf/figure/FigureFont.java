package org.cytobench.pdf.figure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.cytobench.pdf.BundledFont;

/**
 * One {@link BundledFont} as used by one {@link FigureDocument} (a chart PDF or report.pdf): the glyphs its pages' text
 * needed, then written as a Type 0 font (Identity-H, CIDFontType2) whose CIDs are the glyph ids of the bundled cut font, with the used glyphs embedded as a
 * TrueType subset, a CIDToGIDMap from those ids to the subset's, the widths, and a ToUnicode map for search and
 * copy.
 * The parsed font is borrowed from {@link BundledFont} for the document and given back by {@link #close()}.
 */
final class FigureFont {
    /** The tables a PDF TrueType program needs (PDFBox embeds the same); cmap, name, post are the PDF's business. */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");

    final BundledFont bundled;
    final String resource;
    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    /**
     * By glyph id, the code point first drawn with it (for ToUnicode) plus one; 0 for a glyph not drawn. An array, not a
     * map: a 200-page report records every character it draws here (a map's boxing was 6 % of the report's time).
     */
    private final int[] codePoints;
    /** The glyph ids drawn, ascending; made when the font is written. */
    private List<Integer> used;

    FigureFont(BundledFont bundled, String resource) throws IOException {
        this.bundled = bundled;
        this.resource = resource;
        this.ttf = bundled.borrowParsed();
        this.cmap = ttf.getUnicodeCmapLookup();
        this.codePoints = new int[ttf.getNumberOfGlyphs()];
    }

    /** The glyph id for {@code codePoint}, 0 when the font has none (no shaping, as PDFBox with GSUB off). */
    int glyph(int codePoint) {
        return cmap.getGlyphId(codePoint);
    }

    /** Records that glyph {@code gid} was drawn for {@code codePoint}. */
    void use(int gid, int codePoint) {
        if (codePoints[gid] == 0) codePoints[gid] = codePoint + 1;
    }

    /** The glyphs drawn so far, ascending, with the code point each was first drawn for (a {@link FigurePage}'s record). */
    FigurePage.FontGlyphs drawn() {
        int n = 0;
        for (int cp : codePoints) if (cp != 0) n++;
        int[] gids = new int[n];
        int[] cps = new int[n];
        int k = 0;
        for (int gid = 0; gid < codePoints.length; gid++) {
            if (codePoints[gid] == 0) continue;
            gids[k] = gid;
            cps[k++] = codePoints[gid] - 1;
        }
        return new FigurePage.FontGlyphs(resource, bundled, gids, cps);
    }

    /** Records every glyph of {@code g} (another document's drawing, placed in this one) as drawn here. */
    void useAll(FigurePage.FontGlyphs g) {
        for (int i = 0; i < g.glyphs().length; i++) use(g.glyphs()[i], g.codePoints()[i]);
    }

    /**
     * The embedded program and CIDToGIDMap of one glyph set, compressed. A batch writes the same chart kinds again and
     * again (302 chart PDFs for 100 plates), with the same labels, so the same glyph sets: subsetting and compressing the
     * font was two thirds of a chart PDF, and is done once per glyph set instead.
     */
    private record Subset(byte[] program, int programLength, byte[] cidToGid) {}

    private record SubsetKey(BundledFont font, java.util.List<Integer> glyphs) {}

    private static final int SUBSETS_KEPT = 256;
    private static final Map<SubsetKey, Subset> SUBSETS = new java.util.concurrent.ConcurrentHashMap<>();

    private Subset subset() throws IOException {
        SubsetKey key = new SubsetKey(bundled, used);
        Subset s = SUBSETS.get(key);
        if (s != null) return s;
        TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
        subsetter.addGlyphIds(new java.util.TreeSet<>(used));
        ByteArrayOutputStream program = new ByteArrayOutputStream();
        subsetter.writeToStream(program);
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        int maxOld = used.isEmpty() ? 0 : used.get(used.size() - 1);
        byte[] map = new byte[2 * (maxOld + 1)];
        for (Map.Entry<Integer, Integer> e : newToOld.entrySet()) {
            int oldGid = e.getValue();
            if (oldGid <= maxOld) {
                map[2 * oldGid] = (byte) (e.getKey() >> 8);
                map[2 * oldGid + 1] = (byte) (int) e.getKey();
            }
        }
        byte[] font = program.toByteArray();
        s = new Subset(PdfObjects.deflate(font, 9), font.length, PdfObjects.deflate(map, 9));
        if (SUBSETS.size() >= SUBSETS_KEPT) SUBSETS.clear(); // a batch of many different figures: start again
        SUBSETS.put(key, s);
        return s;
    }

    /** Writes the font's objects into {@code pdf} as object {@code type0} and new ones. */
    void write(PdfObjects pdf, int type0) throws IOException {
        List<Integer> gids = new java.util.ArrayList<>();
        for (int gid = 0; gid < codePoints.length; gid++) if (codePoints[gid] != 0) gids.add(gid);
        used = List.copyOf(gids);
        Subset subset = subset();
        int cidFont = pdf.reserve();
        int descriptor = pdf.reserve();
        int fontFile = pdf.reserve();
        int toUnicode = pdf.reserve();
        int cidToGid = pdf.reserve();
        String name = subsetTag() + "+" + baseName();

        pdf.object(type0, "<< /Type /Font /Subtype /Type0 /BaseFont /" + name + " /Encoding /Identity-H /DescendantFonts [" + cidFont
                + " 0 R] /ToUnicode " + toUnicode + " 0 R >>");

        double k = 1000.0 / ttf.getUnitsPerEm();
        StringBuilder w = new StringBuilder(used.size() * 12).append('[');
        for (int gid : used) {
            w.append(gid).append(" [");
            PdfNumbers.append(w, ttf.getAdvanceWidth(gid) * k);
            w.append("] ");
        }
        w.append(']');
        pdf.object(cidFont, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + name
                + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " + descriptor
                + " 0 R /DW 1000 /W " + w + " /CIDToGIDMap " + cidToGid + " 0 R >>");

        HeaderTable head = ttf.getHeader();
        HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        StringBuilder d = new StringBuilder(300);
        d.append("<< /Type /FontDescriptor /FontName /").append(name).append(" /Flags 32 /FontBBox [");
        PdfNumbers.append(d, head.getXMin() * k);
        d.append(' ');
        PdfNumbers.append(d, head.getYMin() * k);
        d.append(' ');
        PdfNumbers.append(d, head.getXMax() * k);
        d.append(' ');
        PdfNumbers.append(d, head.getYMax() * k);
        d.append("] /ItalicAngle ");
        PdfNumbers.append(d, ttf.getPostScript() == null ? 0 : ttf.getPostScript().getItalicAngle());
        d.append(" /Ascent ");
        PdfNumbers.append(d, hhea.getAscender() * k);
        d.append(" /Descent ");
        PdfNumbers.append(d, hhea.getDescender() * k);
        d.append(" /CapHeight ");
        int cap = os2 == null ? 0 : os2.getCapHeight();
        PdfNumbers.append(d, (cap > 0 ? cap : hhea.getAscender() * 0.7) * k);
        // StemV is not in TrueType; readers only use it to synthesise a substitute. Estimated from the weight class
        int weight = os2 == null ? 400 : os2.getWeightClass();
        d.append(" /StemV ").append(Math.round(10 + 220 * (weight - 50) / 900.0));
        d.append(" /FontFile2 ").append(fontFile).append(" 0 R >>");
        pdf.object(descriptor, d);

        pdf.packedStream(fontFile, "/Length1 " + subset.programLength(), subset.program());
        pdf.stream(toUnicode, "", toUnicodeCMap().getBytes(StandardCharsets.US_ASCII));
        pdf.packedStream(cidToGid, "", subset.cidToGid());
    }

    /** Six capital letters from the glyphs used, so that two different subsets of one font get different names. */
    private String subsetTag() {
        long h = 1125899906842597L + bundled.ordinal();
        for (int gid : used) h = 31 * h + gid;
        char[] tag = new char[6];
        for (int i = 0; i < 6; i++) {
            tag[i] = (char) ('A' + Math.floorMod(h, 26));
            h = Math.floorDiv(h, 26) ^ (h >>> 37);
        }
        return new String(tag);
    }

    private String baseName() throws IOException {
        String n = ttf.getName();
        if (n == null || n.isEmpty()) n = bundled.name();
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c > 32 && c < 127 && "()<>[]{}/%#".indexOf(c) < 0) b.append(c);
        }
        return b.toString();
    }

    private String toUnicodeCMap() {
        StringBuilder b = new StringBuilder(300 + used.size() * 24);
        b.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        int inBlock = 0;
        int left = used.size();
        for (int gid : used) {
            if (inBlock == 0) b.append(Math.min(100, left)).append(" beginbfchar\n");
            b.append('<');
            hex4(b, gid);
            b.append("> <");
            for (char c : Character.toChars(codePoints[gid] - 1)) hex4(b, c);
            b.append(">\n");
            left--;
            if (++inBlock == 100 || left == 0) {
                b.append("endbfchar\n");
                inBlock = 0;
            }
        }
        b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return b.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static void hex4(StringBuilder b, int v) {
        b.append(HEX[(v >> 12) & 15]).append(HEX[(v >> 8) & 15]).append(HEX[(v >> 4) & 15]).append(HEX[v & 15]);
    }

    /** Gives the parsed font back for the next document. */
    void close() {
        bundled.giveBack(ttf);
    }
}
