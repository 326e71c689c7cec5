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

    private DoseFigureView doseFigure;
    private TableView<ResultsViewModel.WellRow> wellTable;
    private TableView<ResultsViewModel.GroupRow> groupTable;

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

        TableColumn<ResultsViewModel.WellRow, Double> concentrationColumn = number("Conc.", ResultsViewModel.WellRow::concentration, "%.4g");
        // the header carries the unit: one unit for every analyte (the usual pg/mL), else each row's analyte's
        Runnable unitHeader = () -> {
            java.util.Set<String> units = new java.util.TreeSet<>();
            for (var run : model.document().experiment().assays()) units.add(run.layout().analyte().unit());
            concentrationColumn.setText(units.size() == 1 ? "Conc. (" + units.iterator().next() + ")" : "Conc. (analyte's unit)");
        };
        model.wells().addListener((javafx.collections.ListChangeListener<ResultsViewModel.WellRow>) c -> unitHeader.run());
        unitHeader.run();
        TableView<ResultsViewModel.WellRow> wells = new TableView<>();
        wells.setId("results-wells");
        javafx.collections.transformation.SortedList<ResultsViewModel.WellRow> sorted = new javafx.collections.transformation.SortedList<>(model.wells());
        sorted.comparatorProperty().bind(wells.comparatorProperty());
        wells.setItems(sorted);
        wells.getColumns().addAll(java.util.List.of(
                text("Plate", ResultsViewModel.WellRow::plate), text("Well", ResultsViewModel.WellRow::well),
                text("Role", ResultsViewModel.WellRow::role), text("Group", ResultsViewModel.WellRow::group),
                text("Donor", ResultsViewModel.WellRow::donor), number("OD", ResultsViewModel.WellRow::od, "%.3f"),
                concentrationColumn, number("CI low", ResultsViewModel.WellRow::ciLow, "%.4g"),
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
        wells.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        wellTable = wells;
        Button copyWells = copyButton("Copy", () -> TableCopy.tsv(wells, ResultsView::format));
        ComboBox<String> analyteFilter = new ComboBox<>();
        analyteFilter.setId("results-analyte-filter");
        Runnable fillAnalytes = () -> {
            String keep = model.analyteFilterProperty().get();
            java.util.List<String> items = new java.util.ArrayList<>();
            items.add(null);
            items.addAll(model.analytes());
            analyteFilter.getItems().setAll(items);
            model.analyteFilterProperty().set(keep != null && model.analytes().contains(keep) ? keep : null);
        };
        model.analytes().addListener((javafx.collections.ListChangeListener<String>) c -> fillAnalytes.run());
        fillAnalytes.run();
        analyteFilter.setConverter(new StringConverter<>() {
            @Override public String toString(String s) { return s == null ? "All analytes" : s; }
            @Override public String fromString(String s) { return s; }
        });
        analyteFilter.valueProperty().bindBidirectional(model.analyteFilterProperty());
        analyteFilter.setVisibleRowCount(20);
        HBox wellBar = new HBox(8, new Label("Show"), filter, analyteFilter, copyWells);
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
        // many columns since the design statistics: each keeps its width and the table scrolls sideways, rather than
        // squeezing every header to "W…"
        groups.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (TableColumn<ResultsViewModel.GroupRow, ?> c : groups.getColumns()) {
            switch (c.getText()) {
                case "Group" -> c.setPrefWidth(230);
                case "Note" -> c.setPrefWidth(520);
                default -> c.setPrefWidth(Math.max(70, c.getText().length() * 8 + 16));
            }
        }
        groups.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        groupTable = groups;
        Button copyGroups = copyButton("Copy", () -> TableCopy.tsv(groups, ResultsView::format));
        Button copyPrism = copyButton("Copy for Prism", model::prismTsv);
        copyPrism.setId("copy-prism");
        copyPrism.setTooltip(new javafx.scene.control.Tooltip("Treatments as columns, donors (or culture wells) as rows: paste into a Prism column table"));
        Button exportPrism = new Button("Export Prism file…");
        exportPrism.setId("export-prism");
        exportPrism.setOnAction(e -> exportPrism(work));
        Label copyHint = new Label("Copy takes the selected rows, or all rows.");
        copyHint.getStyleClass().add("hint");
        HBox groupBar = new HBox(8, copyGroups, copyPrism, exportPrism, copyHint);
        groupBar.setAlignment(Pos.CENTER_LEFT);
        Label analyteNotes = new Label();
        analyteNotes.setId("results-analyte-notes");
        analyteNotes.setWrapText(true);
        analyteNotes.getStyleClass().add("hint");
        analyteNotes.textProperty().bind(model.analyteNotesProperty());
        VBox groupBox = new VBox(8, groupBar, groups, analyteNotes);
        VBox.setVgrow(groups, Priority.ALWAYS);
        groupBox.setPadding(new Insets(8));

        DoseFigureView doseBox = new DoseFigureView(new DoseFigureViewModel(model.document(), model.analysisProperty()), work);
        doseFigure = doseBox;
        doseBox.setPadding(new Insets(8));

        Tab wellTab = new Tab("Wells", wellBox);
        Tab groupTab = new Tab("Groups", groupBox);
        Tab doseTab = new Tab("Dose response", doseBox);
        doseTab.setId("tab-dose");
        Button qcRules = new Button("QC rules…");
        qcRules.setId("settings-qc-rules");
        qcRules.setOnAction(e -> QcRulesDialog.edit(getScene().getWindow(), model.document()));
        VBox settingsBox = new VBox(4, settingsPane(settings), qcRules);
        settingsBox.setPadding(new Insets(0, 14, 14, 14));
        Tab settingsTab = new Tab("Analysis settings", settingsBox);
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
        g.addRow(7, new Label("Multiplex bead counts"), new org.cytobench.ui.multiplex.BeadCountControl(s));
        Label describe = new Label();
        describe.setWrapText(true);
        describe.getStyleClass().add("hint");
        describe.setMaxWidth(760);
        Runnable update = () -> describe.setText("As every output states it: " + s.description());
        for (javafx.beans.Observable o : new javafx.beans.Observable[] {s.blankProperty(), s.belowLloqProperty(), s.aboveUloqProperty(),
                s.errorBarsProperty(), s.replicateUnitProperty(), s.includeFailedPlatesProperty(), s.logScaleProperty()}) o.addListener(x -> update.run());
        update.run();
        g.add(describe, 0, 8, 2, 1);
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

    public DoseFigureView doseFigure() { return doseFigure; }

    @Override
    public String copyText() {
        // a tab added from outside (the analytes overview) copies its own content
        var tab = tabs.getSelectionModel().getSelectedItem();
        if (tab != null && tab.getContent() instanceof org.cytobench.ui.Copyable c) return c.copyText();
        return tabs.getSelectionModel().getSelectedIndex() == 1 ? TableCopy.tsv(groupTable, ResultsView::format)
                : TableCopy.tsv(wellTable, ResultsView::format);
    }

    /** Writes the groups' values as a GraphPad Prism file (one column table per analyte), in the background. */
    private void exportPrism(org.cytobench.ui.BackgroundWork work) {
        javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
        fc.setTitle("Export for GraphPad Prism");
        fc.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Prism file (*.pzfx)", "*.pzfx"));
        fc.setInitialFileName("results.pzfx");
        java.io.File f = fc.showSaveDialog(getScene().getWindow());
        if (f == null) return;
        java.nio.file.Path target = f.toPath().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pzfx")
                ? f.toPath() : f.toPath().resolveSibling(f.getName() + ".pzfx");
        work.run(model.prismTask(target), "Could not write " + target.getFileName() + ".", p -> { });
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
        c.setUserData(format); // Copy writes the number as shown (TableCopy)
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }
}
