package org.cytobench.ui.flow;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import org.cytobench.flow.gating.Gate;
import org.cytobench.flow.gating.QuadrantGate;
import org.cytobench.flow.plot.AxisTicks;
import org.cytobench.flow.plot.GateOutline;
import org.cytobench.flow.plot.PlotAxis;
import org.cytobench.flow.plot.PlotImage;

/**
 * The bivariate plot: the rendered population (density or dots), tick marks labelled in scale values, axis titles with
 * marker and channel, and the population's gates with their % of parent. With a drawing tool the mouse draws a gate
 * (rectangle and range: drag; quadrant: click; polygon: click the vertices, double-click to close, Esc to cancel); with
 * the select tool it drags a gate (inside it) or one of its handles, and Delete removes the selected gate. Each finished
 * drawing or drag is one edit of the template; nothing changes while the mouse is down but the preview.
 */
public final class FlowPlotView extends BorderPane {
    public enum Tool { SELECT, RECTANGLE, POLYGON, QUADRANT, RANGE }

    static final double SIZE = 320;

    private final FlowViewModel model;
    private final ImageView image = new ImageView();
    private final Pane overlay = new Pane();
    private final Pane xTicks = new Pane();
    private final Pane yTicks = new Pane();
    private final Label xTitle = new Label();
    private final Label yTitle = new Label();
    private final Label title = new Label();
    private Tool tool = Tool.SELECT;
    private String selectedGate;

    // a drag in progress
    private double startX;
    private double startY;
    private GateOutline dragging;
    private int handle = -1;
    private double[][] preview;
    private final List<double[]> polygon = new ArrayList<>();
    private Shape draft;

