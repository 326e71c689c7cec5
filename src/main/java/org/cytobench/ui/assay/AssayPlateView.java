package org.cytobench.ui.assay;

import static org.cytobench.ui.FormFields.field;
import static org.cytobench.ui.FormFields.section;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.Numbers;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.WellPosition;
import org.cytobench.ui.DocumentViewModel;
import org.cytobench.ui.culture.CulturePlateView;
import org.cytobench.ui.culture.TreatmentPalette;
import org.cytobench.ui.grid.PlateGridView;
import org.cytobench.ui.grid.WellAppearance;

/** One assay (ELISA) plate: its layout editor, and tabs for what was read and (once analysed) its standard curve. */
public final class AssayPlateView extends BorderPane implements org.cytobench.ui.Copyable {

    private final AssayPlateViewModel model;
    private final PlateGridView grid;
    private final Label title = new Label();
    private final TextField name = new TextField();
    private final VBox warnings = new VBox(4);
    private final Label groupScope = new Label();
    private final CheckBox wholeGroup = new CheckBox();
    private final ComboBox<String> copyFrom = new ComboBox<>();
    private final TabPane tabs = new TabPane();
    private final Tab heatMapTab = new Tab("Readings");
    private final ReadingsView heatMap = new ReadingsView();

    /** The Readings tab's heat map. */
    public ReadingsView readings() { return heatMap; }

