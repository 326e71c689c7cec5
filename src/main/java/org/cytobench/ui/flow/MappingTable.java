package org.cytobench.ui.flow;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.util.Callback;
import org.cytobench.plate.WellPosition;

/**
 * The table of files and their culture wells shared by the FCS import dialog and Map samples…: file, events, cytometer,
 * culture well (a combo of the culture plate's wells that also takes a typed label), donor, treatment and what is wrong
 * with the mapping; rows with a problem are highlighted. A refused label is explained in {@code error}.
 */
public final class MappingTable extends TableView<MappedFile> {
    private final List<WellPosition> wells;
    private final BiFunction<MappedFile, String, Optional<String>> setWell;
    private final Label error;

    MappingTable(ObservableList<MappedFile> rows, List<WellPosition> wells, BiFunction<MappedFile, String, Optional<String>> setWell, Label error) {
        super(rows);
        this.wells = wells;
        this.setWell = setWell;
        this.error = error;
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<MappedFile, String> well = new TableColumn<>("Culture well");
        well.setPrefWidth(100);
        well.setSortable(false);
        well.setCellValueFactory(c -> new SimpleStringProperty(""));
        well.setCellFactory(c -> new WellCell());
        getColumns().addAll(List.of(column("File", r -> new SimpleStringProperty(r.name()), 250),
                column("Events ($TOT)", r -> new SimpleStringProperty(r.events() < 0 ? "" : String.format("%,d", r.events())), 105),
                column("Cytometer ($CYT)", r -> new SimpleStringProperty(r.cytometer()), 170), well,
                column("Donor", MappedFile::donorProperty, 60), column("Treatment", MappedFile::treatmentProperty, 170),
                column("Mapping", MappedFile::problemProperty, 260)));
        setRowFactory(t -> new TableRow<>() {
            private final ChangeListener<String> restyle = (o, a, b) -> style(getItem());
            @Override protected void updateItem(MappedFile r, boolean empty) {
                MappedFile old = getItem();
                if (old != null) old.problemProperty().removeListener(restyle);
                super.updateItem(r, empty);
                if (r != null && !empty) r.problemProperty().addListener(restyle);
                style(empty ? null : r);
            }
            private void style(MappedFile r) {
                // highlighted: the rows a scientist must look at before the numbers mean anything
                setStyle(r == null || r.problem().isEmpty() ? "" : "-fx-background-color: #fde2e2;");
            }
        });
    }

    private static TableColumn<MappedFile, String> column(String title, Callback<MappedFile, ObservableValue<String>> value, double width) {
        TableColumn<MappedFile, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> value.call(d.getValue()));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** The culture well of a row: a combo of the culture plate's wells, editable, so a label can also be typed. */
    private final class WellCell extends TableCell<MappedFile, String> {
        private final ComboBox<String> combo = new ComboBox<>();
        private boolean updating;

        WellCell() {
            combo.setEditable(true);
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.getItems().add(FlowImportDialog.UNMAPPED);
            for (WellPosition w : wells) combo.getItems().add(w.label());
            combo.valueProperty().addListener((o, a, b) -> { if (!updating) commit(b); });
            // a typed label lands on Enter (not the dialog's default button) or when the combo loses focus; the combo, not
            // its editor, owns the focus, so the filter sits on the combo
            combo.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                    commit(combo.getEditor().getText());
                    e.consume();
                }
            });
            combo.focusedProperty().addListener((o, was, is) -> { if (was && !is && !updating) commitTyped(); });
        }

        private void commit(String text) {
            MappedFile r = getTableRow() == null ? null : getTableRow().getItem();
            if (r == null) return;
            Optional<String> refused = setWell.apply(r, text);
            error.setText(refused.map(m -> r.name() + ": " + m).orElse(""));
            show(r);
        }

        private void commitTyped() {
            MappedFile r = getTableRow() == null ? null : getTableRow().getItem();
            String shown = r == null || r.well() == null ? FlowImportDialog.UNMAPPED : r.well().label();
            if (r != null && !combo.getEditor().getText().strip().equalsIgnoreCase(shown)) commit(combo.getEditor().getText());
        }

        private void show(MappedFile r) {
            updating = true;
            String label = r.well() == null ? FlowImportDialog.UNMAPPED : r.well().label();
            combo.setValue(label);
            combo.getEditor().setText(label);
            updating = false;
        }

        @Override protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            MappedFile r = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (r == null) {
                setGraphic(null);
                return;
            }
            combo.setId("flow-well-" + getIndex());
            show(r);
            setGraphic(combo);
        }
    }
}
