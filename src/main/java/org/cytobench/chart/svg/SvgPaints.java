package org.cytobench.chart.svg;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.Paint;
import java.awt.RadialGradientPaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import org.cytobench.chart.vector.PlainNumbers;

/**
 * Paints as SVG {@code fill}/{@code stroke} values: colours as {@code #rrggbb} with an opacity, the JDK's gradients as
 * {@code <linearGradient>}/{@code <radialGradient>} definitions in user space (the space of the element that uses them,
 * which is Java 2D's user space: the element carries the transform). Any other paint is not written here; the graphics
 * then draws the shape as an image.
 */
final class SvgPaints {
    private SvgPaints() {}

    static boolean supported(Paint p) {
        return p instanceof Color || p instanceof GradientPaint || p instanceof LinearGradientPaint || p instanceof RadialGradientPaint;
    }

    /**
     * Appends {@code property="…"} and, below full opacity, {@code property-opacity="…"}; {@code alpha} is the composite's
     * extra alpha. Only for {@link #supported} paints.
     */
    static void append(StringBuilder b, String property, Paint p, float alpha, SvgDocument doc) {
        b.append(' ').append(property).append("=\"");
        double opacity = alpha;
        if (p instanceof Color c) {
            hex(b, c);
            opacity *= c.getAlpha() / 255.0;
        } else {
            b.append("url(#").append(doc.gradientId(gradient(p))).append(')');
        }
        b.append('"');
        if (opacity < 1) {
            b.append(' ').append(property).append("-opacity=\"");
            PlainNumbers.append(b, Math.max(0, opacity), 3);
            b.append('"');
        }
    }

    static void hex(StringBuilder b, Color c) {
        int rgb = c.getRGB() & 0xFFFFFF;
        b.append('#');
        for (int shift = 20; shift >= 0; shift -= 4) b.append(Character.forDigit(rgb >> shift & 0xF, 16));
    }

    private static String gradient(Paint p) {
        StringBuilder b = new StringBuilder(200);
        if (p instanceof GradientPaint g) {
            b.append("<linearGradient id=\"%ID%\" gradientUnits=\"userSpaceOnUse\"");
            points(b, "x1", "y1", g.getPoint1());
            points(b, "x2", "y2", g.getPoint2());
            if (g.isCyclic()) b.append(" spreadMethod=\"reflect\""); // Java's cyclic gradient runs there and back
            b.append('>');
            stop(b, 0, g.getColor1());
            stop(b, 1, g.getColor2());
            return b.append("</linearGradient>").toString();
        }
        MultipleGradientPaint m = (MultipleGradientPaint) p;
        String tag = p instanceof LinearGradientPaint ? "linearGradient" : "radialGradient";
        b.append('<').append(tag).append(" id=\"%ID%\" gradientUnits=\"userSpaceOnUse\"");
        if (p instanceof LinearGradientPaint l) {
            points(b, "x1", "y1", l.getStartPoint());
            points(b, "x2", "y2", l.getEndPoint());
        } else {
            RadialGradientPaint r = (RadialGradientPaint) p;
            points(b, "cx", "cy", r.getCenterPoint());
            points(b, "fx", "fy", r.getFocusPoint());
            b.append(" r=\"");
            PlainNumbers.append(b, r.getRadius(), 4);
            b.append('"');
        }
        switch (m.getCycleMethod()) {
            case REFLECT -> b.append(" spreadMethod=\"reflect\"");
            case REPEAT -> b.append(" spreadMethod=\"repeat\"");
            default -> { } // NO_CYCLE: pad, SVG's default
        }
        if (m.getColorSpace() == MultipleGradientPaint.ColorSpaceType.LINEAR_RGB) b.append(" color-interpolation=\"linearRGB\"");
        AffineTransform t = m.getTransform();
        if (!t.isIdentity()) SvgAttributes.transform(b, "gradientTransform", t);
        b.append('>');
        float[] fractions = m.getFractions();
        Color[] colors = m.getColors();
        for (int i = 0; i < fractions.length; i++) stop(b, fractions[i], colors[i]);
        return b.append("</").append(tag).append('>').toString();
    }

    private static void points(StringBuilder b, String xName, String yName, Point2D p) {
        b.append(' ').append(xName).append("=\"");
        PlainNumbers.append(b, p.getX(), 4);
        b.append("\" ").append(yName).append("=\"");
        PlainNumbers.append(b, p.getY(), 4);
        b.append('"');
    }

    private static void stop(StringBuilder b, double offset, Color c) {
        b.append("<stop offset=\"");
        PlainNumbers.append(b, offset, 4);
        b.append("\" stop-color=\"");
        hex(b, c);
        b.append('"');
        if (c.getAlpha() < 255) {
            b.append(" stop-opacity=\"");
            PlainNumbers.append(b, c.getAlpha() / 255.0, 3);
            b.append('"');
        }
        b.append("/>");
    }
}
