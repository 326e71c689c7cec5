package org.cytobench.analysis.stats;

/**
 * One treated group against the control in Dunnett's test.
 *
 * @param meanDifference mean(treated) − mean(control)
 * @param standardError  √(MS_within · (1/nᵢ + 1/n₀))
 * @param t              meanDifference / standardError
 * @param df             residual degrees of freedom of the pooled variance, N − k
 * @param p              two-sided multiplicity-adjusted p-value (single-step, as Prism and R's multcomp report)
 * @param ciLow          lower bound of the simultaneous 95% CI of the difference
 * @param ciHigh         upper bound
 */
public record DunnettComparison(double meanDifference, double standardError, double t, int df, double p,
                                double ciLow, double ciHigh) {

    public boolean isDefined() { return !Double.isNaN(p); }
}
