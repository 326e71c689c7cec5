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

    /**
     * Chooses the curve model: for every plate of the analyte, or for this plate only when it has its own settings
     * ({@link #setPlateOnly}).
     */
    public void setModel(CurveModel m) {
        run().ifPresent(r -> {
            String a = r.layout().analyte().name();
            CurveSettings next = new CurveSettings(m, settings().weighting());
            if (r.curveOverride() != null) {
                int i = index;
                document.apply("Use " + m.id().toUpperCase() + " for " + r.layout().name() + " only",
                        e -> e.withAssay(i, e.assays().get(i).withCurveOverride(next)));
            } else {
                document.apply("Use " + m.id().toUpperCase() + " for " + a, e -> e.withCurveSettings(a, next));
            }
        });
    }

    public void setWeighting(Weighting w) {
        run().ifPresent(r -> {
            String a = r.layout().analyte().name();
            CurveSettings next = new CurveSettings(settings().model(), w);
            if (r.curveOverride() != null) {
                int i = index;
                document.apply("Weight " + r.layout().name() + " only by " + w.id(),
                        e -> e.withAssay(i, e.assays().get(i).withCurveOverride(next)));
            } else {
                document.apply("Weight " + a + " by " + w.id(), e -> e.withCurveSettings(a, next));
            }
        });
    }

    /** Whether this plate has its own model and weighting instead of its analyte's. */
    public boolean isPlateOnly() { return run().map(r -> r.curveOverride() != null).orElse(false); }

    /** Gives this plate its own settings (starting from the analyte's), or returns it to the analyte's. */
    public void setPlateOnly(boolean own) {
        run().ifPresent(r -> {
            if (own == (r.curveOverride() != null)) return;
            int i = index;
            CurveSettings analyteSettings = document.experiment().curveSettingsFor(r.layout().analyte());
            document.apply(own ? "Own curve settings for " + r.layout().name() : "Analyte's curve settings for " + r.layout().name(),
                    e -> e.withAssay(i, e.assays().get(i).withCurveOverride(own ? analyteSettings : null)));
        });
    }

    /** Says where the model and weighting apply: "All 3 IL-6 plates", or "This plate only (other IL-6 plates: 4PL, …)". */
    public String scopeText() {
        return run().map(r -> {
            String a = r.layout().analyte().name();
            long plates = document.experiment().assays().stream().filter(x -> x.layout().analyte().name().equals(a)).count();
            if (r.curveOverride() != null) {
                CurveSettings s = document.experiment().curveSettingsFor(r.layout().analyte());
                return "This plate only (the analyte's setting: " + s.model().id().toUpperCase() + ", " + s.weighting().describe() + ")";
            }
            return plates == 1 ? "Applies to the " + a + " plate" : "Applies to all " + plates + " " + a + " plates";
        }).orElse("");
    }

    /**
     * What to try when the fit was rejected or failed QC, each a one-click change: another weighting, the other
     * logistic model, and masking the top standard level (a hook or saturation at the top is the usual cause).
     */
    public List<Suggestion> suggestions() {
        PlateAnalysis p = plate.get();
        if (p == null || run().map(r -> r.readings() == null).orElse(true)) return List.of();
        boolean rejected = !p.fit().isConverged() || !p.passed();
        if (!rejected) return List.of();
        List<Suggestion> list = new ArrayList<>();
        CurveSettings s = settings();
        for (Weighting w : new Weighting[] {Weighting.INV_Y2, Weighting.INV_Y, Weighting.NONE}) {
            if (w != s.weighting()) list.add(new Suggestion("Try " + w.describe(), () -> setWeighting(w)));
        }
        if (s.model() == CurveModel.FOUR_PL) list.add(new Suggestion("Try 5PL", () -> setModel(CurveModel.FIVE_PL)));
        else if (s.model() == CurveModel.FIVE_PL) list.add(new Suggestion("Try 4PL", () -> setModel(CurveModel.FOUR_PL)));
        topStandardWells(p).ifPresent(wells -> list.add(new Suggestion("Mask the top standard (" + wells.size() + " wells)", () -> {
            int i = index;
            document.apply("Mask the top standard", e -> {
                AssayRun r = e.assays().get(i);
                for (WellPosition w : wells) r = r.withMask(new MaskedWell(w, "top standard masked to try the fit without it"));
                return e.withAssay(i, r);
            });
        })));
        return list;
    }

    /** A one-click change offered for a rejected curve. */
    public record Suggestion(String label, Runnable apply) {}

    private static Optional<List<WellPosition>> topStandardWells(PlateAnalysis p) {
        double top = p.wells().stream().filter(w -> w.role() == WellRole.STANDARD && !w.isMasked())
                .mapToDouble(w -> w.layout().nominalConcentration()).max().orElse(Double.NaN);
        if (Double.isNaN(top)) return Optional.empty();
        List<WellPosition> wells = p.wells().stream().filter(w -> w.role() == WellRole.STANDARD && !w.isMasked()
                && w.layout().nominalConcentration() == top).map(WellResult::well).toList();
        return wells.isEmpty() ? Optional.empty() : Optional.of(wells);
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
        // a multiplex signal is named by its read ("IL10 Net MFI"), not an optical density
        String response = (run.isMultiplex() ? "" : "OD ") + run.primaryRead() + (run.referenceRead() == null ? "" : " − " + run.referenceRead())
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
