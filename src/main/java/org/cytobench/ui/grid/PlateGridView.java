package org.cytobench.ui.grid;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.paint.Color;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;

/**
 * A 96- or 384-well plate drawn as a grid of labelled wells with row and column headers. Selection, kept in the
 * view-model's set: click a well, drag a rectangle, shift-click to extend from the anchor, Ctrl-click to toggle, click a
 * row or column header (shift extends), or the corner for the whole plate. The cells grow with the window.
 *
 * <p>Dragging is tracked on the grid itself (the cell under the pointer is found from coordinates), because during a
 * press-drag-release gesture JavaFX sends every event to the node that was pressed.
 */
public final class PlateGridView extends GridPane {

    private final ObservableSet<WellPosition> selection;
    private final Map<WellPosition, Label> cells = new HashMap<>();
    private Function<WellPosition, WellAppearance> appearance = w -> WellAppearance.UNUSED;
    private PlateFormat format;
    private WellPosition anchor;
    private WellPosition dragStart;
    private Set<WellPosition> selectionBeforeDrag = Set.of();

    public PlateGridView(ObservableSet<WellPosition> selection) {
        this.selection = selection;
        getStyleClass().add("plate-grid");
        setHgap(2);
        setVgap(2);
        selection.addListener((SetChangeListener<WellPosition>) c -> {
            if (c.wasAdded()) styleSelected(c.getElementAdded(), true);
            if (c.wasRemoved()) styleSelected(c.getElementRemoved(), false);
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragStart = null);
        setFormat(PlateFormat.WELLS_96);
    }

    public PlateFormat format() { return format; }

    public void setAppearance(Function<WellPosition, WellAppearance> appearance) {
        this.appearance = appearance;
        refresh();
    }

    /** Rebuilds the grid for another plate format (the selection is cleared). */
    public void setFormat(PlateFormat f) {
        if (f == format) return;
        format = f;
        selection.clear();
        anchor = null;
        getChildren().clear();
        getColumnConstraints().clear();
        getRowConstraints().clear();
        cells.clear();
        boolean small = f == PlateFormat.WELLS_384;
        double minCell = small ? 26 : 44;
        getColumnConstraints().add(new ColumnConstraints(26, 26, 30));
        for (int c = 0; c < f.columns(); c++) {
            ColumnConstraints cc = new ColumnConstraints(minCell, minCell * 1.6, small ? 70 : 150);
            cc.setHgrow(Priority.ALWAYS);
            cc.setHalignment(HPos.CENTER);
            getColumnConstraints().add(cc);
        }
        getRowConstraints().add(new RowConstraints(22, 22, 24));
        for (int r = 0; r < f.rows(); r++) {
            RowConstraints rc = new RowConstraints(small ? 20 : 32, small ? 24 : 44, small ? 48 : 90);
            rc.setVgrow(Priority.ALWAYS);
            rc.setValignment(VPos.CENTER);
            getRowConstraints().add(rc);
        }
        Label corner = header("", "plate-corner");
        corner.setOnMousePressed(e -> select(f.wells(), false));
        add(corner, 0, 0);
        for (int c = 0; c < f.columns(); c++) {
            int col = c;
            Label h = header(Integer.toString(c + 1), "col-" + (c + 1));
            h.setOnMousePressed(e -> {
                int from = e.isShiftDown() && anchor != null ? anchor.column() : col;
                if (!e.isShiftDown()) anchor = new WellPosition(0, col);
                select(WellRectangle.columns(f, from, col), e.isShortcutDown());
            });
            add(h, c + 1, 0);
        }
        for (int r = 0; r < f.rows(); r++) {
            int row = r;
            Label h = header(Character.toString((char) ('A' + r)), "row-" + (char) ('A' + r));
            h.setOnMousePressed(e -> {
                int from = e.isShiftDown() && anchor != null ? anchor.row() : row;
                if (!e.isShiftDown()) anchor = new WellPosition(row, 0);
                select(WellRectangle.rows(f, from, row), e.isShortcutDown());
            });
            add(h, 0, r + 1);
        }
        for (WellPosition w : f.wells()) {
            Label cell = new Label();
            cell.setId("well-" + w.label());
            cell.getStyleClass().add("well");
            if (small) cell.getStyleClass().add("well-small");
            cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            cell.setMinSize(0, 0);
            cell.setAlignment(Pos.CENTER);
            cell.setOnMousePressed(e -> pressed(w, e));
            cells.put(w, cell);
            add(cell, w.column() + 1, w.row() + 1);
        }
        refresh();
    }

    /** Redraws every well from the appearance function (call after the document changed). */
    public void refresh() {
        for (Map.Entry<WellPosition, Label> e : cells.entrySet()) {
            WellAppearance a = appearance.apply(e.getKey());
            Label cell = e.getValue();
            cell.setText(a.text());
            cell.setTooltip(a.tooltip() == null ? null : new Tooltip(e.getKey().label() + ": " + a.tooltip()));
            String fill = a.fill() == null ? "-cb-unused-well" : toCss(a.fill());
            String text = a.fill() == null ? "#888" : (a.fill().getBrightness() < 0.6 ? "white" : "#1a1a1a");
            cell.setStyle("-fx-background-color: " + fill + "; -fx-text-fill: " + text + ";");
            cell.getStyleClass().remove("well-warning");
            if (a.warning()) cell.getStyleClass().add("well-warning");
            styleSelected(e.getKey(), selection.contains(e.getKey()));
        }
    }

    private void pressed(WellPosition w, MouseEvent e) {
        if (e.isShiftDown() && anchor != null) {
            select(WellRectangle.between(anchor, w), e.isShortcutDown());
        } else if (e.isShortcutDown()) {
            if (!selection.remove(w)) selection.add(w);
            anchor = w;
        } else {
            select(List.of(w), false);
            anchor = w;
        }
        dragStart = anchor;
        selectionBeforeDrag = e.isShortcutDown() ? new HashSet<>(selection) : Set.of();
    }

    private void dragged(MouseEvent e) {
        if (dragStart == null) return;
        WellPosition under = wellAt(sceneToLocal(e.getSceneX(), e.getSceneY()));
        if (under == null) return;
        Set<WellPosition> next = new HashSet<>(selectionBeforeDrag);
        next.addAll(WellRectangle.between(dragStart, under));
        replaceSelection(next);
    }

    private WellPosition wellAt(Point2D p) {
        for (Map.Entry<WellPosition, Label> e : cells.entrySet()) {
            if (e.getValue().getBoundsInParent().contains(p)) return e.getKey();
        }
        return null;
    }

    private void select(Collection<WellPosition> wells, boolean add) {
        Set<WellPosition> next = add ? new HashSet<>(selection) : new HashSet<>();
        next.addAll(wells);
        replaceSelection(next);
    }

    private void replaceSelection(Set<WellPosition> next) {
        selection.retainAll(next);
        selection.addAll(next);
    }

    private void styleSelected(WellPosition w, boolean on) {
        Label cell = cells.get(w);
        if (cell == null) return;
        cell.getStyleClass().remove("well-selected");
        if (on) cell.getStyleClass().add("well-selected");
    }

    private static Label header(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add("plate-header");
        l.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER);
        return l;
    }

    static String toCss(Color c) {
        return String.format("rgb(%d,%d,%d)", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
