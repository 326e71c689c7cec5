package org.cytobench.pdf.figure;

import java.awt.Graphics2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cytobench.pdf.BundledFont;

/**
 * A PDF of one or more pages, each drawn by a {@link FigurePdfGraphics2D} (decision 0013), written without PDFBox: a chart
 * ({@link FigurePdf}, one page) or report.pdf (A4 pages, decision 0014). The pages share the document's fonts — one
 * embedded subset per font for the whole document, holding every glyph any page drew — and its alpha states, in one
 * resource dictionary.
 *
 * <p>A page that draws something this writer does not support (an image, a gradient, an italic font, …; see
 * {@link FigurePdfGraphics2D}) is not added, {@link #page} returns false and the document takes no more pages: the caller
 * writes the whole document with the general path ({@code pdf.TextPdf}) instead, so nothing is drawn worse than before.
 *
 * <p>Not thread-safe: one document is drawn by one thread (documents on other threads at the same time are fine: each
 * borrows its own parsed fonts; the kept subsets are shared safely). Close it to give the parsed fonts back.
 */
public final class FigureDocument implements AutoCloseable {
    /** A finished page: its size in points and its content stream, already compressed. */
    private record Page(double width, double height, byte[] packedContent) {}

    private final List<Page> pages = new ArrayList<>();
    private final Map<BundledFont, FigureFont> fonts = new EnumMap<>(BundledFont.class);
    private final Map<Float, String> alphaStates = new LinkedHashMap<>();
    /** Other documents' pages placed here as form XObjects, by identity, with their resource names X1, X2, … */
    private final Map<FigurePage, String> forms = new java.util.IdentityHashMap<>();
    private final List<FigurePage> formOrder = new ArrayList<>();
    private String unsupported;

    public FigureDocument() {}

    /**
     * Adds a {@code width × height} point page that {@code painter} draws (in points from the top-left corner, as Java 2D
     * does); false, and no page added, when the drawing used something this writer does not support ({@link #unsupported()}
     * says what) — then, and after that for every further page, the caller draws the document with the general path.
     */
    public boolean page(double width, double height, Consumer<Graphics2D> painter) {
        if (unsupported != null) return false;
        FigureCanvas canvas = new FigureCanvas(this, height);
        FigurePdfGraphics2D g = new FigurePdfGraphics2D(canvas);
        try {
            painter.accept(g);
        } finally {
            g.dispose();
        }
        if (canvas.unsupported != null) {
            unsupported = canvas.unsupported;
            return false;
        }
        pages.add(new Page(width, height, PdfObjects.deflate(canvas.finish())));
        return true;
    }

    /**
     * The document's only page as a {@link FigurePage}: its content stream and the fonts, glyphs and alpha states it names
     * (a one-page document's fonts and states are that page's), for another document to place as it is.
     *
     * @throws IllegalStateException unless the document has exactly one page, written by this writer
     */
    public FigurePage onlyPage() {
        if (unsupported != null || pages.size() != 1) {
            throw new IllegalStateException("not a document of one written page: " + pages.size() + " pages, " + unsupported);
        }
        Page p = pages.get(0);
        List<FigurePage.FontGlyphs> used = new ArrayList<>(fonts.size());
        for (FigureFont f : fonts.values()) used.add(f.drawn());
        return new FigurePage(p.width(), p.height(), p.packedContent(), used, alphaStatesByName());
    }

    /**
     * The resource name of {@code page} as a form XObject of this document, registered on first use; its glyphs are
     * recorded in this document's fonts (so their subsets hold them). Null, and {@code canvas} unsupported, when a font
     * cannot be read.
     */
    String form(FigurePage page, FigureCanvas canvas) {
        String name = forms.get(page);
        if (name != null) return name;
        for (FigurePage.FontGlyphs g : page.fonts()) {
            FigureFont f = font(g.font(), canvas);
            if (f == null) return null;
            f.useAll(g);
        }
        name = "X" + (forms.size() + 1);
        forms.put(page, name);
        formOrder.add(page);
        return name;
    }

