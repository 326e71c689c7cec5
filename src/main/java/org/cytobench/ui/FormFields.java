package org.cytobench.ui;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The small controls every editor panel builds the same way. */
public final class FormFields {
    private FormFields() {}

    /** A text field bound both ways to a view-model property; {@code id} lets tests find it. */
    public static TextField field(String id, StringProperty property, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    /** A section heading in a side panel. */
    public static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }
}
