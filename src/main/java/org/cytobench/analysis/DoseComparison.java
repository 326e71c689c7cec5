package org.cytobench.analysis;

import org.cytobench.analysis.stats.DunnettComparison;
import org.cytobench.analysis.stats.TTestResult;
import org.cytobench.plate.TreatmentGroup;

/**
 * One thymalfasin dose against its vehicle control.
 *
 * @param control  the vehicle control of the same stimulus
 * @param treated  the dosed group
 * @param dunnett  Dunnett's many-to-one test (pooled variance of the family's one-way ANOVA), two-sided
 * @param welch    Welch's unequal-variance t-test, unadjusted
 * @param welchHolmP Welch's p, Holm-adjusted over the doses of this family; NaN when undefined
 */
public record DoseComparison(TreatmentGroup control, TreatmentGroup treated, DunnettComparison dunnett, TTestResult welch,
                             double welchHolmP) {

    /** Prism's significance summary of Dunnett's p: "ns", "*" (&lt; 0.05), "**" (&lt; 0.01), "***" (&lt; 0.001), "****" (&lt; 0.0001). */
    public String stars() {
        return Significance.stars(dunnett.p());
    }
}