    /** Why a page could not be written, or null while every page could. */
    public String unsupported() { return unsupported; }

    public int pageCount() { return pages.size(); }

    /** The finished file, created now: /Info with {@code title}, author and creator "Cytobench". */
    public byte[] toPdf(String title) {
        return toPdf(title, date(ZonedDateTime.now(ZoneOffset.UTC)));
    }

    /** The document's font for {@code f}, loaded on first use; null (and the page unsupported) if it cannot be read. */
    FigureFont font(BundledFont f, FigureCanvas page) {
        FigureFont ff = fonts.get(f);
        if (ff == null) {
            try {
                ff = new FigureFont(f, "F" + (fonts.size() + 1));
            } catch (IOException e) {
                page.unsupported("the bundled font " + f + " could not be read: " + e.getMessage());
                return null;
            }
            fonts.put(f, ff);
        }
        return ff;
    }

    /** The name of the ExtGState that sets fill and stroke alpha {@code a}. */
    String alphaState(float a) {
        return alphaStates.computeIfAbsent(a, k -> "A" + (alphaStates.size() + 1));
    }

    /** The file: catalog, page tree, the pages and their content streams, /Info, then the fonts (subset now). */
    byte[] toPdf(String title, String creationDate) {
        if (unsupported != null) throw new IllegalStateException("a page could not be written: " + unsupported);
        if (pages.isEmpty()) throw new IllegalStateException("a PDF needs a page");
        try {
            PdfObjects pdf = new PdfObjects();
            int catalog = pdf.reserve();
            int tree = pdf.reserve();
            int[] pageObjects = new int[pages.size()];
            int[] contents = new int[pages.size()];
            for (int i = 0; i < pages.size(); i++) {
                pageObjects[i] = pdf.reserve();
                contents[i] = pdf.reserve();
            }
            int info = pdf.reserve();
            List<Integer> fontObjects = new ArrayList<>();
            for (int i = 0; i < fonts.size(); i++) fontObjects.add(pdf.reserve());
            int[] formObjects = new int[formOrder.size()];
            for (int i = 0; i < formObjects.length; i++) formObjects[i] = pdf.reserve();
            pdf.object(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");
            StringBuilder kids = new StringBuilder(16 + 8 * pages.size()).append("<< /Type /Pages /Kids [");
            for (int i = 0; i < pages.size(); i++) kids.append(i == 0 ? "" : " ").append(pageObjects[i]).append(" 0 R");
            pdf.object(tree, kids.append("] /Count ").append(pages.size()).append(" >>"));
            // one page: its resources inline (as a chart PDF always had them); more: one dictionary every page refers to
            String resources = resources(fontObjects, formObjects);
            if (pages.size() > 1) {
                int shared = pdf.reserve();
                pdf.object(shared, resources);
                resources = shared + " 0 R";
            }
            for (int i = 0; i < pages.size(); i++) {
                Page page = pages.get(i);
                StringBuilder p = new StringBuilder(200 + resources.length());
                p.append("<< /Type /Page /Parent ").append(tree).append(" 0 R /MediaBox [0 0 ");
                PdfNumbers.append(p, page.width());
                p.append(' ');
                PdfNumbers.append(p, page.height());
                p.append("] /Contents ").append(contents[i]).append(" 0 R /Resources ").append(resources).append(" >>");
                pdf.object(pageObjects[i], p);
                pdf.packedStream(contents[i], "", page.packedContent());
            }
            pdf.object(info, "<< /Title " + PdfObjects.textString(title) + " /Author (Cytobench) /Creator (Cytobench) /CreationDate ("
                    + creationDate + ") >>");
            writeForms(pdf, fontObjects, formObjects);
            int i = 0;
            for (FigureFont f : fonts.values()) f.write(pdf, fontObjects.get(i++));
            return pdf.finish(catalog, info);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF", e);
        }
    }

    /**
     * Each placed page as a form XObject: its content stream as it was compressed for its own document, the page as the
     * bounding box, and resources of its own that give its font names (F1, …: its document's, which may differ from
     * this one's) this document's font objects, and its alpha states — so its stream needs no renaming.
     */
    private void writeForms(PdfObjects pdf, List<Integer> fontObjects, int[] formObjects) {
        Map<BundledFont, Integer> fontObject = new EnumMap<>(BundledFont.class);
        int k = 0;
        for (BundledFont f : fonts.keySet()) fontObject.put(f, fontObjects.get(k++));
        for (int i = 0; i < formObjects.length; i++) {
            FigurePage page = formOrder.get(i);
            StringBuilder d = new StringBuilder(200).append("/Type /XObject /Subtype /Form /BBox [0 0 ");
            PdfNumbers.append(d, page.width());
            d.append(' ');
            PdfNumbers.append(d, page.height());
            d.append("] /Resources << /ProcSet [/PDF /Text]");
            if (!page.fonts().isEmpty()) {
                d.append(" /Font <<");
                for (FigurePage.FontGlyphs g : page.fonts()) {
                    d.append(" /").append(g.resource()).append(' ').append(fontObject.get(g.font())).append(" 0 R");
                }
                d.append(" >>");
            }
            appendAlphaStates(d, page.alphaStates());
            pdf.packedStream(formObjects[i], d.append(" >>").toString(), page.packedContent());
        }
    }

    /** The alpha states as a page's resources name them (A1 → its alpha, …), in the order they were made. */
    private Map<String, Float> alphaStatesByName() {
        Map<String, Float> states = new LinkedHashMap<>();
        alphaStates.forEach((alpha, name) -> states.put(name, alpha));
        return states;
    }

    private static void appendAlphaStates(StringBuilder p, Map<String, Float> states) {
        if (states.isEmpty()) return;
        p.append(" /ExtGState <<");
        for (Map.Entry<String, Float> e : states.entrySet()) {
            p.append(" /").append(e.getKey()).append(" << /Type /ExtGState /ca ");
            PdfNumbers.append(p, e.getValue());
            p.append(" /CA ");
            PdfNumbers.append(p, e.getValue());
            p.append(" >>");
        }
        p.append(" >>");
    }

    private String resources(List<Integer> fontObjects, int[] formObjects) {
        StringBuilder p = new StringBuilder(100 + 60 * alphaStates.size() + 12 * formObjects.length);
        p.append("<< /ProcSet [/PDF /Text]");
        if (!fonts.isEmpty()) {
            p.append(" /Font <<");
            int i = 0;
            for (FigureFont f : fonts.values()) p.append(" /").append(f.resource).append(' ').append(fontObjects.get(i++)).append(" 0 R");
            p.append(" >>");
        }
        appendAlphaStates(p, alphaStatesByName());
        if (formObjects.length > 0) {
            p.append(" /XObject <<");
            for (int i = 0; i < formObjects.length; i++) p.append(" /X").append(i + 1).append(' ').append(formObjects[i]).append(" 0 R");
            p.append(" >>");
        }
        return p.append(" >>").toString();
    }

    /** A PDF date, {@code D:YYYYMMDDHHmmSS+00'00'}. */
    static String date(ZonedDateTime t) {
        StringBuilder b = new StringBuilder("D:");
        pad(b, t.getYear(), 4);
        pad(b, t.getMonthValue(), 2);
        pad(b, t.getDayOfMonth(), 2);
        pad(b, t.getHour(), 2);
        pad(b, t.getMinute(), 2);
        pad(b, t.getSecond(), 2);
        return b.append("+00'00'").toString();
    }

    private static void pad(StringBuilder b, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) b.append('0');
        b.append(s);
    }

    /** Gives the borrowed parsed fonts back for the next document. */
    @Override
    public void close() {
        fonts.values().forEach(FigureFont::close);
        fonts.clear();
    }
}
