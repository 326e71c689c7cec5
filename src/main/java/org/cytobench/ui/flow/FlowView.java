package org.cytobench.ui.flow;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cytobench.flow.gating.Gate;
import org.cytobench.flow.gating.PopulationStatistics;
import org.cytobench.flow.plot.AxisScale;
import org.cytobench.plate.FlowAssay;

/**
 * The workbench's flow view: the samples (with their culture well, treatment and donor) on the left; the bivariate plot
 * with its axis, display and gate-drawing controls and the gating tree (counts, % of parent) in the centre, or the
 * overview grid; every sample's reported populations in a table below, recomputed in the background after each gate edit.
 */
public final class FlowView extends BorderPane {
    private final FlowViewModel model;
    private final FlowPlotView plot;
    private final FlowOverviewView overview;
    private final TabPane tabs = new TabPane();
    private final ListView<FlowSample> sampleList = new ListView<>();
    private final TreeView<String> tree = new TreeView<>();
    private final TableView<SampleStatistics> table = new TableView<>();
    private final Label editHint = new Label();
    private final ToggleGroup tools = new ToggleGroup();
    private boolean rebuildingTree;

    public FlowView(FlowViewModel model) {
        this.model = model;
        setId("flow-view");
        this.plot = new FlowPlotView(model);
        this.overview = new FlowOverviewView(model, s -> {
            model.selectedSampleProperty().set(s);
            tabs.getSelectionModel().select(0);
        });
        Tab plotTab = new Tab("Plot", plotPane());
        plotTab.setId("flow-tab-plot");
        Tab overviewTab = new Tab("Overview", overview);
        overviewTab.setId("flow-tab-overview");
        tabs.getTabs().addAll(plotTab, overviewTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.overviewActiveProperty().set(b == overviewTab));
        SplitPane split = new SplitPane(tabs, statisticsTable());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.75);
        setLeft(samplePane());
        setCenter(split);
        model.activate();
    }

    public FlowViewModel model() { return model; }
    public FlowPlotView plot() { return plot; }
    public FlowOverviewView overview() { return overview; }
    public TabPane tabs() { return tabs; }
    public TableView<SampleStatistics> table() { return table; }

    private VBox samplePane() {
        Label title = new Label("Samples");
        title.getStyleClass().add("section-title");
        sampleList.setId("flow-samples");
        sampleList.setItems(model.samples());
        sampleList.setCellFactory(l -> new ListCell<>() {
            @Override protected void updateItem(FlowSample s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.label());
                setStyle(s != null && s.control() ? "-fx-font-weight: bold;" : "");
            }
        });
        sampleList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> { if (b != null) model.selectedSampleProperty().set(b); });
        model.selectedSampleProperty().addListener((o, a, b) -> {
            if (b != null && sampleList.getSelectionModel().getSelectedItem() != b) sampleList.getSelectionModel().select(b);
            updateEditable();
        });
        Label hint = new Label("Gates are set on a control (bold) and applied unchanged to every sample.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox box = new VBox(6, title, sampleList, SampleMappingDialog.button(model), hint);
        VBox.setVgrow(sampleList, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        box.setPrefWidth(250);
        return box;
    }

    private BorderPane plotPane() {
        ComboBox<FlowViewModel.Channel> x = channelBox("flow-x-channel", true);
        ComboBox<FlowViewModel.Channel> y = channelBox("flow-y-channel", false);
        ComboBox<AxisScale> xs = scaleBox("flow-x-scale", model.xScaleProperty());
        ComboBox<AxisScale> ys = scaleBox("flow-y-scale", model.yScaleProperty());
        ComboBox<FlowViewModel.Mode> mode = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(FlowViewModel.Mode.values()));
        mode.setId("flow-mode");
        mode.valueProperty().bindBidirectional(model.modeProperty());
        mode.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(FlowViewModel.Mode m) { return m == null ? "" : m == FlowViewModel.Mode.DENSITY ? "Density" : "Dots"; }
            @Override public FlowViewModel.Mode fromString(String s) { return null; }
        });
        HBox axes = new HBox(6, new Label("X"), x, xs, new Label("Y"), y, ys, new Label("Show"), mode);
        axes.setAlignment(Pos.CENTER_LEFT);
        HBox toolBar = new HBox(4);
        toolBar.setAlignment(Pos.CENTER_LEFT);
        toolBar.getChildren().add(new Label("Gate"));
        for (FlowPlotView.Tool t : FlowPlotView.Tool.values()) {
            ToggleButton b = new ToggleButton(t.name().charAt(0) + t.name().substring(1).toLowerCase(Locale.ROOT));
            b.setId("flow-tool-" + t.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(tools);
            b.setUserData(t);
            b.setSelected(t == FlowPlotView.Tool.SELECT);
            toolBar.getChildren().add(b);
        }
        tools.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) a.setSelected(true); else plot.setTool((FlowPlotView.Tool) b.getUserData());
        });
        Button delete = new Button("Delete");
        delete.setId("flow-delete-gate");
        delete.setOnAction(e -> plot.deleteSelected());
        Button control = new Button("Go to control");
        control.setId("flow-go-control");
        control.setOnAction(e -> { FlowSample c = model.controlSample(); if (c != null) model.selectedSampleProperty().set(c); });
        editHint.getStyleClass().add("hint");
        editHint.setId("flow-edit-hint");
        toolBar.getChildren().addAll(delete, control, editHint);
        VBox controls = new VBox(6, axes, toolBar);
        controls.setPadding(new Insets(8, 10, 4, 10));
        tree.setId("flow-tree");
        tree.setPrefWidth(270);
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (rebuildingTree || b == null) return;
            model.populationProperty().set(b.getValue() == null || b == tree.getRoot() ? null : (String) b.getGraphic().getUserData());
        });
        model.plotProperty().addListener((o, a, b) -> rebuildTree());
        model.strategyProperty().addListener((o, a, b) -> rebuildTree());
        Label treeTitle = new Label("Gating tree (count, % of parent)");
        treeTitle.getStyleClass().add("section-title");
        Button rename = new Button("Rename…");
        rename.setId("flow-rename");
        rename.setOnAction(e -> {
            String id = model.populationProperty().get();
            if (id == null) return;
            javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(id);
            d.initOwner(getScene() == null ? null : getScene().getWindow());
            d.setTitle("Rename population");
            d.setHeaderText("New name for " + id + " (letters, digits, . - _; e.g. CD69pos)");
            d.showAndWait().ifPresent(n -> model.renameGate(id, n));
        });
        javafx.scene.control.CheckBox report = new javafx.scene.control.CheckBox("Report % of parent");
        report.setId("flow-report");
        Runnable syncReport = () -> {
            String id = model.populationProperty().get();
            report.setDisable(id == null);
            report.setSelected(model.isReported(id));
        };
        model.populationProperty().addListener((o, a, b) -> syncReport.run());
        model.readouts().addListener((ListChangeListener<FlowAssay.FlowReadout>) c -> syncReport.run());
        report.setOnAction(e -> model.setReported(model.populationProperty().get(), report.isSelected()));
        rename.disableProperty().bind(model.populationProperty().isNull());
        syncReport.run();
        HBox populationActions = new HBox(8, rename, report);
        populationActions.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(6, treeTitle, tree, populationActions);
        VBox.setVgrow(tree, Priority.ALWAYS);
        right.setPadding(new Insets(0, 10, 10, 10));
        HBox centre = new HBox(10, plot, right);
        HBox.setHgrow(right, Priority.ALWAYS);
        centre.setPadding(new Insets(4, 10, 10, 10));
        BorderPane p = new BorderPane(centre);
        p.setTop(controls);
        updateEditable();
        return p;
    }

    private ComboBox<FlowViewModel.Channel> channelBox(String id, boolean isX) {
        ComboBox<FlowViewModel.Channel> box = new ComboBox<>(model.channels());
        box.setId(id);
        var prop = isX ? model.xChannelProperty() : model.yChannelProperty();
        Runnable sync = () -> box.getItems().stream().filter(c -> c.name().equals(prop.get())).findFirst().ifPresent(c -> {
            if (box.getValue() != c) box.setValue(c);
        });
        prop.addListener((o, a, b) -> sync.run());
        model.channels().addListener((ListChangeListener<FlowViewModel.Channel>) c -> sync.run());
        box.valueProperty().addListener((o, a, b) -> { if (b != null) prop.set(b.name()); });
        sync.run();
        return box;
    }

    private static ComboBox<AxisScale> scaleBox(String id, javafx.beans.property.ObjectProperty<AxisScale> prop) {
        ComboBox<AxisScale> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(AxisScale.values()));
        box.setId(id);
        box.valueProperty().bindBidirectional(prop);
        return box;
    }

    private void updateEditable() {
        boolean editable = model.isEditable();
        for (var t : tools.getToggles()) ((ToggleButton) t).setDisable(!editable && t.getUserData() != FlowPlotView.Tool.SELECT);
        if (!editable) {
            tools.getToggles().stream().filter(t -> t.getUserData() == FlowPlotView.Tool.SELECT).findFirst().ifPresent(t -> t.setSelected(true));
        }
        FlowSample c = model.controlSample();
        editHint.setText(editable ? "Drawing on this control." : c == null ? "" : "View only: gates are drawn on a control.");
    }

    private void rebuildTree() {
        FlowPlotState s = model.plot();
        rebuildingTree = true;
        try {
            int total = s == null || s.tree().isEmpty() ? 0 : s.tree().get(0).parentCount();
            if (s != null && !s.tree().isEmpty()) {
                for (PopulationStatistics p : s.tree()) if (p.parentId() == null) total = p.parentCount();
            }
            TreeItem<String> root = item(null, "All events" + (s == null ? "" : "  " + total));
            java.util.Map<String, TreeItem<String>> items = new java.util.HashMap<>();
            for (Gate g : model.strategy().treeOrder()) {
                PopulationStatistics p = s == null ? null : s.tree().stream().filter(x -> x.id().equals(g.id())).findFirst().orElse(null);
                String text = g.id() + (p == null ? "" : String.format(Locale.ROOT, "   %d   %.1f %%", p.count(), p.percentOfParent()));
                TreeItem<String> it = item(g.id(), text);
                it.setExpanded(true);
                items.put(g.id(), it);
                (g.parentId() == null ? root : items.getOrDefault(g.parentId(), root)).getChildren().add(it);
            }
            root.setExpanded(true);
            tree.setRoot(root);
            String pop = model.populationProperty().get();
            tree.getSelectionModel().select(pop == null ? root : items.getOrDefault(pop, root));
        } finally {
            rebuildingTree = false;
        }
    }

    private static TreeItem<String> item(String id, String text) {
        Label tag = new Label();
        tag.setUserData(id);
        tag.setManaged(false);
        tag.setVisible(false);
        return new TreeItem<>(text, tag);
    }

    private VBox statisticsTable() {
        table.setId("flow-statistics");
        table.setItems(model.statistics());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        rebuildColumns();
        model.readouts().addListener((ListChangeListener<FlowAssay.FlowReadout>) c -> rebuildColumns());
        Label title = new Label("Reported populations per sample (recomputed after each gate edit)");
        title.getStyleClass().add("section-title");
        Label busy = new Label();
        busy.getStyleClass().add("hint");
        busy.textProperty().bind(model.messageProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("flow-cancel");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> model.cancel());
        HBox head = new HBox(12, title, busy, cancel);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, head, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(4, 10, 10, 10));
        return box;
    }

    private void rebuildColumns() {
        table.getColumns().clear();
        table.getColumns().add(column("Well", s -> s.sample().well() == null ? s.sample().file() : s.sample().well().label(), 45));
        table.getColumns().add(column("Group", s -> s.sample().group(), 190));
        table.getColumns().add(column("Donor", s -> s.sample().donor(), 50));
        table.getColumns().add(column("Events", s -> s.sample().readable() ? Integer.toString(s.sample().scale().count()) : "–", 55));
        for (FlowAssay.FlowReadout r : List.copyOf(model.readouts())) {
            table.getColumns().add(column(r.label(), s -> {
                if (s.problem() != null) return s.problem();
                double v = s.value(r);
                String text = Double.isNaN(v) ? "–" : r.statistic().equals("count") ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%.2f", v);
                FlowAssay a = model.assay();
                int min = a == null ? FlowAssay.DEFAULT_MIN_EVENTS : a.minEvents();
                // the analysis leaves such a value out (docs/flow.md: too few events); say so where it is shown
                return s.tooFewEvents(r, min) ? text + "  ⚠ " + s.population(r.populationId()).parentCount() + " parent events" : text;
            }, 120));
        }
    }

    private static TableColumn<SampleStatistics, String> column(String name, java.util.function.Function<SampleStatistics, String> f,
                                                                double width) {
        TableColumn<SampleStatistics, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        return c;
    }
}
