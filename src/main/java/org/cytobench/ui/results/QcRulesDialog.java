package org.cytobench.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.cytobench.analysis.QcRules;
import org.cytobench.plate.Numbers;
import org.cytobench.ui.DocumentViewModel;

/**
 * The QC acceptance rules of the experiment (ICH M10 defaults): standard and QC tolerances, replicate CV, how many levels
 * must pass; a Reset to ICH M10 button. Applied as one undoable edit; the analysis re-runs.
 */
public final class QcRulesDialog extends Dialog<ButtonType> {

    private final List<TextField> fields = new ArrayList<>();
    private final Label error = new Label();

    public QcRulesDialog(Window owner, QcRules rules) {
        if (owner != null) initOwner(owner);
        setTitle("QC rules");
        setHeaderText("Acceptance of standard curves and QC controls (ICH M10 defaults). Percentages are ± of nominal.");
        String[] labels = {"Standard within ± %", "… at the LLOQ and ULOQ ± %", "Replicate CV at most %", "… at the LLOQ and ULOQ %",
            "Levels that must pass (% of non-zero)", "… and at least this many levels", "QC control within ± %", "… at the limits ± %"};
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        g.setPadding(new Insets(10));
        for (int i = 0; i < labels.length; i++) {
            TextField f = new TextField();
            f.setId("qc-rule-" + i);
            f.setPrefColumnCount(6);
            fields.add(f);
            Label l = new Label(labels[i]);
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            g.addRow(i, l, f);
        }
        show(rules);
        Button reset = new Button("Reset to ICH M10");
        reset.setId("qc-rules-reset");
        reset.setOnAction(e -> show(QcRules.ICH_M10));
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        g.add(reset, 1, labels.length);
        g.add(error, 0, labels.length + 1, 2, 1);
        getDialogPane().setContent(g);
        getDialogPane().getButtonTypes().setAll(new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        getDialogPane().lookupButton(getDialogPane().getButtonTypes().get(0)).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (parse().isEmpty()) e.consume();
        });
    }

    private void show(QcRules r) {
        double[] v = {r.standardTolerancePct(), r.standardLimitTolerancePct(), r.maxCvPct(), r.maxCvAtLimitsPct(),
            r.minPassingFraction() * 100, r.minPassingLevels(), r.qcTolerancePct(), r.qcLimitTolerancePct()};
        for (int i = 0; i < v.length; i++) fields.get(i).setText(Numbers.compact(v[i]));
    }

    /** The rules as typed, or empty (with the reason shown) when a field is not a valid number. */
    public Optional<QcRules> parse() {
        try {
            double[] v = new double[fields.size()];
            for (int i = 0; i < v.length; i++) v[i] = Double.parseDouble(fields.get(i).getText().strip().replace(',', '.'));
            if (v[5] != Math.rint(v[5])) throw new IllegalArgumentException("the number of levels must be a whole number");
            QcRules r = new QcRules(v[0], v[1], v[4] / 100, (int) v[5], v[2], v[3], v[6], v[7]);
            error.setText("");
            return Optional.of(r);
        } catch (NumberFormatException e) {
            error.setText("Every field needs a number.");
        } catch (IllegalArgumentException e) {
            error.setText(Character.toUpperCase(e.getMessage().charAt(0)) + e.getMessage().substring(1) + ".");
        }
        return Optional.empty();
    }

    /** Shows the dialog and applies the rules to the document. */
    public static void edit(Window owner, DocumentViewModel document) {
        QcRulesDialog d = new QcRulesDialog(owner, document.project().analysisSettings().qcRules());
        Optional<ButtonType> b = d.showAndWait();
        if (b.isEmpty() || b.get().getButtonData() != ButtonBar.ButtonData.OK_DONE) return;
        d.parse().ifPresent(r -> apply(document, r));
    }

    static void apply(DocumentViewModel document, QcRules r) {
        if (r.equals(document.project().analysisSettings().qcRules())) return;
        document.applyProject(r.equals(QcRules.ICH_M10) ? "QC rules: ICH M10" : "Edit QC rules",
                p -> p.withAnalysisSettings(p.analysisSettings().withQcRules(r)));
    }
}
