package org.cytobench.analysis.stats;

/**
 * A randomized-complete-block ANOVA table (two-way, treatment + block, no interaction), as R's
 * {@code summary(aov(y ~ treatment + donor))} prints it for complete data.
 *
 * @param f            F = MS_treatment / MS_residual
 * @param dfTreatment  t − 1
 * @param dfBlock      d − 1
 * @param dfResidual   (t − 1)(d − 1)
 * @param ssTreatment  treatment sum of squares
 * @param ssBlock      block (donor) sum of squares
 * @param ssResidual   residual sum of squares
 * @param p            upper-tail probability of F(dfTreatment, dfResidual); NaN when the test is not defined
 */
public record BlockAnovaResult(double f, int dfTreatment, int dfBlock, int dfResidual, double ssTreatment, double ssBlock,
                               double ssResidual, double p) {

    /** The residual mean square: the variance Dunnett's test on this model uses. */
    public double msResidual() { return ssResidual / dfResidual; }

    public boolean isDefined() { return !Double.isNaN(p); }
}
