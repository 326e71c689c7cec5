package org.cytobench.ui.curve;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.cytobench.analysis.PlateAnalysis;
import org.cytobench.analysis.StandardLevelResult;
import org.cytobench.analysis.WellResult;
import org.cytobench.chart.StandardCurveChart;
import org.cytobench.fit.CurveModel;
import org.cytobench.fit.FitResult;
import org.cytobench.fit.Weighting;
import org.cytobench.plate.Numbers;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.data.xy.XYDataset;

/**
 * The standard curve of one plate: chart, model and weighting, parameters with 95% CIs and R², the back-calculated
 * standards with recovery and pass/fail, and the QC verdict. Click a standard on the chart, or pick it in the well
 * list, to mask it (a reason is asked for); everything updates when the re-analysis arrives.
 */
public final class StandardCurveView extends BorderPane implements org.cytobench.ui.Copyable {

    private final StandardCurveViewModel model;
    /** The chart styles are sized for print; on screen the same chart fills a much larger pane. */
    public static final float SCREEN_TEXT_SCALE = 1.6f;
    private final ChartViewer chart = new ChartViewer(null);
    private final Label verdict = new Label();
    private final Label reasons = new Label();
    /** At most this many reason lines show at once; the rest scroll. */
    private static final int REASON_LINES = 5;
    private final javafx.scene.control.ScrollPane reasonsPane = new javafx.scene.control.ScrollPane(reasons);
    private final Label parameters = new Label();
    private final ComboBox<CurveModel> curveModel = new ComboBox<>();
    private final ComboBox<Weighting> weighting = new ComboBox<>();
    private final TableView<StandardLevelResult> levels = new TableView<>();
    private final ListView<WellResult> wells = new ListView<>();
    private final TableView<org.cytobench.analysis.QcLevelResult> qcs = new TableView<>();
    private final Label empty = new Label("No readings yet — File → Import… to read this plate's export and see its standard curve.");
    private boolean updating;
    private final javafx.scene.control.CheckBox plateOnly = new javafx.scene.control.CheckBox("This plate only");
    private final Label scope = new Label();
    private final javafx.scene.layout.FlowPane suggestions = new javafx.scene.layout.FlowPane(6, 6);
    private static final int RESERVED_REASON_LINES = 3;