    public FlowPlotView(FlowViewModel model) {
        this.model = model;
        getStyleClass().add("flow-plot");
        image.setFitWidth(SIZE);
        image.setFitHeight(SIZE);
        image.setSmooth(false);
        overlay.setPrefSize(SIZE, SIZE);
        overlay.setMinSize(SIZE, SIZE);
        overlay.setMaxSize(SIZE, SIZE);
        Rectangle clip = new Rectangle(SIZE, SIZE);
        overlay.setClip(clip);
        overlay.setId("flow-plot-area");
        StackPane area = new StackPane(image, overlay);
        area.setMinSize(SIZE, SIZE);
        area.setMaxSize(SIZE, SIZE);
        area.setStyle("-fx-background-color: white; -fx-border-color: #888; -fx-border-width: 1;");
        xTicks.setPrefSize(SIZE, 22);
        xTicks.setMinHeight(22);
        yTicks.setPrefSize(46, SIZE);
        yTicks.setMinWidth(46);
        xTitle.setId("flow-x-title");
        yTitle.setId("flow-y-title");
        yTitle.setRotate(-90);
        title.getStyleClass().add("section-title");
        title.setId("flow-plot-title");
        javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
        g.add(new javafx.scene.Group(yTitle), 0, 0);
        g.add(yTicks, 1, 0);
        g.add(area, 2, 0);
        g.add(xTicks, 2, 1);
        g.add(xTitle, 2, 2);
        javafx.scene.layout.GridPane.setHalignment(xTitle, javafx.geometry.HPos.CENTER);
        javafx.scene.layout.GridPane.setValignment(g.getChildren().get(0), javafx.geometry.VPos.CENTER);
        setTop(title);
        setCenter(g);
        BorderPane.setAlignment(title, Pos.CENTER_LEFT);
        overlay.setOnMousePressed(this::pressed);
        overlay.setOnMouseDragged(this::dragged);
        overlay.setOnMouseReleased(this::released);
        overlay.setOnMouseClicked(this::clicked);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) cancelDraft();
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && selectedGate != null) deleteSelected();
        });
        setFocusTraversable(true);
        model.plotProperty().addListener((o, a, b) -> show(b));
        show(model.plot());
    }

    public void setTool(Tool t) {
        tool = t;
        cancelDraft();
        overlay.setCursor(t == Tool.SELECT ? Cursor.DEFAULT : Cursor.CROSSHAIR);
    }

    public Tool tool() { return tool; }

    public String selectedGate() { return selectedGate; }

    /** Removes the selected gate (and its descendants) from the template. */
    public void deleteSelected() {
        if (selectedGate != null && model.removeGate(selectedGate)) selectedGate = null;
    }

    private GateShapes shapes() {
        FlowPlotState s = model.plot();
        return s == null ? null : new GateShapes(s.x(), s.y(), SIZE);
    }

    private void show(FlowPlotState s) {
        if (s == null) {
            image.setImage(null);
            overlay.getChildren().clear();
            return;
        }
        image.setImage(s.image() == null ? null : fxImage(s.image()));
        String what = FlowViewModel.populationLabel(s.population());
        title.setText(s.sample().label() + " — " + what + " (" + s.events() + " events)" + (s.problem() == null ? "" : ": " + s.problem()));
        xTitle.setText(s.x().label() + "  [" + scaleName(s.x()) + "]");
        yTitle.setText(s.y().label() + "  [" + scaleName(s.y()) + "]");
        ticks(s.x(), s.y());
        drawGates(s, null, null);
    }

    private static String scaleName(PlotAxis a) {
        if (a.transform() == null) return "linear";
        String n = a.transform().getClass().getSimpleName().replace("Transform", "").toLowerCase(java.util.Locale.ROOT);
        return n.equals("asinh") ? "arcsinh" : n;
    }

    static WritableImage fxImage(PlotImage p) {
        WritableImage w = new WritableImage(p.width(), p.height());
        w.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbInstance(), p.argb(), 0, p.width());
        return w;
    }

    private void ticks(PlotAxis x, PlotAxis y) {
        xTicks.getChildren().clear();
        yTicks.getChildren().clear();
        for (AxisTicks.Tick t : AxisTicks.of(x)) {
            double p = x.fraction(t.display()) * SIZE;
            xTicks.getChildren().add(new Line(p, 0, p, 5));
            Text label = new Text(t.label());
            label.getStyleClass().add("flow-tick");
            label.setX(p - label.getLayoutBounds().getWidth() / 2);
            label.setY(17);
            xTicks.getChildren().add(label);
        }
        for (AxisTicks.Tick t : AxisTicks.of(y)) {
            double p = (1 - y.fraction(t.display())) * SIZE;
            yTicks.getChildren().add(new Line(41, p, 46, p));
            Text label = new Text(t.label());
            label.getStyleClass().add("flow-tick");
            label.setX(38 - label.getLayoutBounds().getWidth());
            label.setY(p + 4);
            yTicks.getChildren().add(label);
        }
    }

    /** Draws the gates, one of them ({@code replacedId}) at preview points while it is dragged. */
    private void drawGates(FlowPlotState s, String replacedId, double[][] replaced) {
        overlay.getChildren().clear();
        GateShapes gs = new GateShapes(s.x(), s.y(), SIZE);
        for (GateOutline o : s.outlines()) {
            GateOutline shown = o.gateId().equals(replacedId) ? new GateOutline(o.gateId(), o.shape(), replaced, o.populations()) : o;
            boolean sel = o.gateId().equals(selectedGate);
            overlay.getChildren().addAll(gs.shapes(shown, sel, sel ? 2 : 1.5));
            if (sel) for (double[] h : gs.handles(shown)) overlay.getChildren().add(handleDot(h));
            labels(s, gs, shown);
        }
        if (draft != null) overlay.getChildren().add(draft);
    }

    private static Circle handleDot(double[] h) {
        Circle c = new Circle(h[0], h[1], 4, Color.WHITE);
        c.setStroke(GateShapes.SELECTED);
        c.setMouseTransparent(true);
        return c;
    }

    private void labels(FlowPlotState s, GateShapes gs, GateOutline o) {
        double[][] p = o.points();
        if (o.shape() == GateOutline.Shape.QUADRANT) {
            for (String q : o.populations()) {
                double[] corner = quadrantCorner(q, p[0]);
                double lx = corner[0] > 0 ? SIZE - 70 : 6;
                double ly = corner[1] > 0 ? 16 : SIZE - 6;
                overlay.getChildren().add(label(percent(s, q), lx, ly));
            }
            return;
        }
        double lx = Math.max(4, Math.min(SIZE - 90, gs.px(p[0][0]) + 4));
        double ly = switch (o.shape()) {
            case RANGE_X -> 16;
            case RANGE_Y -> Math.max(14, Math.min(SIZE - 4, gs.py(p[0][1]) + 14));
            case RECTANGLE -> Math.max(14, Math.min(SIZE - 4, gs.py(p[1][1]) + 14));
            default -> Math.max(14, Math.min(SIZE - 4, gs.py(p[0][1]) - 4));
        };
        if (o.shape() == GateOutline.Shape.RANGE_Y) lx = 6;
        overlay.getChildren().add(label(o.gateId() + "  " + percent(s, o.gateId()), lx, ly));
    }

    /** Which corner a quadrant population lies in: {+1 or -1 on x, +1 or -1 on y}. */
    private double[] quadrantCorner(String id, double[] crossing) {
        Gate g = model.strategy().has(id) ? model.strategy().gate(id) : null;
        double sx = 1;
        double sy = 1;
        if (g instanceof QuadrantGate.Quadrant q) {
            FlowPlotState s = model.plot();
            for (int k = 0; k < q.dividers().size(); k++) {
                QuadrantGate.Divider d = q.dividers().get(k);
                double side = q.locations()[k] >= d.cuts()[0] ? 1 : -1;
                if (s != null && s.x().channel().equals(d.dimension().parameter())) sx = side; else sy = side;
            }
        }
        return new double[] {sx, sy};
    }

    private static String percent(FlowPlotState s, String id) {
        double v = s.percentOfParent(id);
        return Double.isNaN(v) ? "–" : String.format(java.util.Locale.ROOT, "%.1f %%", v);
    }

    private static Text label(String text, double x, double y) {
        Text t = new Text(x, y, text);
        t.getStyleClass().add("flow-gate-label");
        t.setFill(Color.web("#8c1d10"));
        t.setMouseTransparent(true);
        return t;
    }

    // ---- mouse ----------------------------------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() != MouseButton.PRIMARY || model.plot() == null) return;
        startX = e.getX();
        startY = e.getY();
        GateShapes gs = shapes();
        if (tool == Tool.SELECT) {
            dragging = null;
            handle = -1;
            for (GateOutline o : model.plot().outlines()) {
                double[][] h = gs.handles(o);
                for (int i = 0; i < h.length; i++) {
                    if (o.gateId().equals(selectedGate) && Math.hypot(h[i][0] - startX, h[i][1] - startY) <= 6) {
                        dragging = o;
                        handle = i;
                    }
                }
            }
            if (dragging == null) {
                for (GateOutline o : model.plot().outlines()) if (gs.hits(o, startX, startY)) dragging = o;
            }
            selectedGate = dragging == null ? null : dragging.gateId();
            preview = null;
            drawGates(model.plot(), null, null);
        } else if (tool == Tool.RECTANGLE || tool == Tool.RANGE) {
            draft = tool == Tool.RANGE ? new Rectangle(startX, 0, 0, SIZE) : new Rectangle(startX, startY, 0, 0);
            styleDraft(draft);
            overlay.getChildren().add(draft);
        }
    }

    private void dragged(MouseEvent e) {
        if (model.plot() == null) return;
        double mx = clamp(e.getX());
        double my = clamp(e.getY());
        if (tool == Tool.SELECT && dragging != null) {
            GateShapes gs = shapes();
            preview = GateShapes.dragged(dragging, handle, gs.dx(mx) - gs.dx(startX), gs.dy(my) - gs.dy(startY));
            drawGates(model.plot(), dragging.gateId(), preview);
        } else if (draft instanceof Rectangle r) {
            r.setX(Math.min(startX, mx));
            r.setWidth(Math.abs(mx - startX));
            if (tool == Tool.RECTANGLE) {
                r.setY(Math.min(startY, my));
                r.setHeight(Math.abs(my - startY));
            }
        }
    }

    private void released(MouseEvent e) {
        if (model.plot() == null || e.getButton() != MouseButton.PRIMARY) return;
        double mx = clamp(e.getX());
        double my = clamp(e.getY());
        GateShapes gs = shapes();
        boolean moved = Math.hypot(mx - startX, my - startY) > 3;
        if (tool == Tool.SELECT && dragging != null && preview != null && moved) {
            String id = dragging.gateId();
            dragging = null;
            model.reshape(id, preview);
        } else if (tool == Tool.RECTANGLE && draft != null) {
            removeDraft();
            if (Math.abs(mx - startX) > 3 && Math.abs(my - startY) > 3) model.drawRectangle(gs.dx(startX), gs.dy(startY), gs.dx(mx), gs.dy(my));
        } else if (tool == Tool.RANGE && draft != null) {
            removeDraft();
            if (Math.abs(mx - startX) > 3) {
                double lo = Math.min(startX, mx);
                double hi = Math.max(startX, mx);
                // dragged to an edge of the plot: the bound is open, a threshold ("CD69 ≥ x")
                model.drawRange(lo <= 3 ? Double.NaN : gs.dx(lo), hi >= SIZE - 3 ? Double.NaN : gs.dx(hi));
            }
        }
        dragging = null;
        preview = null;
    }

    private void clicked(MouseEvent e) {
        if (model.plot() == null || e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) return;
        GateShapes gs = shapes();
        if (tool == Tool.QUADRANT) {
            model.drawQuadrants(gs.dx(e.getX()), gs.dy(e.getY()));
        } else if (tool == Tool.POLYGON) {
            boolean closes = polygon.size() >= 3 && (e.getClickCount() >= 2
                    || Math.hypot(gs.px(polygon.get(0)[0]) - e.getX(), gs.py(polygon.get(0)[1]) - e.getY()) <= 8);
            if (closes) {
                List<double[]> pts = new ArrayList<>(polygon);
                cancelDraft();
                model.drawPolygon(pts);
                return;
            }
            if (e.getClickCount() == 1) polygon.add(new double[] {gs.dx(e.getX()), gs.dy(e.getY())});
            Polyline line = new Polyline();
            for (double[] p : polygon) line.getPoints().addAll(gs.px(p[0]), gs.py(p[1]));
            removeDraft();
            draft = line;
            styleDraft(draft);
            draft.setFill(null);
            overlay.getChildren().add(draft);
        }
    }

    private static double clamp(double p) { return Math.max(0, Math.min(SIZE, p)); }

    private static void styleDraft(Shape s) {
        s.setStroke(GateShapes.SELECTED);
        s.setStrokeWidth(1.5);
        s.getStrokeDashArray().setAll(5.0, 4.0);
        s.setFill(Color.web("#1f6fb2", 0.08));
        s.setMouseTransparent(true);
    }

    private void removeDraft() {
        if (draft != null) overlay.getChildren().remove(draft);
        draft = null;
    }

    private void cancelDraft() {
        removeDraft();
        polygon.clear();
    }
}
