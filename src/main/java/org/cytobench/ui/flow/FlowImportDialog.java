package org.cytobench.ui.flow;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cytobench.flow.assay.FlowTemplate;
import org.cytobench.flow.fcs.FlowFileException;

/**
 * "Import FCS files": one row per file that read (name, $TOT, $CYT, the culture well it maps to, editable, with donor and
 * treatment from the culture plate; unmapped and doubly-mapped rows highlighted), the files that did not read with their
 * reason, the target flow assay and the gating template a new assay starts from. OK is one undoable change.
 */
public final class FlowImportDialog extends Dialog<Integer> {
    static final String UNMAPPED = "(none)";
    private static final String NEW = "New flow assay";
    private final FlowImportViewModel model;
    private final Executor executor;
    private final MappingTable table;
    private final Label wellError = new Label();

    public FlowImportDialog(Window owner, FlowImportViewModel model, Executor executor) {
        this.model = model;
        this.executor = executor;
        if (owner != null) initOwner(owner);
        setTitle("Import FCS files");
        setResizable(true);
        getDialogPane().setId("flow-import-dialog");
        getDialogPane().setPrefSize(1180, 640);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(model.canConfirmProperty().not());
        ((Button) getDialogPane().lookupButton(ButtonType.OK)).setText("Import");

        Label summary = hint("flow-import-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setStyle("-fx-text-fill: #b00020;");
        Label remark = hint("flow-import-hint");
        remark.textProperty().bind(model.hintProperty());
        wellError.setId("flow-import-well-error");
        wellError.setStyle("-fx-text-fill: #b00020;");
        table = new MappingTable(model.rows(), model.cultureWells(), model::setWell, wellError);
        table.setId("flow-import-table");
        table.setPlaceholder(new Label("None of the files could be read."));
        VBox box = new VBox(8, targetRow(), templateRow(), table, summary, remark, wellError, rejectedPane());
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        getDialogPane().setContent(box);
        setResultConverter(b -> b == ButtonType.OK ? model.confirm() : null);
    }

    public FlowImportViewModel model() { return model; }
    public TableView<MappedFile> table() { return table; }

    private HBox targetRow() {
        ComboBox<String> target = new ComboBox<>();
        target.setId("flow-import-target");
        target.getItems().add(NEW);
        target.getItems().addAll(model.flowAssayNames());
        target.getSelectionModel().select(model.targetProperty().get() + 1);
        target.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> model.targetProperty().set(b.intValue() - 1));
        TextField name = new TextField();
        name.setId("flow-import-assay-name");
        name.textProperty().bindBidirectional(model.assayNameProperty());
        name.disableProperty().bind(model.targetProperty().isNotEqualTo(FlowImportViewModel.NEW_ASSAY));
        HBox row = new HBox(8, new Label("Add to"), target, new Label("Name"), name);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private VBox templateRow() {
        Label origin = new Label();
        origin.setId("flow-import-template");
        origin.setWrapText(true);
        origin.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        origin.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            if (model.targetProperty().get() != FlowImportViewModel.NEW_ASSAY) return "The files join the assay and get its gates.";
            FlowTemplate t = model.templateProperty().get();
            return t != null ? t.origin() : model.templateProblemProperty().get();
        }, model.templateProperty(), model.templateProblemProperty(), model.targetProperty()));
        Button standard = new Button("Protocol default");
        standard.setId("flow-import-default-template");
        standard.setOnAction(e -> model.useDefaultTemplate());
        Button fromFile = new Button("Gates from Gating-ML or FlowJo file…");
        fromFile.setId("flow-import-template-file");
        fromFile.setOnAction(e -> chooseTemplate());
        HBox buttons = new HBox(8, new Label("Gates"), standard, fromFile);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.disableProperty().bind(model.targetProperty().isNotEqualTo(FlowImportViewModel.NEW_ASSAY));
        return new VBox(4, buttons, origin);
    }

    private void chooseTemplate() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Gates from a Gating-ML file or FlowJo workspace");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Gating-ML or FlowJo workspace", "*.xml", "*.wsp"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File f = fc.showOpenDialog(getDialogPane().getScene().getWindow());
        if (f != null) readTemplate(f.toPath());
    }

    /** Reads a Gating-ML file or FlowJo workspace off the FX thread and makes it the template (tests call it directly). */
    public Task<FlowTemplate> readTemplate(Path path) {
        Task<FlowTemplate> task = new Task<>() {
            @Override protected FlowTemplate call() throws Exception {
                return FlowImportViewModel.readTemplate(path.getFileName().toString(), FlowFileException.readAll(path));
            }
        };
        task.setOnSucceeded(e -> model.useTemplate(task.getValue()));
        task.setOnFailed(e -> model.templateFailed(task.getException() instanceof FlowFileException ffe ? ffe
                : new FlowFileException(path.getFileName().toString(), "could not be read (" + task.getException() + ")")));
        executor.execute(task);
        return task;
    }

    private VBox rejectedPane() {
        VBox lines = new VBox(2);
        lines.setId("flow-import-rejected");
        for (var r : model.rejected()) {
            Label l = new Label(r.toString());
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            lines.getChildren().add(l);
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(lines);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(120);
        scroll.setMinHeight(Math.min(120, 40 * model.rejected().size() + 8));
        int n = model.rejected().size();
        Label title = new Label(n + (n == 1 ? " file was" : " files were") + " not read and will not be imported:");
        VBox box = new VBox(4, title, scroll);
        box.setVisible(n > 0);
        box.setManaged(n > 0);
        return box;
    }

    private static Label hint(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        return l;
    }
}
