package org.cytobench.ui.culture;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.Experiment;

/** "New from template…": asks for the experiment name, donors, thymalfasin doses and the cytokines measured. */
public final class TemplateDialog extends Dialog<Experiment> {

    public TemplateDialog(Window owner, TemplateViewModel model) {
        if (owner != null) initOwner(owner);
        setTitle("New experiment from template");
        setHeaderText("Thymalfasin PBMC stimulation: per donor, unstimulated, vehicle, LPS + vehicle and LPS + each dose, "
                + "in triplicate.");
        getDialogPane().setPrefWidth(560);
        TextField name = new TextField();
        name.setId("template-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        Spinner<Integer> donors = new Spinner<>(1, 4, model.donorsProperty().get());
        donors.setId("template-donors");
        donors.setEditable(true);
        donors.valueProperty().addListener((o, a, b) -> model.donorsProperty().set(b));
        TextField doses = new TextField();
        doses.setId("template-doses");
        doses.textProperty().bindBidirectional(model.dosesProperty());
        FlowPane analytes = new FlowPane(10, 6);
        for (Analyte a : Analyte.KNOWN) {
            CheckBox c = new CheckBox(a.name());
            c.setSelected(model.analytes().contains(a));
            c.selectedProperty().addListener((o, was, on) -> { if (on) model.analytes().add(a); else model.analytes().remove(a); });
            analytes.getChildren().add(c);
        }
        Label error = new Label();
        error.setId("template-error");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());

        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(10);
        g.setPadding(new Insets(10));
        g.addRow(0, new Label("Name"), name);
        g.addRow(1, new Label("Donors"), donors);
        Label dosesLabel = new Label("Thymalfasin doses (ng/mL)");
        dosesLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        g.addRow(2, dosesLabel, doses);
        g.addRow(3, new Label("ELISA plates for"), analytes);
        g.add(error, 0, 4, 2, 1);
        getDialogPane().setContent(g);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(model.errorProperty().isNotEmpty());
        setResultConverter(b -> b == ButtonType.OK ? model.build().orElse(null) : null);
    }
}
