package org.cytobench.analysis.stats;

/**
 * An ordinary one-way ANOVA table, as R's {@code summary(aov(y ~ group))} prints it.
 *
 * @param f                F = MS_between / MS_within
 * @param dfBetween        k − 1
 * @param dfWithin         N − k (residual degrees of freedom)
 * @param ssBetween        between-group sum of squares
 * @param ssWithin         residual sum of squares
 * @param p                upper-tail probability of F(dfBetween, dfWithin); NaN when the test is not defined
 */
public record AnovaResult(double f, int dfBetween, int dfWithin, double ssBetween, double ssWithin, double p) {

    /** Mean square within: the pooled variance used by Dunnett's test. */
    public double msWithin() { return ssWithin / dfWithin; }

    public boolean isDefined() { return !Double.isNaN(p); }
}
