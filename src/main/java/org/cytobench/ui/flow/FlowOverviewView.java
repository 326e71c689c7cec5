package org.cytobench.ui.flow;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.cytobench.flow.plot.GateOutline;
import org.cytobench.flow.plot.PlotAxis;

/**
 * One small plot per sample at the same population, axes and gates as the main plot, with the well, treatment, donor
 * and the % of parent of the first gate shown: a gate set on the control can be checked against every sample at a
 * glance. Clicking a tile opens that sample in the main plot.
 */
public final class FlowOverviewView extends ScrollPane {
    static final double TILE = 120;

    private final FlowViewModel model;
    private final TilePane tiles = new TilePane(10, 10);
    private final Label header = new Label();
    private final Consumer<FlowSample> open;

    public FlowOverviewView(FlowViewModel model, Consumer<FlowSample> open) {
        this.model = model;
        this.open = open;
        setId("flow-overview");
        tiles.setPadding(new Insets(10));
        tiles.setPrefColumns(8);
        header.getStyleClass().add("section-title");
        header.setId("flow-overview-header");
        header.setPadding(new Insets(0, 10, 0, 10));
        setContent(new VBox(header, tiles));
        setFitToWidth(true);
        model.overview().addListener((ListChangeListener<OverviewTile>) c -> rebuild());
        rebuild();
    }

    /** The tiles shown (tests count them). */
    public TilePane tiles() { return tiles; }

    private void rebuild() {
        tiles.getChildren().clear();
        FlowPlotState plot = model.plot();
        PlotAxis x = model.xAxis();
        PlotAxis y = model.yAxis();
        java.util.List<GateOutline> outlines = x == null || y == null ? java.util.List.of()
                : org.cytobench.flow.plot.GateOutlines.on(model.strategy(), model.populationProperty().get(), x, y);
        String pop = FlowViewModel.populationLabel(model.populationProperty().get());
        header.setText(x == null || y == null ? pop : pop + ": " + y.label() + " against " + x.label() + ", one plot per sample");
        for (OverviewTile t : model.overview()) tiles.getChildren().add(tile(t, x, y, outlines));
        if (plot == null && model.overview().isEmpty()) tiles.getChildren().add(new Label("No samples to show."));
    }

    private VBox tile(OverviewTile t, PlotAxis x, PlotAxis y, java.util.List<GateOutline> outlines) {
        ImageView img = new ImageView(t.image() == null ? null : FlowPlotView.fxImage(t.image()));
        img.setFitWidth(TILE);
        img.setFitHeight(TILE);
        img.setSmooth(false);
        Pane gates = new Pane();
        gates.setPrefSize(TILE, TILE);
        gates.setClip(new Rectangle(TILE, TILE));
        if (x != null && y != null) {
            GateShapes gs = new GateShapes(x, y, TILE);
            for (GateOutline o : outlines) gates.getChildren().addAll(gs.shapes(o, false, 1));
        }
        StackPane plot = new StackPane(img, gates);
        plot.setMinSize(TILE, TILE);
        plot.setMaxSize(TILE, TILE);
        plot.setStyle("-fx-background-color: white; -fx-border-color: #999; -fx-border-width: 1;");
        FlowSample s = t.sample();
        Label name = new Label((s.well() == null ? s.file() : s.well().label()) + (s.donor().isEmpty() ? "" : " · " + s.donor()));
        name.getStyleClass().add("flow-tile-title");
        Label group = new Label(s.group().isEmpty() ? "—" : s.group());
        group.getStyleClass().add("hint");
        group.setMaxWidth(TILE);
        String first = outlines.isEmpty() ? null : outlines.get(0).populations().get(0);
        double pct = first == null ? Double.NaN : t.percentOfParent(first);
        Label value = new Label(t.problem() != null ? t.problem()
                : first == null ? "" : (Double.isNaN(pct) ? "–" : String.format(java.util.Locale.ROOT, "%.1f %%", pct)) + " " + first);
        value.setMaxWidth(TILE);
        value.setStyle("-fx-font-size: 11px;");
        VBox box = new VBox(2, plot, name, group, value);
        box.getStyleClass().add("flow-tile");
        if (s.control()) box.setStyle("-fx-border-color: #1f6fb2; -fx-border-width: 0 0 3 0;");
        box.setOnMouseClicked(e -> open.accept(s));
        return box;
    }
}
