package org.cytobench.pdf.figure;

import java.awt.Graphics2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A one-page PDF of a figure (a chart) written directly by {@link FigurePdfGraphics2D}, without PDFBox: a third to a fifth of
 * the time of the general path (docs/benchmarks.md), the same page, the same text as real text in the same embedded font.
 */
public final class FigurePdf {
    private FigurePdf() {}

    /**
     * The PDF of a {@code width × height} point page that {@code painter} draws (in points from the top-left corner), or
     * empty when the drawing used something this writer does not support — then draw it with the general path.
     */
    public static Optional<byte[]> draw(double width, double height, String title, Consumer<Graphics2D> painter) {
        FigureCanvas canvas = new FigureCanvas(width, height);
        try {
            FigurePdfGraphics2D g = new FigurePdfGraphics2D(canvas);
            try {
                painter.accept(g);
            } finally {
                g.dispose();
            }
            if (canvas.unsupported != null) return Optional.empty();
            return Optional.of(canvas.toPdf(title, date(ZonedDateTime.now(ZoneOffset.UTC))));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the figure PDF", e);
        } finally {
            canvas.close();
        }
    }

    /** Why the last figure could not be written; for tests. */
    static String whyUnsupported(double width, double height, Consumer<Graphics2D> painter) {
        FigureCanvas canvas = new FigureCanvas(width, height);
        try {
            painter.accept(new FigurePdfGraphics2D(canvas));
            return canvas.unsupported;
        } finally {
            canvas.close();
        }
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
}
