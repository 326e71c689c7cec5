package org.cytobench.flow.assay;

import java.util.ArrayList;
import java.util.List;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.DoseResponse;
import org.cytobench.analysis.DoseResponseAnalyzer;
import org.cytobench.analysis.PlateAnalysis;
import org.cytobench.analysis.QcVerdict;
import org.cytobench.analysis.SampleResult;
import org.cytobench.analysis.ValueStatus;
import org.cytobench.analysis.stats.SampleSummary;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.CurveSettings;
import org.cytobench.plate.FlowAssay.FlowReadout;

/**
 * The adapter between flow read-outs and the existing dose-response analysis: each readout ("% CD69+ of CD4+") becomes an
 * analyte whose per-culture-well values are the samples' statistics, handed to {@link DoseResponseAnalyzer} as one
 * accepted pseudo-plate of samples. Groups, the replicate unit (donor means when there are donors), Dunnett against the
 * vehicle control, Welch + Holm and ANOVA are therefore exactly the cytokines' — the analyzer is not changed for flow.
 */
public final class FlowDoseResponses {
    private FlowDoseResponses() {}

    /** The analyte a readout is reported as: its label, in % (or "events" for counts). */
    public static Analyte analyte(FlowReadout r) {
        return new Analyte(r.label(), r.statistic().equals("count") ? "events" : "%");
    }

    public static List<DoseResponse> of(FlowAssayResult result, CulturePlate culture, AnalysisSettings settings) {
        List<DoseResponse> out = new ArrayList<>();
        List<FlowReadout> readouts = result.assay().readouts();
        for (int i = 0; i < readouts.size(); i++) {
            FlowReadout r = readouts.get(i);
            Analyte a = analyte(r);
            List<SampleResult> samples = new ArrayList<>();
            for (FlowSampleResult s : result.samples()) {
                if (s.cultureWell() == null || culture.treatment(s.cultureWell()) == null) continue;
                ReadoutValue v = valueOf(s, r);
                if (v == null) continue;
                Double value = v.usable() ? v.value() : null;
                SampleSummary summary = value == null ? SampleSummary.of() : SampleSummary.of(value);
                samples.add(new SampleResult(s.file(), List.of(s.cultureWell()), 1, List.of(s.cultureWell()), summary, value, null,
                        null, ValueStatus.OK, value, v.usable() ? List.of() : List.of(v.status()),
                        value == null ? org.cytobench.analysis.EnteredAs.EXCLUDED : org.cytobench.analysis.EnteredAs.MEASURED));
            }
            QcVerdict accepted = new QcVerdict(true, List.of(), List.of(), null, null, 0, 0);
            PlateAnalysis pseudo = new PlateAnalysis(-1 - i, result.assay().name(), a, null, CurveSettings.DEFAULT, null, List.of(),
                    List.of(), List.of(), samples, null, accepted, List.of());
            DoseResponse d = DoseResponseAnalyzer.analyze(a, culture, List.of(pseudo), settings);
            List<String> notes = new ArrayList<>(d.notes());
            notes.add(0, "flow cytometry (" + result.assay().name() + "): " + r.statistic() + " of population " + r.populationId());
            out.add(new DoseResponse(d.analyte(), d.replicateUnit(), d.groups(), d.families(), d.lloq(), notes));
        }
        return out;
    }

    static ReadoutValue valueOf(FlowSampleResult s, FlowReadout r) {
        for (ReadoutValue v : s.values()) if (v.readout().equals(r)) return v;
        return null;
    }
}
