package org.cytobench.chart.svg;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import org.cytobench.chart.vector.PlainNumbers;

/**
 * Java 2D shapes as SVG elements: lines, rectangles and ellipses as {@code <line>}, {@code <rect>}, {@code <ellipse>}
 * (what an editor shows as such), everything else as a {@code <path>}. A shape with a coordinate that is not finite draws
 * nothing, as in Java 2D, instead of writing "NaN" into the file.
 */
final class SvgShapes {
    private SvgShapes() {}

    /**
     * Appends the start of the element for {@code s} ({@code <rect x=… …}, without the closing {@code />}) and returns
     * true, or appends nothing and returns false when the shape draws nothing. {@code filled} says whether it will be
     * filled: a filled line is empty, and a path's fill rule is written only then.
     */
    static boolean appendElement(StringBuilder b, Shape s, boolean filled, int decimals) {
        if (s instanceof Line2D l) {
            if (filled || !finite(l.getX1(), l.getY1(), l.getX2(), l.getY2())) return false;
            b.append("<line x1=\"");
            PlainNumbers.append(b, l.getX1(), decimals);
            b.append("\" y1=\"");
            PlainNumbers.append(b, l.getY1(), decimals);
            b.append("\" x2=\"");
            PlainNumbers.append(b, l.getX2(), decimals);
            b.append("\" y2=\"");
            PlainNumbers.append(b, l.getY2(), decimals);
            b.append('"');
            return true;
        }
        if (s instanceof Rectangle2D r && r.getWidth() >= 0 && r.getHeight() >= 0) {
            if (!finite(r.getX(), r.getY(), r.getWidth(), r.getHeight())) return false;
            b.append("<rect x=\"");
            PlainNumbers.append(b, r.getX(), decimals);
            b.append("\" y=\"");
            PlainNumbers.append(b, r.getY(), decimals);
            b.append("\" width=\"");
            PlainNumbers.append(b, r.getWidth(), decimals);
            b.append("\" height=\"");
            PlainNumbers.append(b, r.getHeight(), decimals);
            b.append('"');
            return true;
        }
        if (s instanceof Ellipse2D e && e.getWidth() >= 0 && e.getHeight() >= 0) {
            if (!finite(e.getX(), e.getY(), e.getWidth(), e.getHeight())) return false;
            b.append("<ellipse cx=\"");
            PlainNumbers.append(b, e.getCenterX(), decimals);
            b.append("\" cy=\"");
            PlainNumbers.append(b, e.getCenterY(), decimals);
            b.append("\" rx=\"");
            PlainNumbers.append(b, e.getWidth() / 2, decimals);
            b.append("\" ry=\"");
            PlainNumbers.append(b, e.getHeight() / 2, decimals);
            b.append('"');
            return true;
        }
        PathIterator it = s.getPathIterator(null);
        String d = pathData(it, decimals);
        if (d == null) return false;
        b.append("<path d=\"").append(d).append('"');
        if (filled && it.getWindingRule() == PathIterator.WIND_EVEN_ODD) b.append(" fill-rule=\"evenodd\"");
        return true;
    }

    /** The path data of {@code s} transformed by {@code at} (may be null), or null if it is empty or not finite. */
    static String pathData(Shape s, AffineTransform at, int decimals) {
        return pathData(s.getPathIterator(at), decimals);
    }

    static boolean evenOdd(Shape s) {
        return s.getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD;
    }

    private static final char[] COMMANDS = {'M', 'L', 'Q', 'C', 'Z'};
    private static final int[] POINTS = {1, 1, 2, 3, 0};

    private static String pathData(PathIterator it, int decimals) {
        StringBuilder d = new StringBuilder(64);
        double[] c = new double[6];
        boolean drawn = false;
        for (; !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            int n = POINTS[type] * 2;
            for (int i = 0; i < n; i++) if (!Double.isFinite(c[i])) return null;
            if (d.length() > 0) d.append(' ');
            d.append(COMMANDS[type]);
            for (int i = 0; i < n; i++) {
                if (i > 0) d.append(i % 2 == 1 ? ',' : ' ');
                PlainNumbers.append(d, c[i], decimals);
            }
            if (type != PathIterator.SEG_MOVETO) drawn = true;
        }
        return drawn ? d.toString() : null;
    }

    private static boolean finite(double a, double b, double c, double d) {
        return Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c) && Double.isFinite(d);
    }
}
