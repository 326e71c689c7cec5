package org.cytobench.analysis.stats;

/**
 * A two-sample comparison of means, treated − control.
 *
 * @param meanDifference mean(treated) − mean(control)
 * @param t              the t statistic
 * @param df             degrees of freedom (Welch–Satterthwaite for Welch's test; may be fractional)
 * @param p              two-sided p-value; NaN when the test is not defined
 * @param ciLow          lower bound of the 95% CI of the difference
 * @param ciHigh         upper bound
 */
public record TTestResult(double meanDifference, double t, double df, double p, double ciLow, double ciHigh) {

    public boolean isDefined() { return !Double.isNaN(p); }
}
