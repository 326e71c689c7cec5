package org.cytobench.ui.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.cytobench.io.ImportResult;
import org.cytobench.plate.Numbers;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.WellPosition;
import org.cytobench.ui.grid.PlateGridView;
import org.cytobench.ui.grid.WellAppearance;

/**
 * The import preview: the plate as read (values of the chosen read; instrument markers in red), the detected format with
 * a way to override it, the read and reference read, and the assay plate it goes into. OK lands the import.
 */
public final class ImportDialog extends Dialog<Boolean> {

    static final String NONE = "(none)";
    private final ImportViewModel model;
    private final Executor executor;
    private final PlateGridView grid = new PlateGridView(FXCollections.observableSet());
    private final ComboBox<String> read = new ComboBox<>();
    private final ComboBox<String> reference = new ComboBox<>();
    private final ComboBox<String> filePlate = new ComboBox<>();
    private final Label warnings = new Label();
    /** Plate-reader exports that state their layout (Gen5 Layout, SoftMax groups): lay the target plate out as the file says. */
    private final javafx.scene.control.CheckBox useFileLayout = new javafx.scene.control.CheckBox();
    private final Label problem = new Label();
    private final MultiplexPreviewPane multiplexPane = new MultiplexPreviewPane();
    private Object multiplexShown;
    private boolean updating;