    public StandardCurveView(StandardCurveViewModel model, org.cytobench.ui.BackgroundWork work) {
        this.model = model;
        setId("curve-view");
        verdict.setId("curve-verdict");
        verdict.getStyleClass().add("verdict");
        reasons.setId("curve-reasons");
        reasons.setWrapText(true);
        parameters.setId("curve-parameters");
        parameters.getStyleClass().add("mono");
        parameters.setWrapText(true);
        parameters.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        curveModel.setId("curve-model");
        curveModel.getItems().setAll(CurveModel.values());
        curveModel.setOnAction(e -> { if (!updating && curveModel.getValue() != null) model.setModel(curveModel.getValue()); });
        weighting.setId("curve-weighting");
        weighting.getItems().setAll(Weighting.values());
        weighting.setOnAction(e -> { if (!updating && weighting.getValue() != null) model.setWeighting(weighting.getValue()); });
        curveModel.setConverter(converter(m -> m.id().toUpperCase()));
        weighting.setConverter(converter(w -> w == Weighting.NONE ? "unweighted" : w.id().replace("y2", "y²").replace("x2", "x²")));

        Button export = new Button("Export chart…");
        export.setId("curve-export");
        export.setOnAction(e -> org.cytobench.ui.export.ChartExportDialog.exportChart(getScene().getWindow(),
                chart.isVisible() ? model.chartData().map(StandardCurveChart::create).orElse(null) : null,
                StandardCurveChart.SIZE, "standard-curve-" + (model.plate() == null ? "" : model.plate().name()), work));
        plateOnly.setId("curve-plate-only");
        plateOnly.setOnAction(e -> { if (!updating) model.setPlateOnly(plateOnly.isSelected()); });
        scope.setId("curve-scope");
        scope.getStyleClass().add("hint");
        HBox pickers = new HBox(8, new Label("Model"), curveModel, new Label("Weighting"), weighting, plateOnly, export);
        pickers.setAlignment(Pos.CENTER_LEFT);
        // a failed plate can have a dozen reasons: they scroll in a few lines rather than squeezing the chart off a 768-pixel screen
        reasonsPane.setFitToWidth(true);
        reasonsPane.getStyleClass().add("edge-to-edge");
        // a fixed height: a warning that appears after a mask must not push the chart down between two clicks on it
        reasonsPane.setPrefViewportHeight(RESERVED_REASON_LINES * reasons.getFont().getSize() * 1.35 + 2);
        reasonsPane.setMinViewportHeight(RESERVED_REASON_LINES * reasons.getFont().getSize() * 1.35 + 2);
        VBox top = new VBox(6, new HBox(12, verdict, pickers), scope, reasonsPane);
        top.setPadding(new Insets(10, 12, 6, 12));

        chart.addChartMouseListener(new ChartMouseListenerFX() {
            @Override public void chartMouseClicked(ChartMouseEventFX e) { clicked(e); }
            @Override public void chartMouseMoved(ChartMouseEventFX e) { }
        });
        chart.setMinSize(300, 250);

        levels.setId("curve-levels");
        levels.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        levels.getColumns().setAll(List.of(
                col("Nominal", s -> Numbers.display(s.nominal())),
                col("OD", s -> s.response() == null || s.response().n() == 0 ? "—" : response(s.response().mean())),
                col("CV %", s -> s.response() == null || s.response().n() < 2 ? "—" : String.format("%.1f", s.response().cvPct())),
                col("Back-calc.", s -> s.backCalculated() == null ? "—" : String.format("%.4g", s.backCalculated())),
                col("Recov. %", s -> s.recoveryPct() == null ? "—" : String.format("%.1f", s.recoveryPct())),
                col("QC", s -> s.passed() ? "pass" : "FAIL"))); // the reasons are listed in full under the verdict
        double[] widths = {70, 70, 50, 80, 80};
        for (int i = 0; i < widths.length; i++) levels.getColumns().get(i).setMinWidth(widths[i]);
        levels.getColumns().get(5).setMinWidth(60);

        wells.setId("curve-wells");
        wells.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override protected void updateItem(WellResult w, boolean emptyCell) {
                super.updateItem(w, emptyCell);
                setText(emptyCell || w == null ? null : describe(w));
            }
        });
        Button mask = new Button("Mask…");
        mask.setId("curve-mask");
        mask.setOnAction(e -> Optional.ofNullable(wells.getSelectionModel().getSelectedItem()).ifPresent(w -> askAndMask(w.well())));
        Button unmask = new Button("Unmask");
        unmask.setId("curve-unmask");
        unmask.setOnAction(e -> Optional.ofNullable(wells.getSelectionModel().getSelectedItem()).ifPresent(w -> model.unmask(w.well())));
        HBox wellButtons = new HBox(6, new Label("Standard wells"), mask, unmask);
        wellButtons.setAlignment(Pos.CENTER_LEFT);
        qcs.setId("curve-qcs");
        qcs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        qcs.getColumns().setAll(List.of(
                qcCol("QC", q -> q.label()), qcCol("Nominal", q -> Numbers.display(q.nominal())),
                qcCol("OD", q -> q.response() == null || q.response().n() == 0 ? "—" : response(q.response().mean())),
                qcCol("Back-calc.", q -> q.backCalculated() == null ? "—" : String.format("%.4g", q.backCalculated())),
                qcCol("Recov. %", q -> q.recoveryPct() == null ? "—" : String.format("%.1f", q.recoveryPct())),
                qcCol("Result", q -> q.passed() ? "pass" : "FAIL" + (q.reason() == null ? "" : ": " + q.reason()))));
        qcs.setPlaceholder(new Label("No QC controls on this plate."));
        VBox wellBox = new VBox(6, wellButtons, wells);
        VBox.setVgrow(wells, Priority.ALWAYS);
        wellBox.setPadding(new Insets(6, 0, 0, 0));
        javafx.scene.control.TabPane sideTabs = new javafx.scene.control.TabPane(
                new javafx.scene.control.Tab("Standards", levels), new javafx.scene.control.Tab("QC controls", qcs),
                new javafx.scene.control.Tab("Standard wells (mask)", wellBox));
        sideTabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        suggestions.setId("curve-suggestions");
        VBox side = new VBox(8, suggestions, parameters, sideTabs);
        VBox.setVgrow(sideTabs, Priority.ALWAYS);
        side.setPadding(new Insets(6));
        side.setMinWidth(380);

        SplitPane split = new SplitPane(chart, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.52);
        empty.getStyleClass().add("hint");
        setTop(top);
        setCenter(new StackPane(split, empty));
        model.plateProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public ChartViewer chartViewer() { return chart; }

    /** The back-calculated standards as tab-separated text (full precision). */
    @Override
    public String copyText() {
        PlateAnalysis p = model.plate();
        if (p == null) return "";
        StringBuilder sb = new StringBuilder("Nominal\tMean OD\tCV %\tBack-calculated\tRecovery %\tQC\tReason\n");
        for (StandardLevelResult s : p.standards()) {
            sb.append(s.nominal()).append('\t').append(s.response() == null ? "" : num(s.response().mean())).append('\t')
                    .append(s.response() == null ? "" : num(s.response().cvPct())).append('\t').append(num(s.backCalculated())).append('\t')
                    .append(num(s.recoveryPct())).append('\t').append(s.passed() ? "pass" : "fail").append('\t')
                    .append(org.cytobench.report.SpreadsheetText.tsvCell(s.reason())).append('\n');
        }
        return sb.toString();
    }

    private static String num(Double v) { return v == null || v.isNaN() ? "" : Double.toString(v); }

    private void refresh() {
        updating = true;
        PlateAnalysis p = model.plate();
        curveModel.setValue(model.settings().model());
        weighting.setValue(model.settings().weighting());
        // a plate without readings is not a failed plate: a neutral hint, no verdict, no "degenerate fit"
        boolean noReadings = model.run().map(r -> r.readings() == null).orElse(true);
        plateOnly.setSelected(model.isPlateOnly());
        scope.setText(model.scopeText());
        suggestions.getChildren().clear();
        if (!noReadings) {
            List<StandardCurveViewModel.Suggestion> offer = model.suggestions();
            if (!offer.isEmpty()) suggestions.getChildren().add(new Label("Rejected — try:"));
            for (StandardCurveViewModel.Suggestion sg : offer) {
                Button b = new Button(sg.label());
                b.setOnAction(e -> sg.apply().run());
                suggestions.getChildren().add(b);
            }
        }
        if (noReadings) p = null;
        empty.setVisible(p == null);
        if (p == null) {
            verdict.getStyleClass().removeAll("verdict-pass", "verdict-fail");
            chart.setVisible(false);
            verdict.setText("");
            reasons.setText("");
            parameters.setText("");
            levels.getItems().clear();
            qcs.getItems().clear();
            wells.getItems().clear();
            updating = false;
            return;
        }
        // an OD to three decimals; a bead or ECL signal (hundreds to tens of thousands) to one
        responseIsOd = model.chartData().map(d -> d.responseLabel().startsWith("OD")).orElse(true);
        levels.getColumns().get(1).setText(responseIsOd ? "OD" : "Signal");
        qcs.getColumns().get(2).setText(responseIsOd ? "OD" : "Signal");
        model.chartData().map(StandardCurveChart::create).ifPresentOrElse(c -> {
            chart.setChart(org.cytobench.chart.ChartStyle.enlarge(c, SCREEN_TEXT_SCALE));
            chart.setVisible(true);
        }, () -> chart.setVisible(false));
        verdict.setText(p.passed() ? "QC PASS" : "QC FAIL");
        verdict.getStyleClass().removeAll("verdict-pass", "verdict-fail");
        verdict.getStyleClass().add(p.passed() ? "verdict-pass" : "verdict-fail");
        StringBuilder r = new StringBuilder();
        for (String s : p.verdict().reasons()) r.append(r.length() == 0 ? "" : "\n").append("• ").append(s);
        for (String s : p.verdict().warnings()) r.append(r.length() == 0 ? "" : "\n").append("⚠ ").append(s);
        if (p.lloq() != null) r.append(r.length() == 0 ? "" : "\n").append("Range (LLOQ–ULOQ): ").append(Numbers.display(p.lloq()))
                .append("–").append(Numbers.display(p.uloq())).append(" ").append(p.analyte().unit());
        reasons.setText(r.toString());
        parameters.setText(parameterText(p.fit()));
        levels.getItems().setAll(p.standards());
        qcs.getItems().setAll(p.qcs());
        WellResult selected = wells.getSelectionModel().getSelectedItem();
        wells.getItems().setAll(p.wells().stream().filter(w -> w.role() == WellRole.STANDARD || w.role() == WellRole.ZERO_STANDARD).toList());
        if (selected != null) wells.getItems().stream().filter(w -> w.well().equals(selected.well())).findFirst()
                .ifPresent(w -> wells.getSelectionModel().select(w));
        updating = false;
    }

    static String parameterText(FitResult f) {
        if (f == null) return "";
        if (!f.isConverged()) return "Fit " + f.status().id() + ": " + f.reason();
        StringBuilder sb = new StringBuilder(f.model().id().toUpperCase() + ", " + f.weighting().describe() + ", n = " + f.n()
                + ", R² = " + String.format("%.4f", f.r2()) + "\n");
        List<String> names = f.model().parameterNames();
        for (int i = 0; i < names.size() && i < f.parameters().size(); i++) {
            sb.append(names.get(i)).append(" = ").append(String.format("%.4g", f.parameters().get(i)));
            if (i < f.ciLow().size()) sb.append("  (95% CI ").append(String.format("%.4g", f.ciLow().get(i))).append(" to ")
                    .append(String.format("%.4g", f.ciHigh().get(i))).append(")");
            sb.append('\n');
        }
        return sb.toString().strip();
    }

    private String describe(WellResult w) {
        String conc = w.role() == WellRole.ZERO_STANDARD ? "zero std" : Numbers.display(w.layout().nominalConcentration());
        String value = w.value() == null ? (w.marker() != null ? w.marker() : "no value") : response(w.value());
        return w.well().label() + "  " + conc + (responseIsOd ? "  OD " : "  signal ") + value + (w.isMasked() ? "  — masked: " + w.maskReason() : "");
    }

    private void clicked(ChartMouseEventFX e) {
        // the fitted line also has entities and may lie on top of the point: look for a standard among all entities there
        double x = e.getTrigger().getX();
        double y = e.getTrigger().getY();
        var info = chart.getCanvas().getRenderingInfo();
        if (info == null) return;
        for (Object o : new java.util.ArrayList<Object>(info.getEntityCollection().getEntities())) {
            if (!(o instanceof XYItemEntity item) || !item.getArea().contains(x, y)) continue;
            XYDataset ds = item.getDataset();
            String key = String.valueOf(ds.getSeriesKey(item.getSeriesIndex()));
            if (!key.contains("standard") && !key.contains("zero")) continue;
            double cx = ds.getXValue(item.getSeriesIndex(), item.getItem());
            double cy = ds.getYValue(item.getSeriesIndex(), item.getItem());
            model.standardAt(key.contains("zero") ? 0.0 : cx, cy).ifPresent(w -> {
                if (model.isMasked(w)) model.unmask(w); else askAndMask(w);
            });
            return;
        }
    }

    /** Asks why, then masks. */
    public void askAndMask(WellPosition w) {
        if (model.isMasked(w)) return;
        TextInputDialog d = new TextInputDialog("outlier");
        if (getScene() != null) d.initOwner(getScene().getWindow());
        d.setTitle("Mask well " + w);
        d.setHeaderText("Mask " + w + ": it will be left out of the fit, QC and every result, and listed with this reason.");
        d.setContentText("Reason");
        d.getDialogPane().setId("mask-dialog");
        d.showAndWait().ifPresent(reason -> model.mask(w, reason));
    }

    private static <T> javafx.util.StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new javafx.util.StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : f.apply(t); }
            @Override public T fromString(String s) { return null; }
        };
    }

    private static TableColumn<org.cytobench.analysis.QcLevelResult, String> qcCol(String title,
            java.util.function.Function<org.cytobench.analysis.QcLevelResult, String> f) {
        TableColumn<org.cytobench.analysis.QcLevelResult, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setSortable(false);
        c.setMinWidth(60);
        return c;
    }

    private boolean responseIsOd = true;

    private String response(double v) { return String.format(responseIsOd ? "%.3f" : "%.1f", v); }

    private static TableColumn<StandardLevelResult, String> col(String title, java.util.function.Function<StandardLevelResult, String> f) {
        TableColumn<StandardLevelResult, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }
}
