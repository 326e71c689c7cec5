package org.cytobench.analysis;

import org.cytobench.analysis.stats.DunnettComparison;
import org.cytobench.analysis.stats.MixedContrast;
import org.cytobench.analysis.stats.TTestResult;
import org.cytobench.plate.TreatmentGroup;

/**
 * One thymalfasin dose against its vehicle control. Differences are on the analysis scale (log10 when the settings ask
 * for the log scale; then {@link #foldChange()} and its CI are the ratios).
 *
 * @param control     the vehicle control of the same stimulus
 * @param treated     the dosed group
 * @param dunnett     Dunnett's many-to-one test, two-sided, on the design's model: the block ANOVA's residual variance
 *                    and df (t − 1)(d − 1) when donor-blocked, the one-way ANOVA's otherwise
 * @param welch       Welch's unequal-variance t-test on the observations, unadjusted
 * @param welchHolmP  Welch's p, Holm-adjusted over the doses of this family; NaN when undefined
 * @param paired      donor-blocked: the paired t-test (dose vs vehicle within donor); else null
 * @param pairedHolmP the paired p, Holm-adjusted over the family; NaN when not done
 * @param mixed       donor-blocked: the mixed model's contrast; else null
 * @param logScale    whether the differences are of log10 values
 */
public record DoseComparison(TreatmentGroup control, TreatmentGroup treated, DunnettComparison dunnett, TTestResult welch,
                             double welchHolmP, TTestResult paired, double pairedHolmP, MixedContrast mixed, boolean logScale) {

    /** Prism's significance summary of Dunnett's p: "ns", "*" (&lt; 0.05), "**" (&lt; 0.01), "***" (&lt; 0.001), "****" (&lt; 0.0001). */
    public String stars() {
        return Significance.stars(dunnett.p());
    }

    /** Log scale: the ratio of geometric means 10^(difference); null on the linear scale. */
    public Double foldChange() {
        return logScale && Double.isFinite(dunnett.meanDifference()) ? Math.pow(10, dunnett.meanDifference()) : null;
    }

    /** Log scale: the simultaneous 95% CI of the ratio (Dunnett's interval, back-transformed); null on the linear scale. */
    public Double foldChangeCiLow() {
        return logScale && Double.isFinite(dunnett.ciLow()) ? Math.pow(10, dunnett.ciLow()) : null;
    }

    public Double foldChangeCiHigh() {
        return logScale && Double.isFinite(dunnett.ciHigh()) ? Math.pow(10, dunnett.ciHigh()) : null;
    }
}
