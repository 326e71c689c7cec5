package org.cytobench.analysis.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The linear mixed model of culture-well values {@code y ~ group + (1|donor) + (1|donor:group)}, fitted by REML, with
 * each treated group compared with the control — what R's {@code lme4::lmer} + {@code lmerTest} + {@code emmeans(…,
 * trt.vs.ctrl ~ group, lmer.df = "satterthwaite", adjust = "mvt")} give.
 *
 * <p>Why both random intercepts: culture wells of one donor and treatment share that culture's deviation (the
 * donor × treatment term), so they are replicates, not independent donors. A model with only a donor intercept takes
 * them as independent and gives p-values one to two orders of magnitude too small; it is deliberately not offered.
 *
 * <p>How: V = σ²(I + θ₁ Z₁Z₁ᵀ + θ₂ Z₂Z₂ᵀ); the REML criterion profiled over σ² and β is minimised over the variance
 * ratios θ ≥ 0 by {@link ProjectedNewton} (the relative standard deviations √θ are lme4's parameters). The Satterthwaite df of a contrast L′β is
 * 2 (L′CL)² / (g′Ag) with C = cov(β̂), gᵢ = ∂(L′CL)/∂φᵢ and A the inverse observed REML information of the variance
 * components φ = (σ²_donor, σ²_donor:group, σ²) — lmerTest's formula (it differentiates numerically in another
 * parametrisation; at the optimum the df do not depend on it). Both derivatives are analytic here. The criterion
 * ({@link RemlCriterion}) and the inference at the optimum ({@link RemlInference}) work on plain arrays, donor block by
 * donor block (H is block-diagonal by donor), and give bit for bit what the Commons Math matrix version gave (decision 0015).
 */
public final class DonorTreatmentMixedModel {
    private DonorTreatmentMixedModel() {}

    /**
     * @param y     culture-well values
     * @param group per value: 0 for the control, 1..k for the treated groups
     * @param donor per value: the donor (any labels)
     * @return the fit and one contrast per treated group
     * @throws IllegalArgumentException when a group has no value or there are fewer than 2 donors or too few values
     */
    public static MixedModelResult fit(double[] y, int[] group, String[] donor) {
        int n = y.length;
        int t = 0;
        for (int g : group) t = Math.max(t, g + 1);
        int[] perGroup = new int[t];
        for (int g : group) perGroup[g]++;
        for (int g = 0; g < t; g++) if (perGroup[g] == 0) throw new IllegalArgumentException("group " + g + " has no value");
        Map<String, Integer> donors = new LinkedHashMap<>();
        int[] donorIndex = new int[n];
        for (int i = 0; i < n; i++) {
            Objects.requireNonNull(donor[i], "donor");
            donorIndex[i] = donors.computeIfAbsent(donor[i], d -> donors.size());
        }
        if (t < 2 || donors.size() < 2) throw new IllegalArgumentException("the mixed model needs 2 groups and 2 donors");
        if (n <= t + 2) throw new IllegalArgumentException("the mixed model needs more values than parameters");
        WellDesign design = new WellDesign(y, group, donorIndex, donors.size(), t);
        RemlCriterion criterion = new RemlCriterion(design);
        double[] s = minimise(criterion);
        return RemlInference.result(design, s[0], s[1], t - 1, criterion);
    }

    private static double[] minimise(RemlCriterion criterion) {
        double best = Double.POSITIVE_INFINITY;
        double[] arg = null;
        // over the variance ratios θ = s² ∈ [0, 10⁶] (s ≤ 10³ as lme4 allows), from two starts (lme4 starts at s = 1);
        // the REML surface of this model is smooth, the second start guards a flat valley
        for (double[] start : new double[][] {{1, 1}, {0.09, 0.09}}) {
            ProjectedNewton.Minimum m = new ProjectedNewton(t -> criterion.ofRatios(t[0], t[1]), 1e6, 200).minimise(start);
            if (m.value() < best) {
                best = m.value();
                arg = m.point();
            }
        }
        return new double[] {Math.sqrt(arg[0]), Math.sqrt(arg[1])};
    }

    static double twoSidedP(double t, double df) {
        return 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
    }
}
