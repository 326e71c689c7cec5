package org.cytobench.ui.results;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cytobench.analysis.ValueStatus;
import org.cytobench.ui.Copyable;

/** Results: per-well and per-group tables (sortable; wells filterable by status), each copyable as tab-separated text. */
public final class ResultsView extends BorderPane implements Copyable {

    private final ResultsViewModel model;
    private final TabPane tabs = new TabPane();

    private final org.jfree.chart.fx.ChartViewer doseChart = new org.jfree.chart.fx.ChartViewer(null);
    private final ComboBox<String> analyte = new ComboBox<>();
    private final ComboBox<org.cytobench.chart.DoseChartData.Style> style = new ComboBox<>();
    private final ComboBox<org.cytobench.analysis.ErrorBars> bars = new ComboBox<>();

    public ResultsView(ResultsViewModel model, AnalysisSettingsViewModel settings, org.cytobench.ui.BackgroundWork work) {
        this.model = model;
        setId("results-view");
        Label title = new Label("Results");
        title.getStyleClass().add("view-title");
        Label hint = new Label("Click a column header to sort. Copy (Ctrl+C) pastes into Excel or Prism.");
        hint.getStyleClass().add("hint");
        HBox header = new HBox(12, title, hint);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 12, 4, 12));
        setTop(header);

        TableView<ResultsViewModel.WellRow> wells = new TableView<>();
        wells.setId("results-wells");
        javafx.collections.transformation.SortedList<ResultsViewModel.WellRow> sorted = new javafx.collections.transformation.SortedList<>(model.wells());
        sorted.comparatorProperty().bind(wells.comparatorProperty());
        wells.setItems(sorted);
        wells.getColumns().addAll(java.util.List.of(
                text("Plate", ResultsViewModel.WellRow::plate), text("Well", ResultsViewModel.WellRow::well),
                text("Role", ResultsViewModel.WellRow::role), text("Group", ResultsViewModel.WellRow::group),
                text("Donor", ResultsViewModel.WellRow::donor), number("OD", ResultsViewModel.WellRow::od, "%.3f"),
                number("Conc.", ResultsViewModel.WellRow::concentration, "%.4g"), number("CI low", ResultsViewModel.WellRow::ciLow, "%.4g"),
                number("CI high", ResultsViewModel.WellRow::ciHigh, "%.4g"),
                text("Status", r -> r.status() == null ? "" : r.status().label()), text("Note", ResultsViewModel.WellRow::note),
                number("In statistics", ResultsViewModel.WellRow::inStatistics, "%.4g"), text("Entered as", ResultsViewModel.WellRow::enteredAs)));
        wells.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ComboBox<ValueStatus> filter = new ComboBox<>();
        filter.setId("results-status-filter");
        filter.getItems().add(null);
        filter.getItems().addAll(ValueStatus.values());
        filter.setConverter(new StringConverter<>() {
            @Override public String toString(ValueStatus s) { return s == null ? "All statuses" : s.label(); }
            @Override public ValueStatus fromString(String s) { return null; }
        });
        filter.valueProperty().bindBidirectional(model.statusFilterProperty());
        Button copyWells = copyButton("Copy table", model::wellsTsv);
        HBox wellBar = new HBox(8, new Label("Show"), filter, copyWells);
        wellBar.setAlignment(Pos.CENTER_LEFT);
        VBox wellBox = new VBox(8, wellBar, wells);
        VBox.setVgrow(wells, Priority.ALWAYS);
        wellBox.setPadding(new Insets(8));

        TableView<ResultsViewModel.GroupRow> groups = new TableView<>(model.groups());
        groups.setId("results-groups");
        groups.getColumns().addAll(java.util.List.of(
                text("Analyte", ResultsViewModel.GroupRow::analyte), text("Group", ResultsViewModel.GroupRow::group),
                number("n", r -> (double) r.n(), "%.0f"), number("Mean", ResultsViewModel.GroupRow::mean, "%.4g"),
                number("SD", ResultsViewModel.GroupRow::sd, "%.3g"), number("SEM", ResultsViewModel.GroupRow::sem, "%.3g"),
                number("CI low", ResultsViewModel.GroupRow::ciLow, "%.4g"), number("CI high", ResultsViewModel.GroupRow::ciHigh, "%.4g"),
                number("Fold", ResultsViewModel.GroupRow::foldChange, "%.3f"), number("Dunnett p", ResultsViewModel.GroupRow::dunnettP, "%.3g"),
                number("Welch–Holm p", ResultsViewModel.GroupRow::welchHolmP, "%.3g"), text("Note", ResultsViewModel.GroupRow::flag)));
        groups.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label analyteNotes = new Label();
        analyteNotes.setId("results-analyte-notes");
        analyteNotes.setWrapText(true);
        analyteNotes.getStyleClass().add("hint");
        analyteNotes.textProperty().bind(model.analyteNotesProperty());
        VBox groupBox = new VBox(8, copyButton("Copy table", model::groupsTsv), groups, analyteNotes);
        VBox.setVgrow(groups, Priority.ALWAYS);
        groupBox.setPadding(new Insets(8));

        analyte.setId("dose-analyte");
        style.getItems().setAll(org.cytobench.chart.DoseChartData.Style.values());
        style.setValue(org.cytobench.chart.DoseChartData.Style.BARS);
        style.setConverter(new StringConverter<>() {
            @Override public String toString(org.cytobench.chart.DoseChartData.Style s) { return s == null ? "" : s == org.cytobench.chart.DoseChartData.Style.BARS ? "Bars" : "Dots"; }
            @Override public org.cytobench.chart.DoseChartData.Style fromString(String s) { return null; }
        });
        bars.getItems().setAll(org.cytobench.analysis.ErrorBars.values());
        bars.valueProperty().bindBidirectional(settings.errorBarsProperty());
        bars.setConverter(new StringConverter<>() {
            @Override public String toString(org.cytobench.analysis.ErrorBars b) { return b == null ? "" : b.label(); }
            @Override public org.cytobench.analysis.ErrorBars fromString(String s) { return null; }
        });
        analyte.setOnAction(e -> redrawDose());
        style.setOnAction(e -> redrawDose());
        bars.setOnAction(e -> redrawDose());
        Button export = new Button("Export chart…");
        export.setId("dose-export");
        export.setOnAction(e -> org.cytobench.ui.export.ChartExportDialog.exportChart(getScene().getWindow(), doseChart.isVisible() ? doseChartFor().orElse(null) : null,
                org.cytobench.chart.DoseResponseChart.SIZE, "dose-" + analyte.getValue(), work));
        HBox doseBar = new HBox(8, new Label("Analyte"), analyte, new Label("Show"), style, bars, export);
        doseBar.setAlignment(Pos.CENTER_LEFT);
        VBox doseBox = new VBox(8, doseBar, doseChart);
        VBox.setVgrow(doseChart, Priority.ALWAYS);
        doseBox.setPadding(new Insets(8));
        model.groups().addListener((javafx.collections.ListChangeListener<ResultsViewModel.GroupRow>) c -> refreshAnalytes());
        refreshAnalytes();

        Tab wellTab = new Tab("Wells", wellBox);
        Tab groupTab = new Tab("Groups", groupBox);
        Tab doseTab = new Tab("Dose response", doseBox);
        doseTab.setId("tab-dose");
        Tab settingsTab = new Tab("Analysis settings", settingsPane(settings));
        settingsTab.setId("tab-settings");
        tabs.getTabs().addAll(wellTab, groupTab, doseTab, settingsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
    }

    public TabPane tabs() { return tabs; }

    private static javafx.scene.Node settingsPane(AnalysisSettingsViewModel s) {
        javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
        g.setHgap(12);
        g.setVgap(10);
        g.setPadding(new Insets(14));
        g.addRow(0, new Label("Background"), combo("settings-blank", s.blankProperty(), org.cytobench.analysis.BlankHandling.values(),
                org.cytobench.analysis.BlankHandling::label));
        g.addRow(1, new Label("Values below the LLOQ enter summaries as"), combo("settings-below-lloq", s.belowLloqProperty(),
                org.cytobench.analysis.BelowLloqHandling.values(), org.cytobench.analysis.BelowLloqHandling::label));
        g.addRow(2, new Label("Values above the ULOQ enter summaries as"), combo("settings-above-uloq", s.aboveUloqProperty(),
                org.cytobench.analysis.AboveUloqHandling.values(), org.cytobench.analysis.AboveUloqHandling::label));
        g.addRow(3, new Label("Statistics: design"), combo("settings-replicate-unit", s.replicateUnitProperty(),
                org.cytobench.analysis.ReplicateUnit.values(), org.cytobench.analysis.ReplicateUnit::label));
        g.addRow(4, new Label("Error bars"), combo("settings-error-bars", s.errorBarsProperty(),
                org.cytobench.analysis.ErrorBars.values(), org.cytobench.analysis.ErrorBars::label));
        javafx.scene.control.CheckBox failed = new javafx.scene.control.CheckBox("Include samples from plates that failed QC");
        failed.setId("settings-include-failed");
        failed.selectedProperty().bindBidirectional(s.includeFailedPlatesProperty());
        g.add(failed, 1, 5);
        javafx.scene.control.CheckBox log = new javafx.scene.control.CheckBox("Statistics on log10 concentrations (geometric means, fold changes as ratios)");
        log.setId("settings-log-scale");
        log.selectedProperty().bindBidirectional(s.logScaleProperty());
        g.add(log, 1, 6);
        Label describe = new Label();
        describe.setWrapText(true);
        describe.getStyleClass().add("hint");
        describe.setMaxWidth(760);
        Runnable update = () -> describe.setText("As every output states it: " + s.description());
        for (javafx.beans.Observable o : new javafx.beans.Observable[] {s.blankProperty(), s.belowLloqProperty(), s.aboveUloqProperty(),
                s.errorBarsProperty(), s.replicateUnitProperty(), s.includeFailedPlatesProperty(), s.logScaleProperty()}) o.addListener(x -> update.run());
        update.run();
        g.add(describe, 0, 7, 2, 1);
        return g;
    }

    private static <T> ComboBox<T> combo(String id, javafx.beans.property.ObjectProperty<T> p, T[] values, Function<T, String> label) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(values);
        c.setConverter(new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : label.apply(t); }
            @Override public T fromString(String x) { return null; }
        });
        c.valueProperty().bindBidirectional(p);
        return c;
    }

    public org.jfree.chart.fx.ChartViewer doseChart() { return doseChart; }

    private void refreshAnalytes() {
        String keep = analyte.getValue();
        analyte.getItems().setAll(model.doseAnalytes());
        analyte.setValue(analyte.getItems().contains(keep) ? keep : analyte.getItems().isEmpty() ? null : analyte.getItems().get(0));
        redrawDose();
    }

    /** A fresh print-sized dose chart for the current choices (the one on screen has enlarged text). */
    private java.util.Optional<org.jfree.chart.JFreeChart> doseChartFor() {
        return analyte.getValue() == null ? java.util.Optional.empty()
                : model.doseChartData(analyte.getValue(), style.getValue(), bars.getValue()).map(org.cytobench.chart.DoseResponseChart::create);
    }

    private void redrawDose() {
        // ChartViewer refuses a null chart: hide it while there is nothing to draw
        java.util.Optional<org.jfree.chart.JFreeChart> c = doseChartFor();
        c.ifPresent(chart -> doseChart.setChart(org.cytobench.chart.ChartStyle.enlarge(chart, org.cytobench.ui.curve.StandardCurveView.SCREEN_TEXT_SCALE)));
        doseChart.setVisible(c.isPresent());
    }

    @Override
    public String copyText() {
        return tabs.getSelectionModel().getSelectedIndex() == 1 ? model.groupsTsv() : model.wellsTsv();
    }

    private static Button copyButton(String text, java.util.function.Supplier<String> tsv) {
        Button b = new Button(text);
        b.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(tsv.get());
            Clipboard.getSystemClipboard().setContent(c);
        });
        return b;
    }

    private static <R> TableColumn<R, String> text(String title, Function<R, String> f) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        return c;
    }

    /**
     * "%.4g" means 4 significant digits written the way a lab writes them (11380, 0.0419), not Java's 1.138e+04; the
     * exponent is kept only for very small or very large values (a p-value of 1.2e-06).
     */
    static String format(String format, double v) {
        if (!format.endsWith("g")) return String.format(java.util.Locale.ROOT, format, v);
        int digits = Integer.parseInt(format.substring(2, format.length() - 1));
        return org.cytobench.plate.Numbers.significant(v, digits);
    }

    /** A numeric column that sorts by number and shows "—" for none. */
    private static <R> TableColumn<R, Double> number(String title, Function<R, Double> f, String format) {
        TableColumn<R, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v == null || v.isNaN() ? "—" : format(format, v));
            }
        });
        c.setComparator(java.util.Comparator.nullsLast(Double::compare));
        return c;
    }
}
