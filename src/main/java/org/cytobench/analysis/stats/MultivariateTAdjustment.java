package org.cytobench.analysis.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Multiplicity adjustment of several contrasts by the multivariate t distribution of their t statistics, as
 * {@code emmeans(…, adjust = "mvt")}: p̃ᵢ = P(max|Tⱼ| ≥ |tᵢ|) with T multivariate t with the contrasts' correlation
 * matrix and dfᵢ degrees of freedom. Like emmeans, each contrast uses its own df, rounded as emmeans does
 * ({@code floor(max(1, df) + 0.25)}), because mvtnorm only takes whole df.
 *
 * <p>The probability is evaluated by the deterministic quadrature of {@link DunnettDistribution}, which needs a
 * one-factor correlation ρᵢⱼ = λᵢλⱼ. Treatment-versus-control contrasts share the control, so for one or two contrasts,
 * and for three with the usual positive correlations, that factorisation is exact (λᵢ² = ρᵢⱼρᵢₖ/ρⱼₖ); it is exact for
 * any number when the design is balanced. Otherwise the nearest one-factor structure is used and
 * {@link #isExact(double[][])} says so.
 */
public final class MultivariateTAdjustment {
    private MultivariateTAdjustment() {}

    private static final double EXACT = 1e-9;

    static List<MixedContrast> contrasts(double[] est, double[] se, double[] df, double[][] corr) {
        int k = est.length;
        double[] lambda = factor(corr);
        List<MixedContrast> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double t = est[i] / se[i];
            if (!Double.isFinite(t) || !(df[i] > 0) || lambda == null) {
                out.add(new MixedContrast(est[i], se[i], df[i], t, Double.NaN, Double.NaN));
                continue;
            }
            double p = DonorTreatmentMixedModel.twoSidedP(t, df[i]);
            double adj = new DunnettDistribution(lambda, emmeansDf(df[i])).pValue(t);
            out.add(new MixedContrast(est[i], se[i], df[i], t, p, adj));
        }
        return out;
    }

    /** emmeans' {@code .fix.df}: the df mvtnorm receives. */
    static double emmeansDf(double df) {
        return Math.floor(Math.max(1, df) + 0.25);
    }

    /** λ with ρᵢⱼ ≈ λᵢλⱼ, each in (0, 1); null when the correlations are not all positive. */
    static double[] factor(double[][] corr) {
        int k = corr.length;
        for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) if (i != j && !(corr[i][j] > 0)) return null;
        double[] l = new double[k];
        if (k == 1) {
            l[0] = Math.sqrt(0.5);     // one contrast: the marginal t, whatever λ
            return l;
        }
        if (k == 2) {
            l[0] = l[1] = Math.sqrt(corr[0][1]);
            return clamp(l);
        }
        // λᵢ² = ρᵢⱼρᵢₖ/ρⱼₖ, averaged over the pairs (j, k) (all equal for a one-factor matrix)
        for (int i = 0; i < k; i++) {
            double sum = 0;
            int m = 0;
            for (int j = 0; j < k; j++) {
                for (int q = j + 1; q < k; q++) {
                    if (j == i || q == i) continue;
                    sum += Math.log(corr[i][j] * corr[i][q] / corr[j][q]);
                    m++;
                }
            }
            l[i] = Math.exp(sum / (2 * m));
        }
        return clamp(l);
    }

    /** Whether the one-factor structure reproduces every correlation (to 1e-9). */
    public static boolean isExact(double[][] corr) {
        double[] l = factor(corr);
        if (l == null) return false;
        for (int i = 0; i < corr.length; i++) {
            for (int j = 0; j < corr.length; j++) {
                if (i != j && Math.abs(corr[i][j] - l[i] * l[j]) > EXACT) return false;
            }
        }
        return true;
    }

    private static double[] clamp(double[] l) {
        for (int i = 0; i < l.length; i++) l[i] = Math.min(1 - 1e-12, Math.max(1e-12, l[i]));
        return l;
    }
}
