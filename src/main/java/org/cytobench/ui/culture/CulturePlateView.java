package org.cytobench.ui.culture;

import static org.cytobench.ui.FormFields.section;
import org.cytobench.ui.FormFields;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Stimulus;
import org.cytobench.plate.Treatment;
import org.cytobench.ui.DocumentViewModel;
import org.cytobench.ui.grid.PlateGridView;
import org.cytobench.ui.grid.WellAppearance;

/** The culture plate editor: the well grid, the legend, the warnings, and the treatment form. */
public final class CulturePlateView extends BorderPane implements org.cytobench.ui.Copyable {

    private final CulturePlateViewModel model;
    private final PlateGridView grid;
    private final FlowPane legend = new FlowPane(14, 6);
    private final VBox warnings = new VBox(4);
    private final ComboBox<PlateFormat> format = new ComboBox<>();

    public CulturePlateView(CulturePlateViewModel model, DocumentViewModel document) {
        this.model = model;
        getStyleClass().add("culture-view");
        grid = new PlateGridView(model.selection());
        grid.setAppearance(this::appearance);

        Label title = new Label("Culture plate");
        title.getStyleClass().add("view-title");
        Label hint = new Label("Click, drag, shift-click or use the row and column headers to select wells.");
        hint.getStyleClass().add("hint");
        format.getItems().setAll(PlateFormat.values());
        format.setConverter(formatNames());
        format.setId("culture-format");
        format.setOnAction(e -> {
            if (format.getValue() != null && !model.changeFormat(format.getValue())) format.setValue(model.plate().format());
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label formatLabel = new Label("Format");
        // the hint gives way first when the window is narrow; title and format picker keep their size
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {title, formatLabel, format}) c.setMinWidth(Region.USE_PREF_SIZE);
        hint.setMinWidth(0);
        HBox header = new HBox(12, title, hint, spacer, formatLabel, format);
        header.setAlignment(Pos.CENTER_LEFT);

        legend.setId("culture-legend");
        warnings.setId("culture-warnings");
        VBox center = new VBox(10, header, grid, legend, warnings);
        VBox.setVgrow(grid, Priority.ALWAYS);
        center.setPadding(new Insets(12));
        setCenter(center);

        ScrollPane side = new ScrollPane(form());
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.setPrefWidth(300);
        side.setMinWidth(270);
        side.getStyleClass().add("side-panel");
        setRight(side);

        document.experimentProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public PlateGridView grid() { return grid; }

    /** The selected wells (or all used wells) with their treatment, tab-separated. */
    @Override
    public String copyText() {
        return model.selectionTsv();
    }

    private VBox form() {
        ComboBox<Stimulus.Kind> kind = new ComboBox<>();
        kind.setId("stimulus-kind");
        kind.getItems().setAll(Stimulus.Kind.values());
        kind.setConverter(kindNames());
        kind.valueProperty().bindBidirectional(model.stimulusKindProperty());
        kind.setMaxWidth(Double.MAX_VALUE);

        TextField lps = field("lps-concentration", model.lpsConcentrationProperty());
        HBox lpsRow = new HBox(6, new Label("LPS"), lps, new Label("ng/mL"));
        lpsRow.setAlignment(Pos.CENTER_LEFT);
        lpsRow.visibleProperty().bind(model.stimulusKindProperty().isEqualTo(Stimulus.Kind.LPS));
        lpsRow.managedProperty().bind(lpsRow.visibleProperty());

        TextField customName = field("custom-name", model.customNameProperty());
        customName.setPromptText("name, e.g. PHA");
        TextField customConc = field("custom-concentration", model.customConcentrationProperty());
        customConc.setPromptText("conc.");
        TextField customUnit = field("custom-unit", model.customUnitProperty());
        customUnit.setPrefColumnCount(5);
        VBox customBox = new VBox(4, customName, new HBox(6, customConc, customUnit));
        customBox.visibleProperty().bind(model.stimulusKindProperty().isEqualTo(Stimulus.Kind.CUSTOM));
        customBox.managedProperty().bind(customBox.visibleProperty());

        TextField dose = field("thymalfasin-dose", model.doseProperty());
        HBox doseRow = new HBox(6, dose, new Label("ng/mL (0 = control)"));
        doseRow.setAlignment(Pos.CENTER_LEFT);
        CheckBox vehicle = new CheckBox("Vehicle added");
        vehicle.setId("vehicle");
        vehicle.selectedProperty().bindBidirectional(model.vehicleProperty());
        TextField donor = field("donor", model.donorProperty());

        Button assign = new Button("Assign to selection");
        assign.setId("assign");
        assign.setDefaultButton(true);
        assign.setMaxWidth(Double.MAX_VALUE);
        assign.setOnAction(e -> model.assignToSelection());
        Button clear = new Button("Clear selected wells");
        clear.setId("clear-wells");
        clear.setMaxWidth(Double.MAX_VALUE);
        clear.setOnAction(e -> model.clearSelection());

        Spinner<Integer> reps = new Spinner<>(2, 12, 3);
        reps.setId("replicates");
        reps.setPrefWidth(70);
        reps.getValueFactory().valueProperty().addListener((o, a, b) -> model.replicatesProperty().set(b));
        Button fill = new Button("Fill →");
        fill.setId("fill-replicates");
        fill.setTooltip(new Tooltip("Copy each selected well's treatment into the wells to its right, up to the replicate count"));
        fill.setOnAction(e -> model.fillReplicatesRight());
        HBox fillRow = new HBox(6, new Label("Replicates"), reps, fill);
        fillRow.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("culture-form-error");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.textProperty().bind(model.formErrorProperty());
        Label selected = new Label();
        selected.setId("culture-selection");
        selected.textProperty().bind(model.selectionSummaryProperty());

        VBox box = new VBox(8,
                section("Treatment"), selected,
                new Label("Stimulus"), kind, lpsRow, customBox,
                new Label("Thymalfasin dose"), doseRow, vehicle,
                new Label("Donor"), donor,
                assign, clear, new Label(""), section("Replicates"), fillRow, error);
        box.setPadding(new Insets(12));
        return box;
    }

    private void refresh() {
        CulturePlate plate = model.plate();
        grid.setFormat(plate.format());
        format.setValue(plate.format());
        grid.refresh();
        legend.getChildren().clear();
        for (CulturePlateViewModel.LegendEntry e : model.legend()) {
            Rectangle swatch = new Rectangle(14, 14, TreatmentPalette.colour(e.colour()));
            swatch.setStroke(javafx.scene.paint.Color.GRAY);
            Label l = new Label(e.group().label() + "  (" + (e.wells() == 1 ? "1 well" : e.wells() + " wells") + ", " + String.join(" ", e.donors()) + ")", swatch);
            l.getStyleClass().add("legend-entry");
            legend.getChildren().add(l);
        }
        if (model.legend().isEmpty()) legend.getChildren().add(new Label("No wells assigned yet."));
        warnings.getChildren().clear();
        List<String> w = model.warnings();
        for (String s : w) {
            Label l = new Label("⚠ " + s);
            l.getStyleClass().add("layout-warning");
            l.setWrapText(true);
            warnings.getChildren().add(l);
        }
    }

    private WellAppearance appearance(org.cytobench.plate.WellPosition w) {
        Treatment t = model.plate().treatment(w);
        if (t == null) return WellAppearance.UNUSED;
        String text = t.donor().isEmpty() ? "?" : t.donor();
        return new WellAppearance(text, TreatmentPalette.colour(model.colourOf(t.group())),
                t.group().label() + (t.donor().isEmpty() ? "" : ", donor " + t.donor()), model.isWarned(w));
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p) {
        return FormFields.field(id, p, 7);
    }


    static StringConverter<Stimulus.Kind> kindNames() {
        return new StringConverter<>() {
            @Override public String toString(Stimulus.Kind k) {
                if (k == null) return "";
                return switch (k) {
                    case NONE -> "None (unstimulated)";
                    case LPS -> "LPS";
                    case ANTI_CD3_CD28 -> "anti-CD3/anti-CD28";
                    case CUSTOM -> "Custom…";
                };
            }
            @Override public Stimulus.Kind fromString(String s) { return null; }
        };
    }

    public static StringConverter<PlateFormat> formatNames() {
        return new StringConverter<>() {
            @Override public String toString(PlateFormat f) { return f == null ? "" : f.wellCount() + " wells"; }
            @Override public PlateFormat fromString(String s) { return null; }
        };
    }
}
