package org.cytobench.ui.importing;

import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.cytobench.io.multiplex.VendorWellType;
import org.cytobench.plate.Numbers;
import org.cytobench.plate.Read;
import org.cytobench.plate.WellPosition;
import org.cytobench.ui.grid.PlateGridView;
import org.cytobench.ui.grid.WellAppearance;
import org.cytobench.ui.navigator.AnalyteSearch;

/**
 * The import preview of a multiplex plate: the analytes (searchable; ⚠ where wells are under the bead-count minimum),
 * and for the one selected a plate heat map of its signal or of its bead counts (wells under the minimum outlined in
 * red), or the layout the file proposes (B background, S standard, C control, U unknown).
 */
public final class MultiplexPreviewPane extends BorderPane {

    static final String SIGNAL = "Signal";
    static final String BEADS = "Bead count";
    static final String LAYOUT = "Layout from the file";
    /** {@link #show} choices. */
    public static final String SIGNAL_VIEW = SIGNAL, BEADS_VIEW = BEADS, LAYOUT_VIEW = LAYOUT;

    private final ObservableList<String> analytes = FXCollections.observableArrayList();
    private final FilteredList<String> shown = new FilteredList<>(analytes);
    private final ListView<String> list = new ListView<>(shown);
    private final TextField search = new TextField();
    private final PlateGridView grid = new PlateGridView(FXCollections.observableSet());
    private final ToggleGroup view = new ToggleGroup();
    private final RadioButton signal = new RadioButton(SIGNAL);
    private final RadioButton beads = new RadioButton(BEADS);
    private final RadioButton layout = new RadioButton(LAYOUT);
    private final Label scale = new Label();
    private final Label summary = new Label();
    private final Label legend = new Label();
    private MultiplexPreview preview;
    private int minimum = 50;
    private double lo;
    private double hi;

