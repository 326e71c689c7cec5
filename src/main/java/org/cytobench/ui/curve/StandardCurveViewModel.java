package org.cytobench.ui.curve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.PlateAnalysis;
import org.cytobench.analysis.WellResult;
import org.cytobench.chart.CurveChartData;
import org.cytobench.fit.CurveModel;
import org.cytobench.fit.Weighting;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.CurveSettings;
import org.cytobench.plate.MaskedWell;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;
import org.cytobench.ui.AnalysisViewModel;
import org.cytobench.ui.DocumentViewModel;

/**
 * The standard curve of one assay plate: the plate's analysis (fit, back-calculated standards, QC verdict) as the
 * core computed it, the model and weighting pickers, and masking — each an undoable edit that triggers re-analysis.
 */
public final class StandardCurveViewModel {

    private final DocumentViewModel document;
    private final AnalysisViewModel analysis;
    private final ReadOnlyObjectWrapper<PlateAnalysis> plate = new ReadOnlyObjectWrapper<>(this, "plate");
    private int index = -1;

    public StandardCurveViewModel(DocumentViewModel document, AnalysisViewModel analysis) {
        this.document = document;
        this.analysis = analysis;
        analysis.analysisProperty().addListener((o, a, b) -> update());
    }

    public void selectPlate(int i) {
        index = i;
        update();
    }

    /** The analysis of the shown plate, or null while there is none (no readings yet, or still computing). */
    public ReadOnlyObjectProperty<PlateAnalysis> plateProperty() { return plate.getReadOnlyProperty(); }
    public PlateAnalysis plate() { return plate.get(); }

    public Optional<AssayRun> run() {
        List<AssayRun> runs = document.experiment().assays();
        return index >= 0 && index < runs.size() ? Optional.of(runs.get(index)) : Optional.empty();
    }

    public CurveSettings settings() {
        return run().map(r -> document.experiment().curveSettingsFor(r)).orElse(CurveSettings.DEFAULT);
    }

    /** Chooses the curve model for this plate's analyte (all plates of the analyte share it). */
    public void setModel(CurveModel m) {
        run().ifPresent(r -> {
            String a = r.layout().analyte().name();
            document.apply("Use " + m.id().toUpperCase() + " for " + a, e -> e.withCurveSettings(a, new CurveSettings(m, e.curveSettingsFor(r.layout().analyte()).weighting())));
        });
    }

    public void setWeighting(Weighting w) {
        run().ifPresent(r -> {
            String a = r.layout().analyte().name();
            document.apply("Weight " + a + " by " + w.id(), e -> e.withCurveSettings(a, new CurveSettings(e.curveSettingsFor(r.layout().analyte()).model(), w)));
        });
    }

    /** Masks a well with the scientist's reason; re-analysis follows. */
    public boolean mask(WellPosition w, String reason) {
        if (reason == null || reason.isBlank() || run().isEmpty()) return false;
        int i = index;
        document.apply("Mask " + w + " (" + reason.strip() + ")", e -> e.withAssay(i, e.assays().get(i).withMask(new MaskedWell(w, reason))));
        return true;
    }

    public void unmask(WellPosition w) {
        int i = index;
        if (run().isEmpty() || !run().get().isMasked(w)) return;
        document.apply("Unmask " + w, e -> e.withAssay(i, e.assays().get(i).withoutMask(w)));
    }

    public boolean isMasked(WellPosition w) { return run().map(r -> r.isMasked(w)).orElse(false); }

    /** What the standard-curve chart draws, made from the core's plate analysis. */
    public Optional<CurveChartData> chartData() {
        PlateAnalysis p = plate.get();
        if (p == null || p.fit() == null) return Optional.empty();
        AssayRun run = run().orElseThrow();
        List<CurveChartData.Point> standards = new ArrayList<>();
        List<CurveChartData.Point> samples = new ArrayList<>();
        for (WellResult w : p.wells()) {
            if (w.value() == null) continue;
            if (w.role() == WellRole.STANDARD || w.role() == WellRole.ZERO_STANDARD) {
                standards.add(new CurveChartData.Point(w.well().label(), w.layout().nominalConcentration(), w.value(), w.isMasked()));
            } else if (w.role() == WellRole.SAMPLE && !w.isMasked()) {
                Double c = w.concentration() == null ? null : w.concentration() / w.layout().dilutionFactor();
                samples.add(new CurveChartData.Point(w.well().label(), c, w.value(), false));
            }
        }
        String response = "OD " + run.primaryRead() + (run.referenceRead() == null ? "" : " − " + run.referenceRead())
                + (p.blank() == null ? "" : " (blank-subtracted)");
        String title = p.name().equals(p.analyte().name()) ? p.name() : p.name() + " — " + p.analyte().name();
        return Optional.of(new CurveChartData(title, p.analyte().unit(), response, p.fit(),
                standards, samples, p.lloq(), p.uloq(), null));
    }

    /** The standard well at a chart point: the nearest standard with this response (and concentration when given). */
    public Optional<WellPosition> standardAt(Double concentration, double response) {
        PlateAnalysis p = plate.get();
        if (p == null) return Optional.empty();
        return p.wells().stream()
                .filter(w -> (w.role() == WellRole.STANDARD || w.role() == WellRole.ZERO_STANDARD) && w.value() != null)
                .filter(w -> concentration == null || Math.abs(w.layout().nominalConcentration() - concentration) <= 1e-9 * Math.max(1, concentration))
                .min(java.util.Comparator.comparingDouble(w -> Math.abs(w.value() - response)))
                .map(WellResult::well);
    }

    private void update() {
        ExperimentAnalysis a = analysis.analysis();
        PlateAnalysis p = null;
        if (a != null) p = a.plates().stream().filter(x -> x.index() == index).findFirst().orElse(null);
        plate.set(p);
    }
}
