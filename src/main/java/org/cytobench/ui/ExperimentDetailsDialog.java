package org.cytobench.ui;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * Edit → Experiment details…: the experiment's name and notes, which the report prints on its first page. One
 * undoable edit when either changed.
 */
public final class ExperimentDetailsDialog extends Dialog<ButtonType> {

    private final TextField name = new TextField();
    private final TextArea notes = new TextArea();

    public ExperimentDetailsDialog(Window owner, String currentName, String currentNotes) {
        if (owner != null) initOwner(owner);
        setTitle("Experiment details");
        setHeaderText("The name and notes appear in the report and the exported files.");
        name.setId("experiment-name");
        name.setText(currentName);
        name.setPrefColumnCount(40);
        notes.setId("experiment-notes");
        notes.setText(currentNotes);
        notes.setWrapText(true);
        notes.setPrefRowCount(8);
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        g.addRow(0, new Label("Name"), name);
        g.addRow(1, new Label("Notes"), notes);
        GridPane.setHgrow(notes, Priority.ALWAYS);
        getDialogPane().setContent(g);
        getDialogPane().getButtonTypes().setAll(new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
    }

    /** Shows the dialog and applies the change to the document as one undoable edit. */
    public static void edit(Window owner, DocumentViewModel document) {
        ExperimentDetailsDialog d = new ExperimentDetailsDialog(owner, document.experiment().name(), document.experiment().notes());
        Optional<ButtonType> b = d.showAndWait();
        if (b.isEmpty() || b.get().getButtonData() != ButtonBar.ButtonData.OK_DONE) return;
        apply(document, d.name.getText(), d.notes.getText());
    }

    /** The edit itself (tested without a window): nothing happens when neither field changed. */
    static void apply(DocumentViewModel document, String name, String notes) {
        String n = name == null || name.isBlank() ? document.experiment().name() : name.strip();
        String t = notes == null ? "" : notes;
        if (n.equals(document.experiment().name()) && t.equals(document.experiment().notes())) return;
        document.apply("Edit experiment details", e -> e.withName(n).withNotes(t));
    }
}
