package org.cytobench.ui.multiplex;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.cytobench.ui.results.AnalysisSettingsViewModel;

/**
 * The bead-count minimum of the experiment (multiplex bead arrays): how many beads a well's analyte region must have
 * counted, and whether wells under it are only flagged or also left out of the analysis. One undoable edit per change.
 */
public final class BeadCountControl extends HBox {

    private final Spinner<Integer> minimum = new Spinner<>();
    private final RadioButton flag = new RadioButton("flag");
    private final RadioButton exclude = new RadioButton("flag and exclude");

    public BeadCountControl(AnalysisSettingsViewModel settings) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        SpinnerValueFactory.IntegerSpinnerValueFactory f = new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100_000,
                settings.beadMinimumProperty().get(), 5);
        minimum.setValueFactory(f);
        minimum.setEditable(true);
        minimum.setPrefWidth(85);
        minimum.setId("bead-minimum");
        // a typed number counts once the field is left or Enter is pressed (Spinner commits only on the arrows otherwise)
        minimum.getEditor().setOnAction(e -> commit());
        minimum.focusedProperty().addListener((o, a, b) -> { if (!b) commit(); });
        f.valueProperty().addListener((o, a, b) -> { if (b != null && b != settings.beadMinimumProperty().get()) settings.beadMinimumProperty().set(b); });
        settings.beadMinimumProperty().addListener((o, a, b) -> { if (!b.equals(f.getValue())) f.setValue(b.intValue()); });
        ToggleGroup g = new ToggleGroup();
        flag.setToggleGroup(g);
        exclude.setToggleGroup(g);
        flag.setId("bead-flag");
        exclude.setId("bead-exclude");
        (settings.excludeLowBeadsProperty().get() ? exclude : flag).setSelected(true);
        exclude.selectedProperty().addListener((o, a, b) -> { if (b != settings.excludeLowBeadsProperty().get()) settings.excludeLowBeadsProperty().set(b); });
        settings.excludeLowBeadsProperty().addListener((o, a, b) -> (b ? exclude : flag).setSelected(true));
        Label title = new Label("Beads per well at least");
        title.setMinWidth(Label.USE_PREF_SIZE);
        Label hint = new Label("(default 50; Milliplex kits: 35)");
        hint.getStyleClass().add("hint");
        hint.setMinWidth(0);
        Tooltip.install(this, new Tooltip("Wells whose analyte region counted fewer beads give an unreliable median: they are outlined"
                + " in red on the heat map and listed in the plate's warnings; with \"flag and exclude\" they are also left out of the"
                + " fit, QC and results, for every analyte of the experiment."));
        getChildren().addAll(title, minimum, flag, exclude, hint);
    }

    private void commit() {
        try {
            int v = Integer.parseInt(minimum.getEditor().getText().strip());
            if (v >= 0) minimum.getValueFactory().setValue(v);
        } catch (NumberFormatException e) {
            // not a number: the field goes back to the value in force
        }
        minimum.getEditor().setText(String.valueOf(minimum.getValue()));
    }

    public Spinner<Integer> minimum() { return minimum; }
}
