package org.cytobench.analysis.stats;

import org.apache.commons.math3.distribution.FDistribution;

/**
 * The randomized-complete-block ANOVA: every treatment measured once in every block (here: a donor's mean per treatment).
 * Blocks remove the between-donor variation from the error, so treatments are compared within donors.
 */
public final class BlockAnova {
    private BlockAnova() {}

    /**
     * @param y y[treatment][block], complete (no missing cells), at least 2 × 2
     * @return the ANOVA table; p is NaN when every residual is 0 and the treatment means are equal
     */
    public static BlockAnovaResult test(double[][] y) {
        int t = y.length;
        int d = t == 0 ? 0 : y[0].length;
        if (t < 2 || d < 2) throw new IllegalArgumentException("a block ANOVA needs at least 2 treatments and 2 blocks");
        for (double[] row : y) if (row.length != d) throw new IllegalArgumentException("a block ANOVA needs complete blocks");
        double[] all = new double[t * d];
        for (int i = 0; i < t; i++) System.arraycopy(y[i], 0, all, i * d, d);
        double grand = Moments.mean(all);
        double[] rowMean = new double[t];
        double[] colMean = new double[d];
        for (int i = 0; i < t; i++) rowMean[i] = Moments.mean(y[i]);
        for (int j = 0; j < d; j++) {
            double[] col = new double[t];
            for (int i = 0; i < t; i++) col[i] = y[i][j];
            colMean[j] = Moments.mean(col);
        }
        double ssT = 0;
        for (double m : rowMean) ssT += d * (m - grand) * (m - grand);
        double ssB = 0;
        for (double m : colMean) ssB += t * (m - grand) * (m - grand);
        double ssR = 0;   // residuals summed directly, not as SS_total − SS_t − SS_b, so small residuals keep their digits
        for (int i = 0; i < t; i++) {
            for (int j = 0; j < d; j++) {
                double r = y[i][j] - rowMean[i] - colMean[j] + grand;
                ssR += r * r;
            }
        }
        int df1 = t - 1;
        int df2 = (t - 1) * (d - 1);
        double f = (ssT / df1) / (ssR / df2);
        double p;
        if (Double.isNaN(f)) p = Double.NaN;
        else if (Double.isInfinite(f)) p = 0;
        else p = 1 - new FDistribution(null, df1, df2).cumulativeProbability(f);
        return new BlockAnovaResult(f, df1, d - 1, df2, ssT, ssB, ssR, p);
    }
}