    public AssayPlateView(AssayPlateViewModel model, DocumentViewModel document) {
        this.model = model;
        getStyleClass().add("assay-view");
        grid = new PlateGridView(model.selection());
        grid.setAppearance(this::appearance);
        title.getStyleClass().add("view-title");
        title.setId("assay-title");
        Label hint = new Label("Select wells, then give them a role on the right.");
        hint.getStyleClass().add("hint");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.setMinWidth(0);
        HBox header = new HBox(12, title, hint);
        header.setAlignment(Pos.CENTER_LEFT);
        warnings.setId("assay-warnings");
        VBox center = new VBox(10, header, grid, legend(), warnings);
        VBox.setVgrow(grid, Priority.ALWAYS);
        center.setPadding(new Insets(12));
        BorderPane layout = new BorderPane(center);
        ScrollPane side = new ScrollPane(form());
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.setPrefWidth(310);
        side.setMinWidth(280);
        layout.setRight(side);

        Tab layoutTab = new Tab("Layout", layout);
        layoutTab.setId("tab-layout");
        heatMapTab.setId("tab-heat-map");
        heatMap.setMinSize(300, 200);
        Label noData = new Label("Import this plate's plate-reader export (File → Import, or drop the file on the window).");
        noData.getStyleClass().add("hint");
        noData.visibleProperty().bind(heatMap.visibleProperty().not());
        heatMapTab.setContent(new javafx.scene.layout.StackPane(heatMap, noData));
        tabs.getTabs().addAll(layoutTab, heatMapTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        document.experimentProperty().addListener((o, a, b) -> refresh());
        model.plateIndexProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public PlateGridView grid() { return grid; }
    public TabPane tabs() { return tabs; }

    /** The tab shown decides: the standard curve's back-calculation table, or the selected wells' roles. */
    @Override
    public String copyText() {
        if (tabs.getSelectionModel().getSelectedItem() != null
                && tabs.getSelectionModel().getSelectedItem().getContent() instanceof org.cytobench.ui.Copyable c) {
            return c.copyText();
        }
        return model.selectionTsv();
    }

    private Node legend() {
        HBox box = new HBox(14);
        box.getStyleClass().add("legend");
        box.getChildren().addAll(swatch("Standard", standardColour(1)), swatch("Zero standard", ZERO),
                swatch("Blank", BLANK), swatch("Sample (culture group colour)", Color.web("#a6cee3")), swatch("QC", QC));
        return box;
    }

    private VBox form() {
        name.setId("assay-name");
        name.setOnAction(e -> model.rename(name.getText()));
        name.focusedProperty().addListener((o, was, is) -> { if (!is) model.rename(name.getText()); });
        Button remove = new Button("Remove");
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        name.setPrefColumnCount(10);
        remove.setId("remove-plate");
        remove.setOnAction(e -> {
            // removing is undoable, but a plate with readings and masks is a lot to lose by a slip: ask, and say so
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    "Its layout, readings and masks go with it. Edit → Undo brings it back.",
                    javafx.scene.control.ButtonType.CANCEL, new javafx.scene.control.ButtonType("Remove plate",
                            javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
            if (getScene() != null) ask.initOwner(getScene().getWindow());
            ask.setTitle("Remove plate");
            ask.setHeaderText("Remove " + (model.hasPlate() ? model.plate().name() : "this plate") + "?");
            ask.showAndWait().filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                    .ifPresent(b -> model.removePlate());
        });

        TextField top = field("std-top", model.topProperty(), 6);
        TextField step = field("std-step", model.dilutionStepProperty(), 3);
        Spinner<Integer> levels = new Spinner<>(1, 24, model.levelsProperty().get());
        levels.setId("std-levels");
        levels.setPrefWidth(70);
        levels.valueProperty().addListener((o, a, b) -> model.levelsProperty().set(b));
        CheckBox zero = new CheckBox("Zero standard after the last level");
        zero.selectedProperty().bindBidirectional(model.zeroStandardProperty());
        ToggleGroup dir = new ToggleGroup();
        RadioButton down = new RadioButton("Down columns");
        RadioButton across = new RadioButton("Across rows");
        down.setToggleGroup(dir);
        across.setToggleGroup(dir);
        down.setSelected(model.standardsDownProperty().get());
        across.setSelected(!model.standardsDownProperty().get());
        down.selectedProperty().addListener((o, a, b) -> model.standardsDownProperty().set(b));
        Button fillStd = new Button("Fill standards");
        fillStd.setId("fill-standards");
        fillStd.setMaxWidth(Double.MAX_VALUE);
        fillStd.setOnAction(e -> model.assignStandards());
        GridPane std = new GridPane();
        std.setHgap(6);
        std.setVgap(6);
        std.addRow(0, new Label("Top"), top, new Label("dilution 1:"), step);
        std.addRow(1, new Label("Levels"), levels);

        Button blank = button("Blank", "mark-blank", model::assignBlank);
        Button zeroStd = button("Zero std", "mark-zero", model::assignZeroStandard);
        Button empty = button("Empty", "mark-empty", model::assignEmpty);
        TextField dil = field("sample-dilution", model.sampleDilutionProperty(), 4);
        Button sample = button("Samples", "mark-samples", model::assignSamples);
        TextField qcConc = field("qc-concentration", model.qcConcentrationProperty(), 5);
        TextField qcLabel = field("qc-label", model.qcLabelProperty(), 7);
        Button qc = button("QC", "mark-qc", model::assignQc);
        Button mirror = new Button("Add samples for all culture wells");
        mirror.setId("default-samples");
        mirror.setMaxWidth(Double.MAX_VALUE);
        mirror.setOnAction(e -> model.addDefaultSamples());

        copyFrom.setId("copy-from");
        copyFrom.setMaxWidth(Double.MAX_VALUE);
        copyFrom.setPromptText("another plate");
        HBox.setHgrow(copyFrom, Priority.ALWAYS);
        Button copy = new Button("Copy layout");
        copy.setId("copy-layout");
        copy.setOnAction(e -> {
            int i = copyFrom.getSelectionModel().getSelectedIndex();
            if (i >= 0) model.copyLayoutFrom(otherIndex(i));
        });

        Button maskSel = new Button("Mask selected…");
        maskSel.setId("mask-selected");
        maskSel.setOnAction(e -> {
            javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog("outlier");
            d.initOwner(getScene().getWindow());
            d.setTitle("Mask wells");
            d.setHeaderText("Masked wells are left out of the fit, QC and results, and listed with the reason.");
            d.setContentText("Reason");
            d.showAndWait().ifPresent(model::maskSelection);
        });
        Button unmaskSel = button("Unmask selected", "unmask-selected", model::unmaskSelection);

        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.setId("assay-form-error");
        error.textProperty().bind(model.formErrorProperty());
        Label selected = new Label();
        selected.textProperty().bind(model.selectionSummaryProperty());

        groupScope.setId("assay-group-scope");
        groupScope.setWrapText(true);
        groupScope.getStyleClass().add("hint");
        groupScope.managedProperty().bind(groupScope.visibleProperty());
        wholeGroup.setId("assay-whole-group");
        wholeGroup.setText("Edit all analytes of this plate");
        wholeGroup.setWrapText(true);
        wholeGroup.selectedProperty().bindBidirectional(model.wholePlateGroupProperty());
        wholeGroup.managedProperty().bind(wholeGroup.visibleProperty());
        model.wholePlateGroupProperty().addListener((o, a, b) -> refreshScope());
        VBox box = new VBox(8,
                section("Plate"), new HBox(6, name, remove), wholeGroup, groupScope,
                section("Standards"), selected, std, zero, new HBox(10, down, across), fillStd,
                section("Other wells"), new HBox(6, blank, zeroStd, empty),
                new HBox(6, new Label("Dilution ×"), dil, sample),
                new HBox(6, new Label("QC"), qcConc, qcLabel, qc),
                mirror,
                section("Copy layout from"), new HBox(6, copyFrom, copy),
                section("Exclude wells"), new HBox(6, maskSel, unmaskSel),
                error);
        box.setPadding(new Insets(12));
        return box;
    }

    /** A multiplex plate's layout is edited once for all its analytes: say so, and offer "this analyte only". */
    private void refreshScope() {
        String scope = model.scopeText();
        groupScope.setText(scope);
        groupScope.setVisible(!scope.isEmpty());
        wholeGroup.setVisible(!scope.isEmpty());
    }

    private void refresh() {
        refreshScope();
        if (!model.hasPlate()) {
            title.setText("No assay plate");
            return;
        }
        AssayRun run = model.run();
        String analyte = run.layout().analyte().name() + " (" + run.layout().analyte().unit() + ")";
        title.setText(run.layout().name().equals(run.layout().analyte().name()) ? analyte : run.layout().name() + " — " + analyte);
        if (!name.isFocused()) name.setText(run.layout().name());
        grid.setFormat(run.layout().format());
        grid.refresh();
        // the core's heat map of the raw read, layout overlaid; hidden until there are readings
        heatMap.setVisible(run.readings() != null);
        heatMap.show(run.readings() != null ? run : null);
        heatMapTab.setText(run.readings() == null ? "Readings" : "Readings — " + run.sourceFile());
        List<String> others = new java.util.ArrayList<>();
        List<AssayRun> all = model.document().experiment().assays();
        for (int i = 0; i < all.size(); i++) if (i != model.plateIndex()) others.add(all.get(i).layout().name());
        copyFrom.getItems().setAll(others);
        warnings.getChildren().clear();
        for (String w : model.warnings()) {
            Label l = new Label("⚠ " + w);
            l.getStyleClass().add("layout-warning");
            l.setWrapText(true);
            warnings.getChildren().add(l);
        }
    }

    private int otherIndex(int comboIndex) {
        return comboIndex >= model.plateIndex() ? comboIndex + 1 : comboIndex;
    }

    /*
     * Roles are saturated and dark (white text), samples keep their culture group's pastel colour: a QC well must not look
     * like an LPS + vehicle sample (#fdbf6f), nor a low standard like an unstimulated + vehicle one (#a6cee3).
     */
    static final Color ZERO = Color.web("#54278f");
    static final Color BLANK = Color.web("#737373");
    static final Color QC = Color.web("#a63603");

    /** Standards in dark blues, darkest for the top level; even the lowest stays well clear of the pastel samples. */
    static Color standardColour(int level) {
        double t = Math.min(1, (level - 1) / 8.0);
        return Color.web("#08306b").interpolate(Color.web("#4a8cc7"), t);
    }

    private WellAppearance appearance(WellPosition w) {
        if (!model.hasPlate()) return WellAppearance.UNUSED;
        WellAppearance base = roleAppearance(w);
        if (!model.run().isMasked(w)) return base;
        String reason = model.run().masks().get(w).reason();
        return new WellAppearance("✕ " + base.text(), Color.web("#f0f0f0"), (base.tooltip() == null ? "" : base.tooltip() + "; ")
                + "masked: " + reason, true);
    }

    private WellAppearance roleAppearance(WellPosition w) {
        AssayWell a = model.plate().well(w);
        return switch (a.role()) {
            case EMPTY -> WellAppearance.UNUSED;
            case STANDARD -> {
                List<Double> levels = model.plate().wells().values().stream().filter(x -> x.role() == a.role())
                        .map(AssayWell::nominalConcentration).distinct().sorted(java.util.Comparator.reverseOrder()).toList();
                yield new WellAppearance(Numbers.compact(a.nominalConcentration()), standardColour(levels.indexOf(a.nominalConcentration()) + 1),
                        "standard " + Numbers.compact(a.nominalConcentration()) + " " + model.plate().analyte().unit(), false);
            }
            case ZERO_STANDARD -> new WellAppearance("0", ZERO, "zero standard", false);
            case BLANK -> new WellAppearance("B", BLANK, "blank", false);
            case QC -> new WellAppearance("QC " + Numbers.compact(a.nominalConcentration()), QC,
                    "QC " + (a.label() == null ? "" : a.label() + " ") + Numbers.compact(a.nominalConcentration()), false);
            case SAMPLE -> sampleAppearance(w, a);
        };
    }

    private WellAppearance sampleAppearance(WellPosition w, AssayWell a) {
        WellPosition c = a.cultureWells().isEmpty() ? null : a.cultureWells().get(0);
        Treatment t = c == null ? null : model.document().experiment().culture().treatment(c);
        List<org.cytobench.plate.TreatmentGroup> groups = model.document().experiment().culture().wells().values().stream()
                .map(Treatment::group).distinct().sorted().toList();
        Color fill = t == null ? Color.web("#eeeeee") : TreatmentPalette.colour(groups.indexOf(t.group()));
        String text = (c == null ? "?" : c.label()) + (a.dilutionFactor() == 1 ? "" : " ×" + Numbers.compact(a.dilutionFactor()));
        String tip = "sample of culture well " + (c == null ? "?" : c.label())
                + (t == null ? " (no treatment)" : ": " + t.group().label() + ", " + t.donor())
                + (a.dilutionFactor() == 1 ? "" : ", diluted 1:" + Numbers.compact(a.dilutionFactor()));
        return new WellAppearance(text, fill, tip, model.isWarned(w));
    }

    /** "Add assay plate…": analyte (a known cytokine or a custom name) and format. Returns the new plate's index. */
    public static Optional<Integer> addPlateDialog(Window owner, AssayPlateViewModel model) {
        Dialog<Integer> d = new Dialog<>();
        if (owner != null) d.initOwner(owner);
        d.setTitle("Add assay plate");
        d.setHeaderText("One ELISA plate per analyte.");
        ComboBox<String> analyte = new ComboBox<>();
        analyte.setId("new-analyte");
        analyte.setEditable(true);
        analyte.getItems().setAll(Analyte.KNOWN.stream().map(Analyte::name).toList());
        analyte.setValue(Analyte.IL_6.name());
        TextField unit = new TextField(Analyte.DEFAULT_UNIT);
        ComboBox<PlateFormat> format = new ComboBox<>();
        format.getItems().setAll(PlateFormat.values());
        format.setConverter(CulturePlateView.formatNames());
        format.setValue(PlateFormat.WELLS_96);
        CheckBox mirror = new CheckBox("Samples at the culture plate's positions");
        mirror.setSelected(true);
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(10);
        g.addRow(0, new Label("Analyte"), analyte);
        g.addRow(1, new Label("Unit"), unit);
        g.addRow(2, new Label("Format"), format);
        g.add(mirror, 1, 3);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) return null;
            String n = analyte.getEditor().getText();
            if (n == null || n.isBlank()) return null;
            Analyte a = Analyte.KNOWN.stream().filter(k -> k.name().equals(n.strip())).findFirst()
                    .map(k -> new Analyte(k.name(), unit.getText())).orElse(new Analyte(n, unit.getText()));
            return model.addPlate(a, format.getValue(), mirror.isSelected());
        });
        return d.showAndWait();
    }

    private static Label swatch(String text, Color c) {
        javafx.scene.shape.Rectangle r = new javafx.scene.shape.Rectangle(14, 14, c);
        r.setStroke(Color.GRAY);
        return new Label(text, r);
    }

    private static Button button(String text, String id, java.util.function.BooleanSupplier action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.getAsBoolean());
        return b;
    }


}
