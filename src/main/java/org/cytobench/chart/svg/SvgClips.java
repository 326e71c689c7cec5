package org.cytobench.chart.svg;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;

/**
 * Clip arithmetic in device space. Rectangles stay rectangles under translation and scaling and intersect as
 * rectangles: a chart clips to its plot area over and over, and {@link Area} is far slower.
 */
final class SvgClips {
    private SvgClips() {}

    static Shape transform(AffineTransform t, Shape s) {
        if (s instanceof Rectangle2D r && t.getShearX() == 0 && t.getShearY() == 0) {
            double x1 = r.getMinX() * t.getScaleX() + t.getTranslateX();
            double x2 = r.getMaxX() * t.getScaleX() + t.getTranslateX();
            double y1 = r.getMinY() * t.getScaleY() + t.getTranslateY();
            double y2 = r.getMaxY() * t.getScaleY() + t.getTranslateY();
            return new Rectangle2D.Double(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
        }
        return t.createTransformedShape(s);
    }

    static Shape intersect(Shape a, Shape b) {
        if (a instanceof Rectangle2D ra && b instanceof Rectangle2D rb) {
            double x1 = Math.max(ra.getMinX(), rb.getMinX());
            double y1 = Math.max(ra.getMinY(), rb.getMinY());
            double x2 = Math.min(ra.getMaxX(), rb.getMaxX());
            double y2 = Math.min(ra.getMaxY(), rb.getMaxY());
            return new Rectangle2D.Double(x1, y1, Math.max(0, x2 - x1), Math.max(0, y2 - y1));
        }
        Area area = new Area(a);
        area.intersect(new Area(b));
        return area;
    }
}