    public MultiplexPreviewPane() {
        setId("multiplex-preview");
        search.setId("multiplex-preview-search");
        search.setPromptText("Search analytes");
        search.textProperty().addListener((o, a, b) -> shown.setPredicate(n -> AnalyteSearch.matches(b, n)));
        list.setId("multiplex-preview-analytes");
        list.setCellFactory(v -> new ListCell<>() {
            @Override protected void updateItem(String a, boolean empty) {
                super.updateItem(a, empty);
                setTooltip(null);
                if (empty || a == null || preview == null) { setText(null); return; }
                int low = preview.lowBeads(a, minimum).size();
                setText(low == 0 ? a : a + "   ⚠ " + low);
                if (low > 0) setTooltip(new javafx.scene.control.Tooltip(low + (low == 1 ? " well" : " wells") + " under " + minimum + " beads"));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> redraw());
        VBox left = new VBox(6, search, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPrefWidth(170);
        left.setMinWidth(150);
        Label listHint = new Label("⚠ n: wells under the bead-count minimum");
        listHint.getStyleClass().add("hint");
        listHint.setWrapText(true);
        listHint.setMinHeight(Label.USE_PREF_SIZE);
        left.getChildren().add(listHint);
        for (RadioButton r : new RadioButton[] {signal, beads, layout}) r.setToggleGroup(view);
        signal.setId("multiplex-preview-signal");
        beads.setId("multiplex-preview-beads");
        layout.setId("multiplex-preview-layout");
        signal.setSelected(true);
        view.selectedToggleProperty().addListener((o, a, b) -> redraw());
        HBox bar = new HBox(12, new Label("Show"), signal, beads, layout);
        bar.setAlignment(Pos.CENTER_LEFT);
        scale.setId("multiplex-preview-scale");
        scale.getStyleClass().add("hint");
        legend.getStyleClass().add("hint");
        legend.setWrapText(true);
        summary.setId("multiplex-preview-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Label.USE_PREF_SIZE);
        VBox centre = new VBox(8, bar, grid, scale, legend, summary);
        VBox.setVgrow(grid, Priority.ALWAYS);
        centre.setPadding(new Insets(0, 0, 0, 10));
        grid.setAppearance(this::appearance);
        setLeft(left);
        setCenter(centre);
    }

    /** Shows a plate; {@code beadMinimum} is the experiment's bead-count minimum. */
    public void setPreview(MultiplexPreview p, int beadMinimum) {
        preview = p;
        minimum = beadMinimum;
        analytes.setAll(p.analytes());
        grid.setFormat(p.plate().format());
        beads.setDisable(p.plate().beadCountRead() == null);
        signal.setText(SIGNAL + " (" + p.plate().signalRead() + ")");
        int low = p.analytesWithLowBeads(beadMinimum);
        summary.setText(p.analytes().size() + " analytes · " + p.plate().wells().size() + " wells · " + p.layoutSummary()
                + (p.plate().beadCountRead() == null ? "" : " · " + (low == 0 ? "no analyte has" : low + (low == 1 ? " analyte has" : " analytes have"))
                + " wells under " + beadMinimum + " beads"));
        list.getSelectionModel().select(0);
        redraw();
    }

    public MultiplexPreview preview() { return preview; }
    public ListView<String> analyteList() { return list; }
    public TextField search() { return search; }

    /** Chooses the heat map: {@link #SIGNAL}, {@link #BEADS} or {@link #LAYOUT}. */
    public void show(String what) {
        (what.equals(BEADS) ? beads : what.equals(LAYOUT) ? layout : signal).setSelected(true);
    }

    /** The wells outlined in the heat map shown (bead counts under the minimum of the selected analyte). */
    public Set<WellPosition> outlined() {
        String a = list.getSelectionModel().getSelectedItem();
        return preview == null || a == null || layout.isSelected() ? Set.of() : preview.lowBeads(a, minimum);
    }

    private Read read() {
        String a = list.getSelectionModel().getSelectedItem();
        if (preview == null || a == null) return null;
        return (beads.isSelected() ? preview.beadCounts(a) : preview.signal(a)).orElse(null);
    }

    private void redraw() {
        Read r = read();
        lo = r == null ? 0 : r.values().values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        hi = r == null ? 1 : r.values().values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        scale.setText(layout.isSelected() || r == null ? "" : "light " + Numbers.significant(lo, 3) + " → dark " + Numbers.significant(hi, 3)
                + " (" + r.name() + (beads.isSelected() ? "" : ", log scale") + ")");
        legend.setText(layout.isSelected() ? "B background · S standard · C control · U unknown — as the file lays the plate out (hover: sample, level, dilution)"
                : "Red outline: fewer than " + minimum + " beads for this analyte (the experiment's minimum). Letters: the file's layout.");
        grid.refresh();
    }

    private WellAppearance appearance(WellPosition w) {
        if (preview == null) return WellAppearance.UNUSED;
        VendorWellType t = preview.type(w);
        String letter = MultiplexPreview.letter(t);
        String a = list.getSelectionModel().getSelectedItem();
        boolean low = a != null && preview.lowBeads(a, minimum).contains(w);
        if (layout.isSelected()) {
            if (t == null) return WellAppearance.UNUSED;
            return new WellAppearance(letter, layoutColour(t), preview.describe(w), false);
        }
        Read r = read();
        if (r == null) return WellAppearance.UNUSED;
        String marker = r.marker(w);
        if (marker != null) return new WellAppearance(letter + " " + marker, Color.web("#bbbbbb"), preview.describe(w) + "\n" + r.name() + ": " + marker, low);
        Double v = r.value(w);
        if (v == null) return t == null ? WellAppearance.UNUSED : new WellAppearance(letter, Color.web("#f4f4f4"), preview.describe(w), low);
        double f = fraction(v);
        Color fill = Color.web("#f7fbff").interpolate(Color.web("#08519c"), f);
        String tip = preview.describe(w) + "\n" + r.name() + " = " + Numbers.significant(v, 5)
                + preview.beadCounts(a).map(c -> c.value(w)).map(n -> "\nbead count " + Math.round(n) + (n < minimum ? " < " + minimum : "")).orElse("");
        // the value's text stays readable on the dark end of the scale
        return new WellAppearance(letter + " " + Numbers.significant(v, 3), fill, tip, low);
    }

    /** Where a value sits on the colour scale: log10 for signals (MFI spans decades), linear for bead counts. */
    private double fraction(double v) {
        if (hi <= lo) return 0;
        if (!beads.isSelected() && lo > 0) return (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
        if (!beads.isSelected()) {
            double shift = 1 - lo;  // values ≤ 0 (net MFI below background) at the light end
            return Math.log10(Math.max(v + shift, 1)) / Math.log10(hi + shift);
        }
        return (v - lo) / (hi - lo);
    }

    private static Color layoutColour(VendorWellType t) {
        return switch (t) {
            case BACKGROUND -> Color.web("#bdbdbd");
            case STANDARD -> Color.web("#9ecae1");
            case CONTROL -> Color.web("#fdae6b");
            case UNKNOWN -> Color.web("#c7e9c0");
        };
    }
}
