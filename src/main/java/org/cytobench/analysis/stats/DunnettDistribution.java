package org.cytobench.analysis.stats;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * The distribution of max|Tᵢ| for Dunnett's many-to-one comparisons: T is multivariate t with ν degrees of freedom and
 * correlations ρᵢⱼ = λᵢλⱼ, λᵢ = √(nᵢ / (nᵢ + n₀)) — the correlation of two treatment-minus-control differences that share
 * the control mean. Balanced or not, this "product" correlation lets the k-dimensional probability be written as a double
 * integral (Dunnett 1955; Hsu 1996, §3.1):
 *
 * <pre>
 *   P(max|Tᵢ| ≤ c) = ∫₀^∞ f_S(s) ∫ φ(z) Πᵢ [ Φ((cs − λᵢz)/τᵢ) − Φ((−cs − λᵢz)/τᵢ) ] dz ds,   τᵢ = √(1 − λᵢ²),
 * </pre>
 *
 * where S = √(χ²_ν/ν). Both integrals are evaluated with composite Gauss–Legendre rules, so the result is deterministic
 * (unlike Genz's randomised lattice rule in R's mvtnorm) and accurate to about 1e-8 absolute, well inside the 1e-4 the
 * tests demand; the inner integrand is even in z, so only z ≥ 0 is integrated.
 */
public final class DunnettDistribution {

    private static final double Z_MAX = 9;          // φ(9) ≈ 1e-18
    private static final int INNER_PANELS = 10;
    private static final int OUTER_PANELS = 12;
    private static final GaussIntegrator RULE = new GaussIntegratorFactory().legendre(10);

    private final double[] lambda;
    private final double[] tau;
    private final double df;
    private final double[] sNodes;
    private final double[] sWeights;   // quadrature weight × density of S
    private final double[] zNodes;
    private final double[] zWeights;   // quadrature weight × 2φ(z)

    /**
     * @param lambda λᵢ = √(nᵢ / (nᵢ + n₀)) for each comparison, each in (0, 1)
     * @param df     residual degrees of freedom ν ≥ 1
     */
    public DunnettDistribution(double[] lambda, double df) {
        if (lambda.length == 0) throw new IllegalArgumentException("Dunnett's distribution needs at least one comparison");
        if (!(df >= 1)) throw new IllegalArgumentException("Dunnett's distribution needs at least 1 degree of freedom");
        this.lambda = lambda.clone();
        this.tau = new double[lambda.length];
        for (int i = 0; i < lambda.length; i++) {
            if (!(lambda[i] > 0 && lambda[i] < 1)) throw new IllegalArgumentException("λ must lie in (0, 1)");
            tau[i] = Math.sqrt(1 - lambda[i] * lambda[i]);
        }
        this.df = df;
        double[][] z = nodes(0, Z_MAX, INNER_PANELS);
        zNodes = z[0];
        zWeights = z[1];
        for (int j = 0; j < zNodes.length; j++) zWeights[j] *= 2 * Math.exp(-0.5 * zNodes[j] * zNodes[j]) / Math.sqrt(2 * Math.PI);
        ChiSquaredDistribution chi2 = new ChiSquaredDistribution(null, df);
        double lo = Math.sqrt(chi2.inverseCumulativeProbability(1e-13) / df);
        double hi = Math.sqrt(chi2.inverseCumulativeProbability(1 - 1e-13) / df);
        double[][] s = nodes(lo, hi, OUTER_PANELS);
        sNodes = s[0];
        sWeights = s[1];
        double logNorm = Math.log(2) + (df / 2) * Math.log(df / 2) - Gamma.logGamma(df / 2);
        for (int j = 0; j < sNodes.length; j++) {
            double x = sNodes[j];
            sWeights[j] *= Math.exp(logNorm + (df - 1) * Math.log(x) - df * x * x / 2);
        }
    }

    /** Builds λ from the group sizes: n₀ for the control, nᵢ for each treated group. */
    public static DunnettDistribution forGroupSizes(int controlN, int[] treatedN, double df) {
        double[] l = new double[treatedN.length];
        for (int i = 0; i < l.length; i++) l[i] = Math.sqrt(treatedN[i] / (double) (treatedN[i] + controlN));
        return new DunnettDistribution(l, df);
    }

    /** P(max|Tᵢ| ≤ c). */
    public double cdf(double c) {
        return 1 - upperTail(c);
    }

    /**
     * P(max|Tᵢ| &gt; c), integrated directly (not as 1 − cdf) so that small p-values keep their relative precision:
     * 1 − Πᵢ(1 − eᵢ) is accumulated as q ← q + eᵢ(1 − q), with eᵢ = P(|Xᵢ| &gt; h | z), a sum of two lower tails.
     */
    public double upperTail(double c) {
        if (!(c > 0)) return 1;
        if (Double.isInfinite(c)) return 0;
        double total = 0;
        for (int a = 0; a < sNodes.length; a++) {
            double h = c * sNodes[a];
            double inner = 0;
            for (int b = 0; b < zNodes.length; b++) {
                double z = zNodes[b];
                double q = 0;
                for (int i = 0; i < lambda.length && q < 1; i++) {
                    double lz = lambda[i] * z;
                    double e = NormalTail.lower((lz - h) / tau[i]) + NormalTail.lower((-h - lz) / tau[i]);
                    q += e * (1 - q);
                }
                inner += zWeights[b] * q;
            }
            total += sWeights[a] * inner;
        }
        return Math.min(1, Math.max(0, total));
    }

    /** The two-sided adjusted p-value for an observed t: P(max|Tᵢ| ≥ |t|). */
    public double pValue(double t) {
        return upperTail(Math.abs(t));
    }

    /** The critical value c with P(max|Tᵢ| ≤ c) = level (e.g. 0.95 for simultaneous 95% confidence intervals). */
    public double quantile(double level) {
        double alpha = 1 - level;
        // Bracket between the unadjusted and the Bonferroni critical values of t(ν): P(max|Tᵢ| > c) is monotone in c
        TDistribution t = new TDistribution(null, df);
        double lo = t.inverseCumulativeProbability(1 - alpha / 2) * (1 - 1e-9);
        double hi = t.inverseCumulativeProbability(1 - alpha / (2 * lambda.length)) * (1 + 1e-9);
        if (lambda.length == 1) return t.inverseCumulativeProbability(1 - alpha / 2);
        return new BrentSolver(1e-9).solve(100, c -> upperTail(c) - alpha, lo, hi);
    }

    public double degreesOfFreedom() { return df; }

    private static double[][] nodes(double from, double to, int panels) {
        int m = RULE.getNumberOfPoints();
        double[] x = new double[panels * m];
        double[] w = new double[panels * m];
        double width = (to - from) / panels;
        for (int p = 0; p < panels; p++) {
            double mid = from + (p + 0.5) * width;
            for (int i = 0; i < m; i++) {
                x[p * m + i] = mid + RULE.getPoint(i) * width / 2;
                w[p * m + i] = RULE.getWeight(i) * width / 2;
            }
        }
        return new double[][] {x, w};
    }
}
