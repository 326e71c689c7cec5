package org.cytobench.pdf.figure;

import java.awt.Graphics2D;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A one-page PDF of a figure (a chart) written directly by {@link FigurePdfGraphics2D}, without PDFBox: a third to a fifth of
 * the time of the general path (docs/benchmarks.md), the same page, the same text as real text in the same embedded font.
 * A {@link FigureDocument} of one page.
 */
public final class FigurePdf {
    private FigurePdf() {}

    /**
     * The PDF of a {@code width × height} point page that {@code painter} draws (in points from the top-left corner), or
     * empty when the drawing used something this writer does not support — then draw it with the general path.
     */
    public static Optional<byte[]> draw(double width, double height, String title, Consumer<Graphics2D> painter) {
        try (FigureDocument doc = new FigureDocument()) {
            if (!doc.page(width, height, painter)) return Optional.empty();
            return Optional.of(doc.toPdf(title));
        }
    }

    /** A figure's PDF file (null when it was not asked for) and its page, kept for another document to place. */
    public record Drawn(byte[] pdf, FigurePage page) {}

    /**
     * As {@link #draw}, and the page kept ({@link FigureDocument#onlyPage}); with {@code file} false only the page is
     * made (no font subset, no file). Empty when the drawing used something this writer does not support.
     */
    public static Optional<Drawn> drawKept(double width, double height, String title, boolean file, Consumer<Graphics2D> painter) {
        try (FigureDocument doc = new FigureDocument()) {
            if (!doc.page(width, height, painter)) return Optional.empty();
            return Optional.of(new Drawn(file ? doc.toPdf(title) : null, doc.onlyPage()));
        }
    }

    /** Why the last figure could not be written; for tests. */
    static String whyUnsupported(double width, double height, Consumer<Graphics2D> painter) {
        try (FigureDocument doc = new FigureDocument()) {
            doc.page(width, height, painter);
            return doc.unsupported();
        }
    }
}
