package org.cytobench.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cytobench.analysis.stats.SampleSummary;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.TreatmentGroup;
import org.cytobench.plate.WellPosition;

/**
 * Step 6: the dose response of one analyte. Culture-well values are grouped by treatment group; the design (see
 * {@link ReplicateUnit}) says what the n is and whether donors are blocks; each stimulus's doses are compared with its
 * vehicle control ({@link FamilyAnalyzer}). See docs/statistics.md.
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
        boolean log = settings.logScale();
        Map<TreatmentGroup, List<CultureWellValue>> byGroup = new TreeMap<>();
        for (CultureWellValue v : values.values()) {
            byGroup.computeIfAbsent(values.treatment(v.cultureWell()).group(), k -> new ArrayList<>()).add(v);
            if (log && v.value() != null && !(v.value() > 0)) {
                notes.add("culture well " + v.cultureWell() + " has value " + v.value() + ", which has no logarithm; left out of the log-scale statistics");
            }
        }
        Map<TreatmentGroup, List<TreatmentGroup>> familyDoses = families(byGroup.keySet());
        ReplicateUnit unit = resolve(settings.replicateUnit(), culture, byGroup, familyDoses, log);
        Map<TreatmentGroup, List<Observation>> observations = new TreeMap<>();
        byGroup.forEach((g, wells) -> observations.put(g, Observations.of(wells, unit, log)));
        List<GroupStats> groups = new ArrayList<>();
        byGroup.forEach((g, wells) -> groups.add(groupStats(g, wells, observations, culture, log)));
        for (GroupStats g : groups) if (g.n() == 0) notes.add(g.label() + " has no usable value");
        for (GroupStats g : groups) notes.addAll(g.notes().stream().filter(n -> n.contains("ULOQ")).toList());
        List<DoseFamily> families = new ArrayList<>();
        familyDoses.forEach((control, doses) -> families.add(FamilyAnalyzer.analyze(control, doses, observations, byGroup, unit, log)));
        families.forEach(f -> notes.addAll(f.notes()));
        if (!groups.isEmpty()) notes.addAll(whyNoComparison(byGroup.keySet(), families, culture));
        if (values.added()) {
            List<String> unmeasured = culture.wells().keySet().stream()
                    .filter(w -> values.values().stream().noneMatch(v -> v.cultureWell().equals(w))).map(WellPosition::label).toList();
            if (!unmeasured.isEmpty()) {
                notes.add("culture wells " + String.join(", ", unmeasured) + " have a treatment but no " + analyte.name()
                        + " assay plate measures them");
            }
        }
        return new DoseResponse(analyte, unit, groups, families, values.reportingLloq(), notes);
    }

    /** AUTO becomes DONOR when the culture plate holds at least two donors (culture-plate rule only; see the 5-argument form). */
    static ReplicateUnit resolve(ReplicateUnit unit, CulturePlate culture) {
        if (unit != ReplicateUnit.AUTO) return unit;
        long donors = culture.wells().values().stream().map(Treatment::donor).distinct().count();
        return donors >= 2 ? ReplicateUnit.DONOR : ReplicateUnit.CULTURE_WELL;
    }

    /**
     * AUTO becomes DONOR_BLOCKED when there is a family to test and every group of every family has values from the same
     * ≥ 2 donors; otherwise the culture-plate rule (donor means with ≥ 2 donors, else culture wells).
     */
    static ReplicateUnit resolve(ReplicateUnit unit, CulturePlate culture, Map<TreatmentGroup, List<CultureWellValue>> byGroup,
                                 Map<TreatmentGroup, List<TreatmentGroup>> families, boolean log) {
        if (unit != ReplicateUnit.AUTO) return unit;
        boolean blocked = !families.isEmpty();
        for (var f : families.entrySet()) {
            Set<String> first = donors(byGroup.get(f.getKey()), log);
            blocked &= first.size() >= 2;
            for (TreatmentGroup d : f.getValue()) blocked &= donors(byGroup.get(d), log).equals(first);
        }
        return blocked ? ReplicateUnit.DONOR_BLOCKED : resolve(unit, culture);
    }

    private static Set<String> donors(List<CultureWellValue> wells, boolean log) {
        Set<String> s = new TreeSet<>();
        for (CultureWellValue w : wells) if (Observations.usable(w, log)) s.add(w.donor());
        return s;
    }

    private static GroupStats groupStats(TreatmentGroup g, List<CultureWellValue> wells, Map<TreatmentGroup, List<Observation>> obs,
                                         CulturePlate culture, boolean log) {
        SampleSummary analysis = SampleSummary.of(Observations.analysisValues(obs.get(g), log));
        SampleSummary shown = log ? GroupStats.backTransformed(analysis) : analysis;
        TreatmentGroup ref = FoldChangeReference.of(g, obs.keySet(), culture);
        Double fold = null;
        if (ref != null && !obs.get(ref).isEmpty() && analysis.n() > 0) {
            double refMean = SampleSummary.of(Observations.analysisValues(obs.get(ref), log)).mean();
            if (log) fold = Math.pow(10, analysis.mean() - refMean);
            else if (refMean != 0) fold = analysis.mean() / refMean;
        }
        int below = (int) wells.stream().filter(CultureWellValue::belowLloq).count();
        int above = (int) wells.stream().filter(CultureWellValue::aboveUloq).count();
        int substituted = (int) wells.stream().filter(CultureWellValue::substituted).count();
        int capped = (int) wells.stream().filter(w -> w.value() != null && w.enteredAs() == EnteredAs.ULOQ).count();
        List<String> notes = new ArrayList<>();
        if (capped > 0) {
            notes.add(g.label() + ": " + capped + " of " + wells.size() + " culture wells are above the ULOQ and entered capped at"
                    + " the ULOQ, which shrinks the group's spread and can inflate significance; re-assay them at a higher dilution");
        }
        long withValue = wells.stream().filter(w -> w.value() != null).count();
        if (withValue > 0 && substituted > GroupStats.MOSTLY_SUBSTITUTED * withValue) {
            notes.add(g.label() + ": " + substituted + " of " + withValue + " values are not measurements in range (substituted,"
                    + " interpolated or extrapolated); its statistics say little");
        }
        return new GroupStats(g, wells, obs.get(g), shown, fold, below, above, log ? analysis : null, substituted, notes);
    }

    /** Plain reasons why a stimulated group has nothing to be compared with. */
    private static List<String> whyNoComparison(Set<TreatmentGroup> groups, List<DoseFamily> families, CulturePlate culture) {
        List<String> out = new ArrayList<>();
        for (TreatmentGroup g : groups) {
            if (g.thymalfasinNgPerMl() <= 0) continue;
            boolean tested = families.stream().anyMatch(f -> f.control().stimulus().equals(g.stimulus()));
            if (!tested) out.add(g.label() + " is not tested: there is no vehicle control of " + g.stimulus());
        }
        for (DoseFamily f : families) {
            boolean any = f.comparisons().stream().anyMatch(c -> c.dunnett().isDefined());
            if (!any && f.notes().isEmpty()) {
                out.add(f.stimulus() + ": no dose can be compared with the vehicle control (too few observations: n is "
                        + f.design().nUnit() + ")");
            }
        }
        return out;
    }

    /** Vehicle control → its stimulus's thymalfasin doses, for every control that has at least one dose. */
    private static Map<TreatmentGroup, List<TreatmentGroup>> families(Set<TreatmentGroup> groups) {
        Map<TreatmentGroup, List<TreatmentGroup>> out = new LinkedHashMap<>();
        for (TreatmentGroup control : groups) {
            if (!control.isVehicleControl()) continue;
            List<TreatmentGroup> doses = groups.stream()
                    .filter(g -> g.stimulus().equals(control.stimulus()) && g.thymalfasinNgPerMl() > 0).toList();
            if (!doses.isEmpty()) out.put(control, doses);
        }
        return out;
    }
}
