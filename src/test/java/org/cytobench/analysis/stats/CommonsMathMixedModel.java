package org.cytobench.analysis.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The mixed model as it was before its REML criterion moved onto arrays ({@link RemlCriterion}): the criterion built
 * from Commons Math RealMatrix objects (I + θ₁ZZ₁ + θ₂ZZ₂, CholeskyDecomposition, solve, products). Kept here, unchanged
 * but for the class name and the two entry points, as the reference the array version must reproduce and as the
 * "before" of the timing in {@code bench.MixedModelCostRun}.
 */
public final class CommonsMathMixedModel {
    private CommonsMathMixedModel() {}

    /** The old criterion at variance ratios (t1, t2) for these data, built from RealMatrix objects as before. */
    static double criterionOfRatios(double[] y, int[] group, String[] donor, double t1, double t2) {
        return problem(y, group, donor).criterionOfRatios(t1, t2);
    }

    private static final double BOUNDARY = 1e-5;   // a relative SD below this is a variance estimated as 0 (lme4: 1e-4 on θ)

    /**
     * @param y     culture-well values
     * @param group per value: 0 for the control, 1..k for the treated groups
     * @param donor per value: the donor (any labels)
     * @return the fit and one contrast per treated group
     * @throws IllegalArgumentException when a group has no value or there are fewer than 2 donors or too few values
     */
    public static MixedModelResult fit(double[] y, int[] group, String[] donor) {
        int t = 0;
        for (int g : group) t = Math.max(t, g + 1);
        Problem pr = problem(y, group, donor);
        double[] s = minimise(pr);
        return pr.result(s[0], s[1], t - 1);
    }

