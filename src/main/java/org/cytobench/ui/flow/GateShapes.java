package org.cytobench.ui.flow;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.cytobench.flow.plot.GateOutline;
import org.cytobench.flow.plot.PlotAxis;

/**
 * Gate outlines as JavaFX shapes over a square plot of {@code size} pixels: display units to pixels through the axes'
 * fractions (y upwards), open bounds clipped just outside the plot.
 */
final class GateShapes {
    static final Color STROKE = Color.web("#d7301f");
    static final Color SELECTED = Color.web("#1f6fb2");
    static final Color FILL = Color.web("#d7301f", 0.08);

    private final PlotAxis x;
    private final PlotAxis y;
    private final double size;

    GateShapes(PlotAxis x, PlotAxis y, double size) {
        this.x = x;
        this.y = y;
        this.size = size;
    }

    double px(double display) { return clip(x.fraction(display) * size); }

    double py(double display) { return clip((1 - y.fraction(display)) * size); }

    /** Display value at a pixel. */
    double dx(double px) { return x.atFraction(px / size); }

    double dy(double py) { return y.atFraction(1 - py / size); }

    private double clip(double p) {
        if (Double.isNaN(p)) return p;
        return Math.max(-2, Math.min(size + 2, p));
    }

    /** The shapes of one outline (stroke width scaled for small tiles). */
    List<Shape> shapes(GateOutline o, boolean selected, double stroke) {
        List<Shape> out = new ArrayList<>();
        double[][] p = o.points();
        switch (o.shape()) {
            case RECTANGLE -> out.add(rect(px(p[0][0]), py(p[1][1]), px(p[1][0]), py(p[0][1])));
            case RANGE_X -> out.add(rect(px(p[0][0]), -2, px(p[0][1]), size + 2));
            case RANGE_Y -> out.add(rect(-2, py(p[0][1]), size + 2, py(p[0][0])));
            case POLYGON -> {
                Polygon g = new Polygon();
                for (double[] v : p) g.getPoints().addAll(px(v[0]), py(v[1]));
                out.add(g);
            }
            case QUADRANT -> {
                double cx = px(p[0][0]);
                double cy = py(p[0][1]);
                out.add(new Line(cx, 0, cx, size));
                out.add(new Line(0, cy, size, cy));
            }
        }
        for (Shape s : out) {
            s.setStroke(selected ? SELECTED : STROKE);
            s.setStrokeWidth(stroke);
            s.setFill(s instanceof Line ? null : FILL);
            s.setUserData(o.gateId());
            // the plot's pane takes every mouse event: a shape under the mouse is replaced while a gate is dragged
            s.setMouseTransparent(true);
        }
        return out;
    }

    private static Rectangle rect(double x0, double y0, double x1, double y1) {
        return new Rectangle(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
    }

    /** The draggable points of an outline, in pixels (corners, vertices, range edges, the quadrant crossing). */
    double[][] handles(GateOutline o) {
        double[][] p = o.points();
        return switch (o.shape()) {
            case RECTANGLE -> new double[][] {{px(p[0][0]), py(p[0][1])}, {px(p[1][0]), py(p[0][1])}, {px(p[1][0]), py(p[1][1])}, {px(p[0][0]), py(p[1][1])}};
            case POLYGON -> {
                double[][] h = new double[p.length][];
                for (int i = 0; i < p.length; i++) h[i] = new double[] {px(p[i][0]), py(p[i][1])};
                yield h;
            }
            case RANGE_X -> new double[][] {{px(p[0][0]), size / 2}, {px(p[0][1]), size / 2}};
            case RANGE_Y -> new double[][] {{size / 2, py(p[0][0])}, {size / 2, py(p[0][1])}};
            case QUADRANT -> new double[][] {{px(p[0][0]), py(p[0][1])}};
        };
    }

    /**
     * The outline's points after dragging handle {@code handle} (or the whole gate when -1) by a display-unit delta.
     * Open (infinite) bounds stay open.
     */
    static double[][] dragged(GateOutline o, int handle, double ddx, double ddy) {
        double[][] p = o.points();
        switch (o.shape()) {
            case RECTANGLE -> {
                if (handle < 0) { p[0][0] += ddx; p[1][0] += ddx; p[0][1] += ddy; p[1][1] += ddy; }
                else {
                    if (handle == 0 || handle == 3) p[0][0] += ddx; else p[1][0] += ddx;
                    if (handle == 0 || handle == 1) p[0][1] += ddy; else p[1][1] += ddy;
                }
            }
            case POLYGON -> {
                for (int i = 0; i < p.length; i++) if (handle < 0 || handle == i) { p[i][0] += ddx; p[i][1] += ddy; }
            }
            case RANGE_X -> { if (handle != 1) p[0][0] += ddx; if (handle != 0) p[0][1] += ddx; }
            case RANGE_Y -> { if (handle != 1) p[0][0] += ddy; if (handle != 0) p[0][1] += ddy; }
            case QUADRANT -> { p[0][0] += ddx; p[0][1] += ddy; }
        }
        return p;
    }

    /** Whether a pixel lies inside the outline's area (for a quadrant: near its dividers). */
    boolean hits(GateOutline o, double mx, double my) {
        for (Shape s : shapes(o, false, 1)) {
            if (s instanceof Line l) {
                if (Math.abs(l.getStartX() - l.getEndX()) < 1 ? Math.abs(mx - l.getStartX()) < 5 : Math.abs(my - l.getStartY()) < 5) return true;
            } else if (s.contains(mx, my)) {
                return true;
            }
        }
        return false;
    }

    static List<Node> nodes(List<Shape> shapes) { return new ArrayList<>(shapes); }
}
