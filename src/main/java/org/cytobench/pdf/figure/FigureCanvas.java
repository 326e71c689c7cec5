package org.cytobench.pdf.figure;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import org.cytobench.pdf.BundledFont;

/**
 * The page's content stream and what it has set so far, shared by a {@link FigurePdfGraphics2D} and its copies.
 *
 * <p>The stream keeps two nested levels of graphics state: the clip ({@code q path W n}, in device space) and inside it
 * the current transform ({@code q a b c d e f cm}). A Java 2D clip can widen again (setClip) and PDF clips only narrow,
 * so a changed clip closes both levels ({@code Q}) and opens them anew; a changed transform closes and reopens only the
 * inner one. Colours, alpha and line style are written only when they differ from what the stream has; a {@code Q}
 * forgets them. Fonts and alpha states are the {@link FigureDocument}'s, shared by all its pages.
 */
final class FigureCanvas {
    private final FigureDocument document;
    final StringBuilder content = new StringBuilder(8192);
    /** Set by anything this writer does not draw exactly; the figure is then drawn by the general PDF path instead. */
    String unsupported;

    private Shape emittedClip;
    private boolean clipOpen;
    private AffineTransform emittedTransform = new AffineTransform();
    private boolean transformOpen;

    // what the stream has set, NaN / null when unknown (after a Q)
    private int fillRgb = -1;
    private int strokeRgb = -1;
    private float alpha = 1;
    private float lineWidth = Float.NaN;
    private int cap = -1;
    private int join = -1;
    private float miter = Float.NaN;
    private float[] dash;
    private float dashPhase;
    private boolean dashKnown;

    /** A page {@code height} points high (the flip to Java 2D's y-down space needs it). */
    FigureCanvas(FigureDocument document, double height) {
        this.document = document;
        // Java 2D's device space: origin top left, y down, one unit a point
        content.append("1 0 0 -1 0 ");
        PdfNumbers.append(content, height);
        content.append(" cm\n");
        forget();
        alpha = 1; // the page starts opaque
    }

    void unsupported(String why) {
        if (unsupported == null) unsupported = why;
    }

    /** Brings the stream to {@code clip} (device space, null for none) and {@code transform}; false if nothing can show. */
    boolean state(Shape clip, boolean clipEvenOdd, AffineTransform transform) {
        if (!sameClip(clip, emittedClip)) {
            closeTransform();
            if (clipOpen) {
                content.append("Q\n");
                clipOpen = false;
                forget();
            }
            emittedClip = clip;
            if (clip != null) {
                content.append("q ");
                if (!path(clip, null)) content.append("0 0 0 0 re "); // an empty clip: nothing shows
                content.append(clipEvenOdd ? "W* n\n" : "W n\n");
                clipOpen = true;
            }
        }
        if (!transform.equals(emittedTransform)) {
            closeTransform();
            emittedTransform = new AffineTransform(transform);
            if (!transform.isIdentity()) {
                content.append("q ");
                matrix(transform);
                content.append(" cm\n");
                transformOpen = true;
            }
        }
        return unsupported == null;
    }

    private static boolean sameClip(Shape a, Shape b) {
        if (a == b) return true;
        return a instanceof Rectangle2D ra && b instanceof Rectangle2D rb && ra.equals(rb);
    }

    private void closeTransform() {
        if (transformOpen) {
            content.append("Q\n");
            transformOpen = false;
            forget();
        }
        emittedTransform = new AffineTransform();
    }

    private void forget() {
        fillRgb = -1;
        strokeRgb = -1;
        alpha = Float.NaN; // a Q restores what the enclosing level had, which may have been set at the top level
        lineWidth = Float.NaN;
        cap = -1;
        join = -1;
        miter = Float.NaN;
        dashKnown = false;
    }

    void matrix(AffineTransform t) {
        number(t.getScaleX());
        content.append(' ');
        number(t.getShearY());
        content.append(' ');
        number(t.getShearX());
        content.append(' ');
        number(t.getScaleY());
        content.append(' ');
        number(t.getTranslateX());
        content.append(' ');
        number(t.getTranslateY());
    }

    void number(double v) {
        if (!PdfNumbers.writable(v)) {
            unsupported("a coordinate out of range: " + v);
            content.append('0');
            return;
        }
        PdfNumbers.append(content, v);
    }