    private static Problem problem(double[] y, int[] group, String[] donor) {
        int n = y.length;
        int t = 0;
        for (int g : group) t = Math.max(t, g + 1);
        int[] perGroup = new int[t];
        for (int g : group) perGroup[g]++;
        for (int g = 0; g < t; g++) if (perGroup[g] == 0) throw new IllegalArgumentException("group " + g + " has no value");
        Map<String, Integer> donors = new LinkedHashMap<>();
        Map<String, Integer> cells = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            donors.putIfAbsent(donor[i], donors.size());
            cells.putIfAbsent(donor[i] + "\u0000" + group[i], cells.size());
        }
        if (t < 2 || donors.size() < 2) throw new IllegalArgumentException("the mixed model needs 2 groups and 2 donors");
        if (n <= t + 2) throw new IllegalArgumentException("the mixed model needs more values than parameters");
        RealMatrix x = new Array2DRowRealMatrix(n, t);
        RealMatrix zz1 = new Array2DRowRealMatrix(n, n);
        RealMatrix zz2 = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            x.setEntry(i, 0, 1);
            if (group[i] > 0) x.setEntry(i, group[i], 1);
            for (int j = 0; j < n; j++) {
                if (donor[i].equals(donor[j])) {
                    zz1.setEntry(i, j, 1);
                    if (group[i] == group[j]) zz2.setEntry(i, j, 1);
                }
            }
        }
        return new Problem(MatrixUtils.createColumnRealMatrix(y), x, zz1, zz2);
    }

    private static double[] minimise(Problem pr) {
        double best = Double.POSITIVE_INFINITY;
        double[] arg = null;
        // over the variance ratios θ = s² ∈ [0, 10⁶] (s ≤ 10³ as lme4 allows), from two starts (lme4 starts at s = 1);
        // the REML surface of this model is smooth, the second start guards a flat valley
        for (double[] start : new double[][] {{1, 1}, {0.09, 0.09}}) {
            ProjectedNewton.Minimum m = new ProjectedNewton(t -> pr.criterionOfRatios(t[0], t[1]), 1e6, 200).minimise(start);
            if (m.value() < best) {
                best = m.value();
                arg = m.point();
            }
        }
        return new double[] {Math.sqrt(arg[0]), Math.sqrt(arg[1])};
    }

    /** The REML problem for one data set; matrices are small (one family's culture wells). */
    private static final class Problem {
        final RealMatrix y;
        final RealMatrix x;
        final RealMatrix zz1;
        final RealMatrix zz2;
        final int n;
        final int p;

        Problem(RealMatrix y, RealMatrix x, RealMatrix zz1, RealMatrix zz2) {
            this.y = y;
            this.x = x;
            this.zz1 = zz1;
            this.zz2 = zz2;
            this.n = x.getRowDimension();
            this.p = x.getColumnDimension();
        }

        RealMatrix h(double s1, double s2) { return hOfRatios(s1 * s1, s2 * s2); }

        RealMatrix hOfRatios(double t1, double t2) {
            return MatrixUtils.createRealIdentityMatrix(n).add(zz1.scalarMultiply(t1)).add(zz2.scalarMultiply(t2));
        }

        /** lme4's REML criterion: log|H| + log|XᵀH⁻¹X| + (n − p)(1 + log(2π r′H⁻¹r / (n − p))). */
        double criterion(double s1, double s2) { return criterionOfRatios(s1 * s1, s2 * s2); }

        /**
         * The criterion at variance ratios θ = s²; also a little below 0 (the minimiser's differences at a bound), where
         * H stays positive definite; +∞ where it does not.
         */
        double criterionOfRatios(double t1, double t2) {
            CholeskyDecomposition ch;
            try {
                ch = new CholeskyDecomposition(hOfRatios(t1, t2), 1e-12, 1e-300);
            } catch (org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException notPositive) {
                return Double.POSITIVE_INFINITY;
            }
            RealMatrix hx = ch.getSolver().solve(x);
            RealMatrix hy = ch.getSolver().solve(y);
            RealMatrix xhx = x.transpose().multiply(hx);
            CholeskyDecomposition cx = new CholeskyDecomposition(xhx, 1e-9, 1e-300);
            RealMatrix beta = cx.getSolver().solve(x.transpose().multiply(hy));
            RealMatrix r = y.subtract(x.multiply(beta));
            double q = r.transpose().multiply(ch.getSolver().solve(r)).getEntry(0, 0);
            int nmp = n - p;
            return logDet(ch) + logDet(cx) + nmp * (1 + Math.log(2 * Math.PI * q / nmp));
        }

        MixedModelResult result(double s1, double s2, int k) {
            boolean b1 = s1 < BOUNDARY;
            boolean b2 = s2 < BOUNDARY;
            if (b1) s1 = 0;
            if (b2) s2 = 0;
            RealMatrix hInv = new LUDecomposition(h(s1, s2)).getSolver().getInverse();
            RealMatrix xhx = x.transpose().multiply(hInv).multiply(x);
            RealMatrix xhxInv = new LUDecomposition(xhx).getSolver().getInverse();
            RealMatrix beta = xhxInv.multiply(x.transpose()).multiply(hInv).multiply(y);
            RealMatrix r = y.subtract(x.multiply(beta));
            double sigma2 = r.transpose().multiply(hInv).multiply(r).getEntry(0, 0) / (n - p);
            RealMatrix vInv = hInv.scalarMultiply(1 / sigma2);
            RealMatrix c = xhxInv.scalarMultiply(sigma2);
            RealMatrix vInvX = vInv.multiply(x);
            RealMatrix pm = vInv.subtract(vInvX.multiply(c).multiply(vInvX.transpose()));
            RealMatrix py = vInv.multiply(r);
            List<RealMatrix> dv = new ArrayList<>();   // ∂V/∂φ for the components not on the boundary
            if (!b1) dv.add(zz1);
            if (!b2) dv.add(zz2);
            dv.add(MatrixUtils.createRealIdentityMatrix(n));
            int m = dv.size();
            RealMatrix info = new Array2DRowRealMatrix(m, m);
            List<RealMatrix> pv = dv.stream().map(pm::multiply).toList();
            for (int i = 0; i < m; i++) {
                for (int j = 0; j <= i; j++) {
                    double tr = traceOfProduct(pv.get(i), pv.get(j));
                    double quad = py.transpose().multiply(dv.get(i)).multiply(pm).multiply(dv.get(j)).multiply(py).getEntry(0, 0);
                    double v = -0.5 * tr + quad;    // −∂²l_R/∂φᵢ∂φⱼ, the observed information
                    info.setEntry(i, j, v);
                    info.setEntry(j, i, v);
                }
            }
            RealMatrix a = new LUDecomposition(info, 0).getSolver().getInverse();   // entries scale as 1/φ²: no absolute pivot threshold
            RealMatrix w = vInvX.multiply(c);
            List<RealMatrix> dc = dv.stream().map(d -> w.transpose().multiply(d).multiply(w)).toList();
            double[] est = new double[k];
            double[] se = new double[k];
            double[] df = new double[k];
            for (int i = 0; i < k; i++) {
                int col = i + 1;
                double var = c.getEntry(col, col);
                double[] g = new double[m];
                for (int q = 0; q < m; q++) g[q] = dc.get(q).getEntry(col, col);
                double gag = 0;
                for (int q = 0; q < m; q++) for (int u = 0; u < m; u++) gag += g[q] * a.getEntry(q, u) * g[u];
                est[i] = beta.getEntry(col, 0);
                se[i] = Math.sqrt(var);
                df[i] = 2 * var * var / gag;
            }
            double[][] corr = new double[k][k];
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) corr[i][j] = c.getEntry(i + 1, j + 1) / (se[i] * se[j]);
            }
            List<MixedContrast> out = MultivariateTAdjustment.contrasts(est, se, df, corr);
            double s1Sq = s1 * s1;
            double s2Sq = s2 * s2;
            return new MixedModelResult(sigma2 * s1Sq, sigma2 * s2Sq, sigma2, criterion(s1, s2), b1 || b2, out);
        }
    }

    private static double traceOfProduct(RealMatrix a, RealMatrix b) {
        double s = 0;
        int n = a.getRowDimension();
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) s += a.getEntry(i, j) * b.getEntry(j, i);
        return s;
    }

    private static double logDet(CholeskyDecomposition ch) {
        RealMatrix l = ch.getL();
        double s = 0;
        for (int i = 0; i < l.getRowDimension(); i++) s += Math.log(l.getEntry(i, i));
        return 2 * s;
    }

}
