package org.cytobench.chart.svg;

import java.awt.BasicStroke;
import java.awt.geom.AffineTransform;
import org.cytobench.chart.vector.PlainNumbers;

/** The stroke and transform attributes of an SVG element, written as Java 2D would draw them. */
final class SvgAttributes {
    private SvgAttributes() {}

    /** stroke-width, -linecap, -linejoin, -miterlimit, -dasharray, -dashoffset of {@code s}, drawn under {@code t}. */
    static void stroke(StringBuilder b, BasicStroke s, int decimals, AffineTransform t) {
        float width = s.getLineWidth();
        // Java 2D draws a zero-width stroke as the thinnest line the device can show; SVG would draw nothing: use a
        // 300 dpi pixel (0.24 pt)
        double w = width > 0 ? width : 0.24 / Math.max(1e-9, SvgGraphics2D.scaleOf(t));
        b.append(" stroke-width=\"");
        PlainNumbers.append(b, w, decimals);
        b.append('"');
        switch (s.getEndCap()) {
            case BasicStroke.CAP_ROUND -> b.append(" stroke-linecap=\"round\"");
            case BasicStroke.CAP_SQUARE -> b.append(" stroke-linecap=\"square\"");
            default -> { } // butt, SVG's default
        }
        switch (s.getLineJoin()) {
            case BasicStroke.JOIN_ROUND -> b.append(" stroke-linejoin=\"round\"");
            case BasicStroke.JOIN_BEVEL -> b.append(" stroke-linejoin=\"bevel\"");
            default -> {
                if (s.getMiterLimit() != 4f) { // SVG's default is 4, Java's 10
                    b.append(" stroke-miterlimit=\"");
                    PlainNumbers.append(b, Math.max(1, s.getMiterLimit()), 3);
                    b.append('"');
                }
            }
        }
        float[] dash = s.getDashArray();
        if (dash != null && dash.length > 0) {
            b.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) {
                if (i > 0) b.append(',');
                PlainNumbers.append(b, Math.max(0, dash[i]), decimals);
            }
            b.append('"');
            if (s.getDashPhase() != 0) {
                b.append(" stroke-dashoffset=\"");
                PlainNumbers.append(b, s.getDashPhase(), decimals);
                b.append('"');
            }
        }
    }

    /** {@code attribute="matrix(…)"}, or nothing for the identity. */
    static void transform(StringBuilder b, String attribute, AffineTransform t) {
        if (t.isIdentity()) return;
        b.append(' ').append(attribute).append("=\"matrix(");
        PlainNumbers.append(b, t.getScaleX(), 6);
        b.append(' ');
        PlainNumbers.append(b, t.getShearY(), 6);
        b.append(' ');
        PlainNumbers.append(b, t.getShearX(), 6);
        b.append(' ');
        PlainNumbers.append(b, t.getScaleY(), 6);
        b.append(' ');
        PlainNumbers.append(b, t.getTranslateX(), 4);
        b.append(' ');
        PlainNumbers.append(b, t.getTranslateY(), 4);
        b.append(")\"");
    }
}
