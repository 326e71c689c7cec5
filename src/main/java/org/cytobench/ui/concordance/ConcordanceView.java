package org.cytobench.ui.concordance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cytobench.multiplex.AnalyteConcordance;
import org.cytobench.multiplex.WellConcordance;
import org.cytobench.plate.Numbers;
import org.cytobench.report.SpreadsheetText;
import org.cytobench.ui.Copyable;

/**
 * One multiplex analyte beside the vendor's software: both curves (the vendor's model and equation, Cytobench's model and
 * parameters), the summary, and per well both concentrations with their relative difference; wells that one side calls in
 * range and the other not are highlighted. Copy (the button, or Ctrl+C) copies the selected rows, or all.
 */
public final class ConcordanceView extends BorderPane implements Copyable {

    private final ConcordanceViewModel model;
    private final Label vendorModel = value("concordance-vendor-model");
    private final Label vendorEquation = value("concordance-vendor-equation");
    private final Label cytobenchModel = value("concordance-cytobench-model");
    private final Label cytobenchParameters = value("concordance-cytobench-parameters");
    private final Label summary = new Label();
    private final Label refit = new Label();
    private final TableView<WellConcordance> table = new TableView<>();
    /** Per column, the text copied: numbers as they are, text neutralised against formula injection. */
    private final List<Function<WellConcordance, String>> copied = new ArrayList<>();
    private final List<String> copiedHeaders = new ArrayList<>();

    public ConcordanceView(ConcordanceViewModel model) {
        this.model = model;
        getStyleClass().add("concordance-view");
        GridPane models = new GridPane();
        models.setHgap(12);
        models.setVgap(4);
        models.addRow(0, new Label(""), heading("Vendor's software"), heading("Cytobench"));
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints vendor = new javafx.scene.layout.ColumnConstraints();
        vendor.setPercentWidth(50);
        javafx.scene.layout.ColumnConstraints mine = new javafx.scene.layout.ColumnConstraints();
        mine.setPercentWidth(35);
        models.getColumnConstraints().addAll(labels, vendor, mine);
        models.addRow(1, new Label("Model"), vendorModel, cytobenchModel);
        models.addRow(2, new Label("Equation / parameters"), vendorEquation, cytobenchParameters);
        for (javafx.scene.Node n : models.getChildren()) if (n instanceof Label l && !l.getStyleClass().contains("mono")) l.setMinWidth(Label.USE_PREF_SIZE);
        summary.setId("concordance-summary");
        summary.getStyleClass().add("section-title");
        summary.setWrapText(true);
        refit.setId("concordance-refit");
        refit.getStyleClass().add("hint");
        refit.setWrapText(true);
        table.setId("concordance-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setItems(model.wells());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        text("Well", w -> w.well().label(), 50);
        text("Role", WellConcordance::role, 70);
        text("Sample", WellConcordance::sample, 105);
        column("Signal", "Signal", w -> w.signal() == null ? "—" : Numbers.compact(w.signal()),
                w -> w.signal() == null ? "" : Numbers.compact(w.signal()), 75);
        number("Vendor conc.", WellConcordance::vendor, 95);
        text("Vendor flag", WellConcordance::vendorFlag, 80);
        number("Cytobench conc.", WellConcordance::cytobench, 105);
        text("Cytobench status", WellConcordance::cytobenchStatus, 125);
        column("Difference", "Difference %", w -> ConcordanceViewModel.percent(w.relativeDifference()),
                w -> w.relativeDifference() == null ? "" : Numbers.significant(100 * w.relativeDifference(), 3), 80);
        text("Status differs", w -> w.statusDiffers() ? "yes" : "", 90);
        table.setRowFactory(t -> new TableRow<>() {
            @Override protected void updateItem(WellConcordance w, boolean empty) {
                super.updateItem(w, empty);
                getStyleClass().remove("status-differs");
                if (!empty && w != null && w.statusDiffers()) getStyleClass().add("status-differs");
            }
        });
        Label placeholder = new Label();
        placeholder.getStyleClass().add("hint");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.computingProperty())
                .then("Comparing with the vendor's results (re-reading the export, re-fitting under the vendor's model)…")
                .otherwise("This run has no vendor results to compare: the export carried no Result, Obs Conc or Calc. Concentration."));
        table.setPlaceholder(placeholder);
        Button copy = new Button("Copy");
        copy.setId("concordance-copy");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(copyText());
            Clipboard.getSystemClipboard().setContent(c);
        });
        Label hint = new Label("Relative difference = (Cytobench − vendor) / vendor; highlighted rows are in range for one side only.");
        hint.getStyleClass().add("hint");
        hint.setMinWidth(0);
        HBox tools = new HBox(10, copy, hint);
        tools.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(8, models, summary, refit, tools);
        top.setPadding(new Insets(12, 12, 8, 12));
        setTop(top);
        setCenter(table);
        BorderPane.setMargin(table, new Insets(0, 12, 12, 12));
        VBox.setVgrow(table, Priority.ALWAYS);
        model.currentProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public TableView<WellConcordance> table() { return table; }

    private void refresh() {
        AnalyteConcordance c = model.current();
        vendorModel.setText(c == null ? "" : dash(c.vendorModel()));
        vendorEquation.setText(c == null ? "" : dash(c.vendorEquation()));
        cytobenchModel.setText(c == null ? "" : dash(c.cytobenchModel()));
        cytobenchParameters.setText(c == null ? "" : dash(c.cytobenchParameters()));
        summary.setText(c == null ? "" : c.analyte() + " (" + c.plate() + "): " + ConcordanceViewModel.summary(c));
        refit.setText(c == null ? "" : ConcordanceViewModel.refitSummary(c));
    }

    /** Header and the selected rows (all when none is selected), as the table shows them, tab-separated. */
    @Override
    public String copyText() {
        List<WellConcordance> rows = new ArrayList<>(table.getSelectionModel().getSelectedItems());
        if (rows.isEmpty()) rows = new ArrayList<>(table.getItems());
        if (rows.isEmpty()) return "";
        StringBuilder s = new StringBuilder();
        s.append(String.join("\t", copiedHeaders)).append('\n');
        for (WellConcordance w : rows) {
            for (int i = 0; i < copied.size(); i++) s.append(i == 0 ? "" : "\t").append(copied.get(i).apply(w));
            s.append('\n');
        }
        return s.toString();
    }

    private void text(String title, Function<WellConcordance, String> cell, double width) {
        column(title, title, cell, w -> SpreadsheetText.tsvCell(cell.apply(w)), width);
    }

    /** Shown and copied to 5 significant digits (what is pasted is what was read, as the results tables copy). */
    private void number(String title, Function<WellConcordance, Double> cell, double width) {
        column(title, title, w -> cell.apply(w) == null ? "—" : Numbers.significant(cell.apply(w), 5),
                w -> cell.apply(w) == null ? "" : Numbers.significant(cell.apply(w), 5), width);
    }

    private void column(String title, String copiedTitle, Function<WellConcordance, String> shown, Function<WellConcordance, String> copy,
                        double width) {
        TableColumn<WellConcordance, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(shown.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        copied.add(copy);
        copiedHeaders.add(copiedTitle);
        table.getColumns().add(c);
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("mono");
        l.setWrapText(true);
        l.setMinWidth(0);
        return l;
    }
}
