package org.cytobench.analysis.stats;

/**
 * One treated group minus the control in a linear mixed model, as {@code emmeans(fit, trt.vs.ctrl ~ group,
 * lmer.df = "satterthwaite", adjust = "mvt")} reports it.
 *
 * @param estimate  the fixed-effect difference (REML/GLS estimate)
 * @param se        its standard error from the REML variance components
 * @param df        Satterthwaite degrees of freedom (fractional)
 * @param t         estimate / se
 * @param p         two-sided p-value, unadjusted
 * @param pAdjusted two-sided p-value adjusted over the family by the multivariate t with the contrasts' correlations
 */
public record MixedContrast(double estimate, double se, double df, double t, double p, double pAdjusted) {

    public static final MixedContrast UNDEFINED = new MixedContrast(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public boolean isDefined() { return !Double.isNaN(pAdjusted); }
}
