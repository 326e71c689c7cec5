package org.cytobench.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.cytobench.analysis.stats.AnovaResult;
import org.cytobench.analysis.stats.BlockAnova;
import org.cytobench.analysis.stats.BlockAnovaResult;
import org.cytobench.analysis.stats.DonorTreatmentMixedModel;
import org.cytobench.analysis.stats.DunnettComparison;
import org.cytobench.analysis.stats.DunnettTest;
import org.cytobench.analysis.stats.Holm;
import org.cytobench.analysis.stats.MixedModelResult;
import org.cytobench.analysis.stats.OneWayAnova;
import org.cytobench.analysis.stats.PairedTTest;
import org.cytobench.analysis.stats.TTestResult;
import org.cytobench.analysis.stats.WelchTest;
import org.cytobench.plate.TreatmentGroup;

/**
 * The tests of one family (a stimulus's vehicle control and its thymalfasin doses) under the chosen design. Unpaired
 * designs: one-way ANOVA, Dunnett on its pooled variance, Welch + Holm. Donor-blocked: the same Welch tests, and on the
 * donors present in every group of the family the randomized-block ANOVA, Dunnett on its residual variance, paired t +
 * Holm, plus the mixed model on every culture well of the family. See docs/statistics.md.
 */
final class FamilyAnalyzer {
    private FamilyAnalyzer() {}

    static DoseFamily analyze(TreatmentGroup control, List<TreatmentGroup> doses, Map<TreatmentGroup, List<Observation>> obs,
                              Map<TreatmentGroup, List<CultureWellValue>> wells, ReplicateUnit design, boolean log) {
        double[] c = Observations.analysisValues(obs.get(control), log);
        List<double[]> treated = doses.stream().map(d -> Observations.analysisValues(obs.get(d), log)).toList();
        List<double[]> all = new ArrayList<>();
        all.add(c);
        all.addAll(treated);
        AnovaResult anova = OneWayAnova.test(all);
        List<TTestResult> welch = treated.stream().map(t -> WelchTest.test(t, c)).toList();
        double[] welchHolm = Holm.adjust(welch.stream().mapToDouble(TTestResult::p).toArray());
        List<String> notes = new ArrayList<>();
        List<DunnettComparison> dunnett;
        BlockAnovaResult block = null;
        MixedModelResult mixed = null;
        List<TTestResult> paired = null;
        double[] pairedHolm = null;
        List<String> blocks = List.of();
        if (design == ReplicateUnit.DONOR_BLOCKED) {
            List<TreatmentGroup> family = new ArrayList<>();
            family.add(control);
            family.addAll(doses);
            blocks = completeDonors(family, obs, control.stimulus(), notes);
            if (blocks.size() >= 2) {
                double[][] y = donorMatrix(family, obs, blocks, log);
                block = BlockAnova.test(y);
                List<double[]> rows = Arrays.asList(y).subList(1, y.length);
                dunnett = DunnettTest.blocked(y[0], rows, block);
                paired = rows.stream().map(r -> PairedTTest.test(r, y[0])).toList();
                pairedHolm = Holm.adjust(paired.stream().mapToDouble(TTestResult::p).toArray());
            } else {
                notes.add(control.stimulus() + ": fewer than 2 donors have values in every group, so the donor-blocked tests are not defined");
                dunnett = doses.stream().map(d -> undefinedDunnett()).toList();
            }
            mixed = mixedModel(family, wells, log, control.stimulus(), notes);
        } else {
            dunnett = DunnettTest.test(c, treated);
        }
        List<DoseComparison> comparisons = new ArrayList<>();
        for (int i = 0; i < doses.size(); i++) {
            comparisons.add(new DoseComparison(control, doses.get(i), dunnett.get(i), welch.get(i), welchHolm[i],
                    paired == null ? null : paired.get(i), pairedHolm == null ? Double.NaN : pairedHolm[i],
                    mixed == null ? null : mixed.contrasts().get(i), log));
        }
        return new DoseFamily(control.stimulus(), control, anova, comparisons, design, block, mixed, blocks, notes);
    }

    /** The donors with an observation in every group; the others are named in a note. */
    private static List<String> completeDonors(List<TreatmentGroup> family, Map<TreatmentGroup, List<Observation>> obs,
                                               String stimulus, List<String> notes) {
        TreeSet<String> any = new TreeSet<>();
        TreeSet<String> every = null;
        for (TreatmentGroup g : family) {
            TreeSet<String> here = obs.get(g).stream().map(Observation::donor).collect(Collectors.toCollection(TreeSet::new));
            any.addAll(here);
            if (every == null) every = here;
            else every.retainAll(here);
        }
        TreeSet<String> missing = new TreeSet<>(any);
        missing.removeAll(every);
        if (!missing.isEmpty()) {
            notes.add(stimulus + ": donor " + String.join(", ", missing) + " lacks a value in some group and is left out of the"
                    + " block ANOVA and paired tests (the mixed model keeps every well)");
        }
        return List.copyOf(every);
    }

    private static double[][] donorMatrix(List<TreatmentGroup> family, Map<TreatmentGroup, List<Observation>> obs,
                                          List<String> donors, boolean log) {
        double[][] y = new double[family.size()][donors.size()];
        for (int i = 0; i < family.size(); i++) {
            for (Observation o : obs.get(family.get(i))) {
                int j = donors.indexOf(o.donor());
                if (j >= 0) y[i][j] = log ? Math.log10(o.value()) : o.value();
            }
        }
        return y;
    }

    /** y ~ group + (1|donor) + (1|donor:group) on the family's culture wells; null with a note when it cannot be fitted. */
    private static MixedModelResult mixedModel(List<TreatmentGroup> family, Map<TreatmentGroup, List<CultureWellValue>> wells,
                                               boolean log, String stimulus, List<String> notes) {
        List<Double> y = new ArrayList<>();
        List<Integer> g = new ArrayList<>();
        List<String> d = new ArrayList<>();
        for (int i = 0; i < family.size(); i++) {
            boolean any = false;
            for (CultureWellValue w : wells.getOrDefault(family.get(i), List.of())) {
                if (!Observations.usable(w, log)) continue;
                y.add(log ? Math.log10(w.value()) : w.value());
                g.add(i);
                d.add(w.donor());
                any = true;
            }
            if (!any) {
                notes.add(stimulus + ": the mixed model is not fitted because " + family.get(i).label() + " has no value");
                return null;
            }
        }
        try {
            MixedModelResult m = DonorTreatmentMixedModel.fit(y.stream().mapToDouble(Double::doubleValue).toArray(),
                    g.stream().mapToInt(Integer::intValue).toArray(), d.toArray(String[]::new));
            if (m.singular()) {
                notes.add(stimulus + ": the mixed model estimates a variance component as 0 (singular fit); its df ignore that component");
            }
            return m;
        } catch (IllegalArgumentException | MathIllegalStateException e) {
            notes.add(stimulus + ": the mixed model could not be fitted (" + e.getMessage() + ")");
            return null;
        }
    }

    private static DunnettComparison undefinedDunnett() {
        return new DunnettComparison(Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN);
    }

}
