package org.cytobench.ui.multiplex;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.cytobench.chart.overview.AnalyteCurveGrid;
import org.cytobench.chart.overview.FoldChangeHeatMapChart;
import org.cytobench.ui.Copyable;
import org.cytobench.ui.assay.ReadingsView;
import org.cytobench.ui.results.FigureCanvas;

/**
 * Results → Analytes overview: "Standard curves" (one small curve per analyte with its QC verdict, for checking 30–62
 * curves at a glance) and "Fold changes" (donor × treatment × analyte, log2 vs each donor's vehicle control). Copy
 * copies the fold-change matrix.
 */
public final class OverviewView extends BorderPane implements Copyable {

    private final OverviewViewModel model;
    private final FigureCanvas curves = new FigureCanvas();
    private final FigureCanvas heatMap = new FigureCanvas();
    private final Label curvesHint = new Label();
    private final Label heatHint = new Label();
    private final TabPane tabs = new TabPane();

    public OverviewView(OverviewViewModel model) {
        this.model = model;
        setId("overview");
        curves.setId("overview-curves");
        heatMap.setId("overview-fold-changes");
        curvesHint.getStyleClass().add("hint");
        curvesHint.setWrapText(true);
        heatHint.getStyleClass().add("hint");
        heatHint.setWrapText(true);
        ScrollPane scroll = new ScrollPane(curves);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        VBox curveBox = new VBox(6, curvesHint, scroll);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        curveBox.setPadding(new Insets(8));
        Button copy = new Button("Copy fold changes");
        copy.setId("overview-copy");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(copyText());
            Clipboard.getSystemClipboard().setContent(c);
        });
        HBox heatBar = new HBox(10, copy, heatHint);
        heatBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox heatBox = new VBox(6, heatBar, new StackPane(heatMap));
        VBox.setVgrow(heatBox.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        heatBox.setPadding(new Insets(8));
        Tab curveTab = new Tab("Standard curves", curveBox);
        curveTab.setId("tab-overview-curves");
        Tab heatTab = new Tab("Fold changes", heatBox);
        heatTab.setId("tab-overview-fold-changes");
        tabs.getTabs().addAll(curveTab, heatTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        model.overviewProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public TabPane tabs() { return tabs; }

    private void refresh() {
        OverviewViewModel.Overview o = model.overview();
        if (o == null) {
            curves.setFigure(null);
            heatMap.setFigure(null);
            curvesHint.setText("Analysing…");
            return;
        }
        int n = o.curves().size();
        int columns = OverviewViewModel.columns(n);
        AnalyteCurveGrid grid = new AnalyteCurveGrid(o.curves(), columns);
        curves.setFigure(grid);
        // each row of panels at least 120 px high: 62 analytes scroll rather than shrink to nothing
        curves.setMinHeight(Math.max(150, grid.rows() * 120));
        long passed = o.curves().stream().filter(AnalyteCurveGrid.Panel::passed).count();
        curvesHint.setText(n + " standard curves · " + passed + " pass · " + (n - passed) + " fail — x: log concentration, "
                + "y: signal (each panel its own scale), filled: standards in the fit, open: masked, dashed: LLOQ and ULOQ");
        if (o.foldChanges().isEmpty()) {
            heatMap.setFigure(null);
            heatHint.setText("No fold changes: the assay wells are not mapped to culture wells with a vehicle control and doses.");
        } else {
            heatMap.setFigure(new ReadingsView.PrintScaled(FoldChangeHeatMapChart.create(o.foldChanges()),
                    FoldChangeHeatMapChart.size(o.foldChanges())));
            heatHint.setText(o.foldChanges().rows().size() + " donor × treatment rows × " + o.foldChanges().analytes().size()
                    + " analytes; log2 of the donor's treated mean ÷ the same donor's vehicle-control mean");
        }
    }

    @Override
    public String copyText() {
        OverviewViewModel.Overview o = model.overview();
        return o == null || o.foldChanges().isEmpty() ? "" : OverviewViewModel.tsv(o.foldChanges());
    }
}
