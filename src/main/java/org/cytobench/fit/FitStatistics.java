package org.cytobench.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an optimum into a {@link FitResult} with the statistics of R's {@code summary.nls}: s² = rss/(n − p),
 * covariance s²·(JᵀWJ)⁻¹ with J the Jacobian in the canonical parameters, SE = sqrt(diag), CI95 = est ± t(0.975, n − p)·SE.
 */
final class FitStatistics {
    /** JᵀWJ is called singular when its correlation form has a pivot below this (scale-free test). */
    private static final double SINGULARITY = 1e-13;

    private FitStatistics() {}

    /**
     * @param columns p×n derivatives of the model in the canonical parameters at the optimum, by columns:
     *                {@code columns[k][i]} = ∂f(xᵢ)/∂pₖ
     * @param fitted  the model's values at the optimum, on the scale of {@code obs.y()}
     */
    static FitResult result(CurveModel model, Weighting weighting, Observations obs, double[] params, double[][] columns,
                            double[] fitted, int iterations, double minStandard, double maxStandard) {
        int n = obs.size(), p = params.length;
        double[] y = obs.y(), w = obs.w();
        double rss = 0, sw = 0, swy = 0;
        double[] residuals = new double[n];
        for (int i = 0; i < n; i++) {
            double r = y[i] - fitted[i];
            residuals[i] = r;
            rss += w[i] * r * r;
            sw += w[i];
            swy += w[i] * y[i];
        }
        double mean = swy / sw, tss = 0;
        for (int i = 0; i < n; i++) tss += w[i] * (y[i] - mean) * (y[i] - mean);

        double[][] inv = inverseNormalMatrix(normalMatrixOfColumns(columns, w));
        if (inv == null) {
            return failure(model, weighting, FitStatus.DEGENERATE,
                    "the standards do not determine all parameters (the information matrix is singular)",
                    n, iterations, obs.warnings(), minStandard, maxStandard);
        }
        int df = n - p;
        double s2 = rss / df;
        double t = StudentT.quantile975(df);
        // unmodifiable lists over doubles, made once here: FitResult keeps them as they are
        double[] est = new double[p], se = new double[p], lo = new double[p], hi = new double[p];
        DoubleList[] cov = new DoubleList[p];
        List<String> notFinite = null;
        for (int j = 0; j < p; j++) {
            double[] row = new double[p];
            for (int k = 0; k < p; k++) row[k] = s2 * inv[j][k];
            cov[j] = DoubleList.own(row);
            double sej = Math.sqrt(s2 * inv[j][j]);
            est[j] = params[j];
            se[j] = sej;
            lo[j] = params[j] - t * sej;
            hi[j] = params[j] + t * sej;
            if (!Double.isFinite(sej)) {
                if (notFinite == null) notFinite = new ArrayList<>();
                notFinite.add(model.parameterNames().get(j));
            }
        }
        List<String> warnings = obs.warnings();
        if (notFinite != null) {
            // a step-like optimum (huge b, a well fitted exactly) can leave (JᵀWJ)⁻¹ with negative diagonal in rounding
            warnings = new ArrayList<>(warnings);
            warnings.add("no standard error or 95% CI for " + String.join(", ", notFinite)
                    + ": the information matrix is too ill-conditioned to invert reliably");
        }
        return new FitResult(model, weighting, FitStatus.CONVERGED, null, DoubleList.own(est), DoubleList.own(se),
                DoubleList.own(lo), DoubleList.own(hi), new DoubleList.Rows(cov), rss, 1 - rss / tss, n, DoubleList.own(residuals),
                iterations, warnings, minStandard, maxStandard);
    }

    /** A fit that produced no usable parameters: {@code reason} says why in plain words. */
    static FitResult failure(CurveModel model, Weighting weighting, FitStatus status, String reason, int n, int iterations,
                             List<String> warnings, double minStandard, double maxStandard) {
        return new FitResult(model, weighting, status, reason, List.of(), List.of(), List.of(), List.of(), List.of(),
                Double.NaN, Double.NaN, n, List.of(), iterations, warnings, minStandard, maxStandard);
    }

    /**
     * The lower triangle of JᵀWJ from the Jacobian's columns: for each entry the sum over wells, in well order, of
     * (wᵢ·Jᵢⱼ)·Jᵢₖ (the terms and order of the row-by-row loop this replaced, so the same bits).
     */
    static double[][] normalMatrixOfColumns(double[][] columns, double[] w) {
        int p = columns.length, n = w.length;
        if (p == 4) {     // the ten sums side by side in locals (each in its own order: the same bits)
            double[] c0 = columns[0], c1 = columns[1], c2 = columns[2], c3 = columns[3];
            double a00 = 0, a10 = 0, a11 = 0, a20 = 0, a21 = 0, a22 = 0, a30 = 0, a31 = 0, a32 = 0, a33 = 0;
            for (int i = 0; i < n; i++) {
                double j0 = c0[i], j1 = c1[i], j2 = c2[i], j3 = c3[i], wi = w[i];
                double w0 = wi * j0, w1 = wi * j1, w2 = wi * j2, w3 = wi * j3;
                a00 += w0 * j0;
                a10 += w1 * j0;
                a11 += w1 * j1;
                a20 += w2 * j0;
                a21 += w2 * j1;
                a22 += w2 * j2;
                a30 += w3 * j0;
                a31 += w3 * j1;
                a32 += w3 * j2;
                a33 += w3 * j3;
            }
            return new double[][] {{a00, 0, 0, 0}, {a10, a11, 0, 0}, {a20, a21, a22, 0}, {a30, a31, a32, a33}};
        }
        double[][] a = new double[p][p];
        double[] wj = new double[n];
        for (int j = 0; j < p; j++) {
            double[] cj = columns[j];
            for (int i = 0; i < n; i++) wj[i] = w[i] * cj[i];
            for (int k = 0; k <= j; k++) {
                double[] ck = columns[k];
                double sum = 0;
                for (int i = 0; i < n; i++) sum += wj[i] * ck[i];
                a[j][k] = sum;
            }
        }
        return a;
    }

    /**
     * (JᵀWJ)⁻¹ from the lower triangle {@code a} of JᵀWJ, or null when singular. Scaled to unit diagonal first so the
     * test does not depend on the units.
     */
    private static double[][] inverseNormalMatrix(double[][] a) {
        int p = a.length;
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            if (!(a[j][j] > 0) || !Double.isFinite(a[j][j])) return null;
            scale[j] = Math.sqrt(a[j][j]);
        }
        double[][] r = new double[p][p];
        for (int j = 0; j < p; j++) {
            for (int k = 0; k <= j; k++) r[j][k] = r[k][j] = a[j][k] / (scale[j] * scale[k]);
        }
        double[][] inv = LuInverse.invert(r, SINGULARITY);   // Commons Math's LU, bit for bit, without its matrix objects
        if (inv == null) return null;
        for (int j = 0; j < p; j++) for (int k = 0; k < p; k++) inv[j][k] /= scale[j] * scale[k];
        return inv;
    }

    /** Lowest non-zero and highest concentration of the standards given to the fit (before any exclusion). */
    static double[] standardRange(double[] conc) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double x : conc) {
            if (x > 0 && x < lo) lo = x;
            if (x > hi) hi = x;
        }
        return new double[] {lo == Double.POSITIVE_INFINITY ? Double.NaN : lo, hi == Double.NEGATIVE_INFINITY ? Double.NaN : hi};
    }
}
