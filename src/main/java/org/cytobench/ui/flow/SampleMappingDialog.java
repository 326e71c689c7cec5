package org.cytobench.ui.flow;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Map samples…: change the culture well of a flow assay's samples by hand (the import dialog's table), one undo step. */
public final class SampleMappingDialog extends Dialog<Integer> {
    private final SampleMappingViewModel model;
    private final MappingTable table;

    public SampleMappingDialog(Window owner, SampleMappingViewModel model) {
        this.model = model;
        if (owner != null) initOwner(owner);
        setTitle("Map samples to culture wells");
        setResizable(true);
        getDialogPane().setId("flow-mapping-dialog");
        getDialogPane().setPrefSize(1180, 620);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Apply");
        ok.disableProperty().bind(model.canConfirmProperty().not());
        Label error = new Label();
        error.setId("flow-mapping-error");
        error.setStyle("-fx-text-fill: #b00020;");
        table = new MappingTable(model.rows(), model.cultureWells(), model::setWell, error);
        table.setId("flow-mapping-table");
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        summary.setStyle("-fx-text-fill: #b00020;");
        Label hint = new Label();
        hint.textProperty().bind(model.hintProperty());
        Label intro = new Label("Donor and treatment come from the culture plate; a sample without a well is listed but not analysed.");
        intro.setWrapText(true);
        VBox box = new VBox(8, intro, table, summary, hint, error);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        getDialogPane().setContent(box);
        setResultConverter(b -> b == ButtonType.OK ? model.confirm() : null);
    }

    public SampleMappingViewModel model() { return model; }
    public MappingTable table() { return table; }

    /** The button the flow view's sample list shows: opens the dialog on the samples as read. */
    public static Button button(FlowViewModel flow) {
        Button b = new Button("Map samples to wells…");
        b.setId("flow-map-samples");
        b.setMaxWidth(Double.MAX_VALUE);
        b.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(flow.samples()));
        b.setOnAction(e -> {
            SampleMappingDialog d = new SampleMappingDialog(b.getScene() == null ? null : b.getScene().getWindow(),
                    new SampleMappingViewModel(flow.document(), flow.assayIndexProperty().get(), java.util.List.copyOf(flow.samples())));
            d.show();
        });
        return b;
    }
}