    /** Appends {@code s} as path operators (transformed by {@code t} if not null); false if it has no segments. */
    boolean path(Shape s, AffineTransform t) {
        if (t == null && s instanceof Rectangle2D r) {
            if (r.isEmpty() && (r.getWidth() < 0 || r.getHeight() < 0)) return false;
            number(r.getX());
            content.append(' ');
            number(r.getY());
            content.append(' ');
            number(r.getWidth());
            content.append(' ');
            number(r.getHeight());
            content.append(" re ");
            return true;
        }
        double[] c = new double[6];
        double lastX = 0, lastY = 0;
        boolean any = false;
        for (PathIterator it = s.getPathIterator(t); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            switch (type) {
                case PathIterator.SEG_MOVETO -> {
                    point(c[0], c[1]);
                    content.append("m ");
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    point(c[0], c[1]);
                    content.append("l ");
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> { // PDF has cubic curves only: the same curve, degree raised
                    point(lastX + 2.0 / 3 * (c[0] - lastX), lastY + 2.0 / 3 * (c[1] - lastY));
                    point(c[2] + 2.0 / 3 * (c[0] - c[2]), c[3] + 2.0 / 3 * (c[1] - c[3]));
                    point(c[2], c[3]);
                    content.append("c ");
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    point(c[0], c[1]);
                    point(c[2], c[3]);
                    point(c[4], c[5]);
                    content.append("c ");
                    lastX = c[4];
                    lastY = c[5];
                }
                case PathIterator.SEG_CLOSE -> content.append("h ");
                default -> unsupported("a path segment of type " + type);
            }
            any = true;
        }
        return any;
    }

    private void point(double x, double y) {
        number(x);
        content.append(' ');
        number(y);
        content.append(' ');
    }

    /** Sets the fill (or stroke) colour and the alpha, where they changed. */
    void colour(int rgb, float a, boolean stroke) {
        if (stroke ? rgb != strokeRgb : rgb != fillRgb) {
            number(((rgb >> 16) & 255) / 255.0);
            content.append(' ');
            number(((rgb >> 8) & 255) / 255.0);
            content.append(' ');
            number((rgb & 255) / 255.0);
            content.append(stroke ? " RG\n" : " rg\n");
            if (stroke) strokeRgb = rgb;
            else fillRgb = rgb;
        }
        if (!(a == alpha)) {
            // one state sets both: a fill and a stroke of one element have the same alpha in Java 2D
            content.append('/').append(document.alphaState(a)).append(" gs\n");
            alpha = a;
        }
    }

    void lineStyle(BasicStroke s) {
        if (s.getLineWidth() != lineWidth) {
            number(s.getLineWidth());
            content.append(" w\n");
            lineWidth = s.getLineWidth();
        }
        if (s.getEndCap() != cap) { // Java 2D's BUTT, ROUND, SQUARE are PDF's 0, 1, 2
            content.append(s.getEndCap()).append(" J\n");
            cap = s.getEndCap();
        }
        if (s.getLineJoin() != join) { // MITER, ROUND, BEVEL are PDF's 0, 1, 2
            content.append(s.getLineJoin()).append(" j\n");
            join = s.getLineJoin();
        }
        if (s.getLineJoin() == BasicStroke.JOIN_MITER && s.getMiterLimit() != miter) {
            number(Math.max(1, s.getMiterLimit()));
            content.append(" M\n");
            miter = s.getMiterLimit();
        }
        float[] d = s.getDashArray();
        if (!dashKnown || !java.util.Arrays.equals(d, dash) || (d != null && s.getDashPhase() != dashPhase)) {
            content.append('[');
            if (d != null) {
                for (float v : d) {
                    number(v);
                    content.append(' ');
                }
            }
            content.append("] ");
            number(d == null ? 0 : s.getDashPhase());
            content.append(" d\n");
            dash = d == null ? null : d.clone();
            dashPhase = s.getDashPhase();
            dashKnown = true;
        }
    }

    /**
     * Paints {@code page} (another document's) as a form XObject under {@code placement}, which maps the page's own
     * space (points, y up, as its stream draws) into the current user space; the stream state is brought to the clip and
     * transform first by the caller. The form starts from this stream's graphics state, and a page's stream assumes it
     * starts opaque, so the alpha is set to 1 first where it may not be; {@code Do} restores the state after the form.
     */
    void form(FigurePage page, AffineTransform placement) {
        String name = document.form(page, this);
        if (name == null) return;
        if (!(alpha == 1)) {
            content.append('/').append(document.alphaState(1f)).append(" gs\n");
            alpha = 1;
        }
        content.append("q ");
        matrix(placement);
        content.append(" cm /").append(name).append(" Do Q\n");
    }

    /** The document's font for {@code f}, loaded on first use; null (and this page unsupported) if it cannot be read. */
    FigureFont font(BundledFont f) {
        return document.font(f, this);
    }

    /** The page's finished content stream: every open graphics state closed. */
    byte[] finish() {
        closeTransform();
        if (clipOpen) content.append("Q\n");
        clipOpen = false;
        return content.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
