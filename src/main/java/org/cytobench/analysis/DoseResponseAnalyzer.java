package org.cytobench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cytobench.analysis.stats.AnovaResult;
import org.cytobench.analysis.stats.DunnettComparison;
import org.cytobench.analysis.stats.DunnettTest;
import org.cytobench.analysis.stats.Holm;
import org.cytobench.analysis.stats.OneWayAnova;
import org.cytobench.analysis.stats.SampleSummary;
import org.cytobench.analysis.stats.TTestResult;
import org.cytobench.analysis.stats.WelchTest;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.TreatmentGroup;

/**
 * Step 6: the dose response of one analyte. Culture-well values are grouped by treatment group; the n is donor means or
 * culture wells (see {@link ReplicateUnit}); each stimulus's doses are compared with its vehicle control by Dunnett's test
 * and by Welch's t-test with Holm's correction, after a one-way ANOVA over that family. See docs/statistics.md.
 */
public final class DoseResponseAnalyzer {
    private DoseResponseAnalyzer() {}

    public static DoseResponse analyze(Analyte analyte, CulturePlate culture, List<PlateAnalysis> plates, AnalysisSettings settings) {
        CultureValues values = new CultureValues(culture);
        List<String> notes = new ArrayList<>();
        for (PlateAnalysis p : plates) {
            if (!p.analyte().equals(analyte)) continue;
            if (p.passed() || settings.includeFailedPlates()) values.add(p);
            else notes.add(p.name() + " failed QC; its samples are left out (" + p.verdict().summary() + ")");
        }
        notes.addAll(values.notes());
        ReplicateUnit unit = resolve(settings.replicateUnit(), culture);
        Map<TreatmentGroup, List<CultureWellValue>> byGroup = new TreeMap<>();
        for (CultureWellValue v : values.values()) {
            byGroup.computeIfAbsent(values.treatment(v.cultureWell()).group(), k -> new ArrayList<>()).add(v);
        }
        Map<TreatmentGroup, List<Observation>> observations = new TreeMap<>();
        byGroup.forEach((g, wells) -> observations.put(g, Observations.of(wells, unit)));
        List<GroupStats> groups = new ArrayList<>();
        byGroup.forEach((g, wells) -> groups.add(groupStats(g, wells, observations, culture)));
        for (GroupStats g : groups) if (g.n() == 0) notes.add(g.label() + " has no usable value");
        return new DoseResponse(analyte, unit, groups, families(observations), values.reportingLloq(), notes);
    }

    /** AUTO becomes DONOR when the culture plate holds at least two donors. */
    static ReplicateUnit resolve(ReplicateUnit unit, CulturePlate culture) {
        if (unit != ReplicateUnit.AUTO) return unit;
        long donors = culture.wells().values().stream().map(Treatment::donor).distinct().count();
        return donors >= 2 ? ReplicateUnit.DONOR : ReplicateUnit.CULTURE_WELL;
    }

    private static GroupStats groupStats(TreatmentGroup g, List<CultureWellValue> wells, Map<TreatmentGroup, List<Observation>> obs,
                                         CulturePlate culture) {
        SampleSummary s = SampleSummary.of(obs.get(g).stream().mapToDouble(Observation::value).toArray());
        TreatmentGroup ref = FoldChangeReference.of(g, obs.keySet(), culture);
        Double fold = null;
        if (ref != null && !obs.get(ref).isEmpty() && s.n() > 0) {
            double refMean = SampleSummary.of(obs.get(ref).stream().mapToDouble(Observation::value).toArray()).mean();
            if (refMean != 0) fold = s.mean() / refMean;
        }
        int below = (int) wells.stream().filter(CultureWellValue::belowLloq).count();
        int above = (int) wells.stream().filter(CultureWellValue::aboveUloq).count();
        return new GroupStats(g, wells, obs.get(g), s, fold, below, above);
    }

    private static List<DoseFamily> families(Map<TreatmentGroup, List<Observation>> obs) {
        List<DoseFamily> out = new ArrayList<>();
        for (TreatmentGroup control : obs.keySet()) {
            if (!control.isVehicleControl()) continue;
            List<TreatmentGroup> doses = obs.keySet().stream()
                    .filter(g -> g.stimulus().equals(control.stimulus()) && g.thymalfasinNgPerMl() > 0).toList();
            if (!doses.isEmpty()) out.add(family(control, doses, obs));
        }
        return out;
    }

    private static DoseFamily family(TreatmentGroup control, List<TreatmentGroup> doses, Map<TreatmentGroup, List<Observation>> obs) {
        double[] c = values(obs.get(control));
        List<double[]> treated = doses.stream().map(d -> values(obs.get(d))).toList();
        List<double[]> all = new ArrayList<>();
        all.add(c);
        all.addAll(treated);
        AnovaResult anova = OneWayAnova.test(all);
        List<DunnettComparison> dunnett = DunnettTest.test(c, treated);
        List<TTestResult> welch = treated.stream().map(t -> WelchTest.test(t, c)).toList();
        double[] holm = Holm.adjust(welch.stream().mapToDouble(TTestResult::p).toArray());
        List<DoseComparison> comparisons = new ArrayList<>();
        for (int i = 0; i < doses.size(); i++) {
            comparisons.add(new DoseComparison(control, doses.get(i), dunnett.get(i), welch.get(i), holm[i]));
        }
        return new DoseFamily(control.stimulus(), control, anova, comparisons);
    }

    private static double[] values(List<Observation> obs) {
        return obs.stream().mapToDouble(Observation::value).toArray();
    }
}