    public ImportDialog(Window owner, ImportViewModel model, Executor executor) {
        this.model = model;
        this.executor = executor;
        if (owner != null) initOwner(owner);
        setTitle("Import plate-reader export");
        setResizable(true);
        getDialogPane().setId("import-dialog");
        getDialogPane().setPrefSize(980, 700);

        ComboBox<String> format = new ComboBox<>(FXCollections.observableArrayList(ImportViewModel.formats()));
        format.setId("import-format");
        format.setConverter(names(ImportViewModel::formatName));
        format.setValue(ImportViewModel.AUTO);
        format.setOnAction(e -> reread(format.getValue()));
        read.setId("import-read");
        read.setOnAction(e -> { if (!updating) model.primaryReadProperty().set(read.getValue()); });
        reference.setId("import-reference");
        reference.setOnAction(e -> { if (!updating) model.referenceReadProperty().set(NONE.equals(reference.getValue()) ? null : reference.getValue()); });
        filePlate.setId("import-file-plate");
        filePlate.setOnAction(e -> { if (!updating && filePlate.getSelectionModel().getSelectedIndex() >= 0) model.filePlateProperty().set(filePlate.getSelectionModel().getSelectedIndex()); });
        ComboBox<String> target = new ComboBox<>(FXCollections.observableArrayList(model.targets()));
        target.setId("import-target");
        target.getSelectionModel().select(model.targetProperty().get());
        target.setOnAction(e -> model.targetProperty().set(target.getSelectionModel().getSelectedIndex()));

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Format"), format, new Label("Plate in file"), filePlate);
        form.addRow(1, new Label("Read to use"), read, new Label("Reference read"), reference);
        form.addRow(2, new Label("Into assay plate"), target);
        // labels never shrink to "Into assay pl…": their columns take their full width first
        for (javafx.scene.Node n : form.getChildren()) {
            if (n instanceof Label l) l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        warnings.setWrapText(true);
        warnings.getStyleClass().add("layout-warning");
        problem.setId("import-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("form-error");
        problem.textProperty().bind(model.problemProperty());
        Label legend = new Label("Values of the read to use; red wells carry an instrument marker (overflow, not read, masked).");
        legend.getStyleClass().add("hint");
        scaleBar.setPrefSize(160, 12);
        scaleBar.setMinSize(160, 12);
        scaleBar.setStyle("-fx-background-color: linear-gradient(to right, #f7fbff, #4292c6); -fx-border-color: #999;");
        scaleMin.setId("import-scale-min");
        scaleMax.setId("import-scale-max");
        javafx.scene.layout.HBox scale = new javafx.scene.layout.HBox(6, scaleMin, scaleBar, scaleMax);
        scale.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        scale.setId("import-scale");
        useFileLayout.setId("import-use-file-layout");
        useFileLayout.selectedProperty().bindBidirectional(model.useFileLayoutProperty());
        useFileLayout.managedProperty().bind(useFileLayout.visibleProperty());
        VBox box = new VBox(10, form, useFileLayout, grid, scale, legend, multiplexPane, warnings, problem);
        VBox.setVgrow(grid, javafx.scene.layout.Priority.ALWAYS);
        VBox.setVgrow(multiplexPane, javafx.scene.layout.Priority.ALWAYS);
        // a multiplex file: the analytes with their signal and bead-count heat maps and the file's layout instead of one read
        for (javafx.scene.Node n : new javafx.scene.Node[] {grid, scale, legend}) {
            n.visibleProperty().bind(multiplexPane.visibleProperty().not());
            n.managedProperty().bind(n.visibleProperty());
        }
        multiplexPane.managedProperty().bind(multiplexPane.visibleProperty());
        target.disableProperty().bind(multiplexPane.visibleProperty()); // a multiplex plate adds runs of its own
        box.setPadding(new Insets(10));
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(model.problemProperty().isNotEmpty());
        setResultConverter(b -> b == ButtonType.OK && model.confirm());
        grid.setAppearance(this::appearance);

        model.resultProperty().addListener(o -> refresh());
        model.filePlateProperty().addListener(o -> refresh());
        model.primaryReadProperty().addListener(o -> refresh());
        refresh();
    }

    public ImportViewModel model() { return model; }

    private final javafx.scene.layout.Region scaleBar = new javafx.scene.layout.Region();
    private final Label scaleMin = new Label();
    private final Label scaleMax = new Label();

    private void reread(String formatId) {
        Task<ImportResult> task = new Task<>() {
            @Override protected ImportResult call() throws Exception { return ImportViewModel.read(model.file(), formatId); }
        };
        task.setOnSucceeded(e -> model.resultProperty().set(task.getValue()));
        task.setOnFailed(e -> warnings.setText("Could not read it as " + ImportViewModel.formatName(formatId) + ": "
                + task.getException().getMessage()));
        executor.execute(task);
    }

    private void refresh() {
        updating = true;
        ImportResult r = model.result();
        setHeaderText(model.file().name() + " — read as " + ImportViewModel.formatName(r.format()) + ", "
                + r.plates().size() + (r.plates().size() == 1 ? " plate" : " plates"));
        List<String> plates = new ArrayList<>();
        for (PlateData p : r.plates()) plates.add(p.name() + " (" + p.format().wellCount() + " wells)");
        filePlate.getItems().setAll(plates);
        filePlate.getSelectionModel().select(model.filePlateProperty().get());
        filePlate.setDisable(plates.size() < 2);
        read.getItems().setAll(model.readNames());
        read.setValue(model.primaryReadProperty().get());
        List<String> refs = new ArrayList<>();
        refs.add(NONE);
        refs.addAll(model.readNames());
        reference.getItems().setAll(refs);
        reference.setValue(model.referenceReadProperty().get() == null ? NONE : model.referenceReadProperty().get());
        warnings.setText(r.warnings().isEmpty() ? "" : "⚠ " + String.join("\n⚠ ", r.warnings()));
        useFileLayout.setText(model.fileLayoutText());
        useFileLayout.setVisible(model.fileLayout().isPresent());
        Read shown = model.primary().orElse(null);
        double lo = shown == null ? Double.NaN : shown.values().values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double hi = shown == null ? Double.NaN : shown.values().values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        scaleMin.setText(Double.isNaN(lo) ? "" : Numbers.significant(lo, 3));
        scaleMax.setText(Double.isNaN(hi) ? "" : Numbers.significant(hi, 3) + (shown == null ? "" : "  (" + shown.name() + ")"));
        grid.setFormat(model.plate().format());
        grid.refresh();
        showMultiplex();
        updating = false;
    }

    /** The multiplex preview pane, read again from the file in the background (tests drive it). */
    public MultiplexPreviewPane multiplexPreview() { return multiplexPane; }

    private void showMultiplex() {
        boolean plex = model.isMultiplex();
        multiplexPane.setVisible(plex);
        read.setDisable(plex);
        reference.setDisable(plex);
        Object key = plex ? java.util.List.of(model.result(), model.filePlateProperty().get()) : null;
        if (!plex || key.equals(multiplexShown)) return;
        multiplexShown = key;
        String formatId = model.result().format();
        int index = model.filePlateProperty().get();
        Task<MultiplexPreview> task = new Task<>() {
            @Override protected MultiplexPreview call() throws Exception { return MultiplexPreview.read(model.file(), formatId, index); }
        };
        ImportResult forResult = model.result();
        task.setOnSucceeded(e -> {
            model.previewRead(forResult, index, task.getValue().plate());
            if (key.equals(multiplexShown)) multiplexPane.setPreview(task.getValue(), model.beadCountMinimum());
        });
        task.setOnFailed(e -> warnings.setText("The multiplex preview could not be read: " + task.getException().getMessage()));
        executor.execute(task);
    }

    private WellAppearance appearance(WellPosition w) {
        Read r = model.primary().orElse(null);
        if (r == null) return WellAppearance.UNUSED;
        String marker = r.marker(w);
        if (marker != null) return new WellAppearance(marker.length() > 7 ? marker.substring(0, 6) + "…" : marker, Color.web("#d7301f"), marker, false);
        Double v = r.value(w);
        if (v == null) return WellAppearance.UNUSED;
        double max = r.values().values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double min = r.values().values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double t = max > min ? (v - min) / (max - min) : 0;
        return new WellAppearance(String.format("%.3f", v), Color.web("#f7fbff").interpolate(Color.web("#4292c6"), t),
                r.name() + " = " + Numbers.compact(v), false);
    }

    private static StringConverter<String> names(java.util.function.Function<String, String> f) {
        return new StringConverter<>() {
            @Override public String toString(String s) { return s == null ? "" : f.apply(s); }
            @Override public String fromString(String s) { return s; }
        };
    }
}
