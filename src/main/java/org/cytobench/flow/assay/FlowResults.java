package org.cytobench.flow.assay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.DoseResponse;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.FlowAssay;
import org.cytobench.plate.Treatment;
import org.cytobench.project.Project;

/**
 * Every flow assay of a project, gated from its embedded FCS files, with one dose response per readout. Recomputed from
 * the files on every analysis, like the plates' fits (the workbench keeps a {@link FlowResultsCache}).
 *
 * @param assays        one result per flow assay, in the experiment's order
 * @param doseResponses one per readout of every assay
 */
public record FlowResults(List<FlowAssayResult> assays, List<DoseResponse> doseResponses) {
    public static final FlowResults NONE = new FlowResults(List.of(), List.of());

    public FlowResults {
        assays = List.copyOf(assays);
        doseResponses = List.copyOf(doseResponses);
    }

    public static FlowResults of(Project project) {
        return of(project, project.analysisSettings());
    }

    public static FlowResults of(Project project, AnalysisSettings settings) {
        return of(project, settings, new FlowResultsCache());
    }

    /** As {@link #of(Project, AnalysisSettings)}, re-gating only the assays {@code cache} has no current result for. */
    public static FlowResults of(Project project, AnalysisSettings settings, FlowResultsCache cache) {
        List<FlowAssay> flow = project.experiment().flowAssays();
        if (flow.isEmpty()) return NONE;
        CulturePlate culture = project.experiment().culture();
        List<FlowAssayResult> results = new ArrayList<>();
        List<DoseResponse> doses = new ArrayList<>();
        for (int i = 0; i < flow.size(); i++) {
            FlowAssayResult r = cache.result(project, i);
            results.add(r);
            doses.addAll(FlowDoseResponses.of(r, culture, settings));
        }
        return new FlowResults(results, doses);
    }

    /** The analysis with the flow readouts' dose responses after the cytokines'. */
    public ExperimentAnalysis addTo(ExperimentAnalysis a) {
        if (doseResponses.isEmpty()) return a;
        List<DoseResponse> all = new ArrayList<>(a.doseResponses());
        all.addAll(doseResponses);
        return new ExperimentAnalysis(a.experiment(), a.settings(), a.plates(), all);
    }

    /**
     * Rows for wells.csv, in its column order (plate, analyte, well, role, group, donor, label, primary read, raw,
     * reference read, reference, corrected, value, concentration, CI low, CI high, dilution, unit, status, marker, mask
     * reason): plate = the flow assay, analyte = the readout label, well = the culture well, label = the FCS file, primary
     * read = the statistic, raw = the population's event count, reference = its parent's.
     */
    public List<List<Object>> wellRows(CulturePlate culture) {
        List<List<Object>> rows = new ArrayList<>();
        for (FlowAssayResult r : assays) {
            for (FlowAssay.FlowReadout readout : r.assay().readouts()) {
                String unit = FlowDoseResponses.analyte(readout).unit();
                for (FlowSampleResult s : r.samples()) {
                    ReadoutValue v = FlowDoseResponses.valueOf(s, readout);
                    Treatment t = s.cultureWell() == null ? null : culture.treatment(s.cultureWell());
                    String well = s.cultureWell() == null ? null : s.cultureWell().label();
                    String group = t == null ? null : t.group().label();
                    String donor = t == null ? null : t.donor();
                    if (v == null) {
                        rows.add(Arrays.asList(r.assay().name(), readout.label(), well, "sample", group, donor, s.file(), readout.statistic(),
                                null, null, null, null, null, null, null, null, null, unit, s.problem() == null ? "not gated" : s.problem(),
                                null, null, null, null, org.cytobench.analysis.EnteredAs.EXCLUDED.label()));
                        continue;
                    }
                    Double value = Double.isNaN(v.value()) ? null : v.value();
                    rows.add(Arrays.asList(r.assay().name(), readout.label(), well, "sample", group, donor, s.file(), readout.statistic(),
                            (double) v.count(), "parent events", (double) v.parentCount(), null, value, value, null, null, 1.0, unit,
                            v.status(), null, null, null, v.usable() ? value : null,
                            (v.usable() && value != null ? org.cytobench.analysis.EnteredAs.MEASURED : org.cytobench.analysis.EnteredAs.EXCLUDED).label()));
                }
            }
        }
        return rows;
    }
}
