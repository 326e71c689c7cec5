package org.cytobench.ui.navigator;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cytobench.ui.NavItem;

/**
 * The navigator: a search field over the list of screens, each assay run with its QC badge and the runs of one multiplex
 * plate under their plate's header. Typing never changes the screen shown; clicking an item does.
 */
public final class NavigatorView extends VBox {

    private final NavigatorViewModel model;
    private final TextField search = new TextField();
    private final ListView<NavItem> list = new ListView<>();
    private boolean filtering;

    public NavigatorView(NavigatorViewModel model, ObjectProperty<NavItem> selected) {
        super(6);
        this.model = model;
        search.setId("navigator-search");
        search.setPromptText("Search analytes (e.g. tnf, ifng)");
        search.textProperty().bindBidirectional(model.searchProperty());
        list.setId("navigation");
        list.setItems(model.visible());
        list.setCellFactory(v -> new Cell());
        list.getSelectionModel().select(selected.get());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> { if (b != null && !filtering) selected.set(b); });
        selected.addListener((o, a, b) -> list.getSelectionModel().select(b));
        // the filtered list changes under the selection: keep the screen's item selected (or nothing, when it is hidden)
        model.searchProperty().addListener((o, a, b) -> {
            filtering = true;
            try {
                list.getSelectionModel().clearSelection();
                if (model.visible().contains(selected.get())) list.getSelectionModel().select(selected.get());
            } finally {
                filtering = false;
            }
        });
        Label shown = new Label();
        shown.setId("navigator-shown");
        shown.getStyleClass().add("hint");
        shown.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.searchProperty().get().isBlank() ? ""
                : (model.visible().stream().filter(i -> i.kind() == NavItem.Kind.ASSAY).count()) + " assay runs match", model.visible(),
                model.searchProperty()));
        shown.managedProperty().bind(shown.textProperty().isNotEmpty());
        getChildren().addAll(search, shown, list);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    public TextField search() { return search; }
    public ListView<NavItem> list() { return list; }

    /** One item: its name and QC badge, and above the first run of a plate group the plate with its pass/fail counts. */
    private final class Cell extends ListCell<NavItem> {
        Cell() {
            setPrefWidth(0); // as wide as the list, never wider: no horizontal scroll bar, long names end in "…"
        }

        @Override protected void updateItem(NavItem item, boolean empty) {
            super.updateItem(item, empty);
            setTooltip(null);
            if (empty || item == null) { setText(null); setGraphic(null); return; }
            NavigatorViewModel.Entry e = model.entry(item);
            // the text stays the item's name (for lookups and accessibility); what is drawn is the graphic
            setText(e.name());
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            Label name = new Label(e.name());
            name.setMinWidth(0);
            HBox row = new HBox(6, name);
            row.setAlignment(Pos.CENTER_LEFT);
            if (e.status() != null) {
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                Label badge = badge(e.status());
                row.getChildren().addAll(spacer, badge);
                if (!e.reason().isEmpty()) setTooltip(new Tooltip(e.reason()));
            }
            if (e.group() != null) row.setPadding(new javafx.geometry.Insets(0, 0, 0, 10));
            if (model.startsGroup(item)) {
                Label header = new Label(e.group());
                header.getStyleClass().add("navigator-group");
                header.setMinWidth(0);
                NavigatorViewModel.GroupCounts n = model.counts(e.group());
                Label counts = new Label(n.compact());
                counts.setTooltip(new Tooltip(e.group() + ": " + n.summary()));
                counts.getStyleClass().add("hint");
                counts.setMinWidth(0);
                setGraphic(new VBox(1, header, counts, row));
            } else {
                setGraphic(row);
            }
        }
    }

    static Label badge(NavigatorViewModel.Status s) {
        Label b = new Label(switch (s) {
            case PASS -> "✓ pass";
            case FAIL -> "✗ fail";
            case PENDING -> "…";
            case NO_DATA -> "no data";
        });
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.getStyleClass().addAll("qc-badge", "qc-badge-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return b;
    }
}
