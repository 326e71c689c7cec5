package org.cytobench.analysis.stats;

import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.NonSymmetricMatrixException;

/**
 * lme4's profiled REML criterion of {@code y ~ group + (1|donor) + (1|donor:group)} at variance ratios θ, on plain arrays
 * made once per data set: log|H| + log|XᵀH⁻¹X| + (n − p)(1 + log(2π r′H⁻¹r / (n − p))) with H = I + θ₁Z₁Z₁ᵀ + θ₂Z₂Z₂ᵀ.
 * The minimiser calls it a few hundred times per fit; nothing is allocated per call.
 *
 * <p>Why per donor: Z₁Z₁ᵀ and Z₂Z₂ᵀ are 1 only between wells of one donor, so H is block-diagonal by donor (after
 * ordering the wells by donor) and its Cholesky factor is too. Each donor's block is factored and solved on its own:
 * O(Σ nᵢ³) instead of O(n³). This is exactly — bit for bit — what the factorisation of the whole n × n matrix in the
 * wells' own order computes: there every entry between two donors is 0 and stays 0 (0 · x and x − 0 are exact), and an
 * entry within a donor receives the same updates in the same order, the donor's earlier wells. Sums over all wells
 * (XᵀH⁻¹X, r′H⁻¹r, the log-determinant) run over the wells in their own order, as Commons Math's matrix products did,
 * so the criterion is the same number the Commons Math version (RealMatrix, CholeskyDecomposition) gave.
 *
 * <p>Positive definiteness follows Commons Math's {@code CholeskyDecomposition(h, 1e-12, 1e-300)}: a pivot ≤ 10⁻³⁰⁰
 * means not positive definite and the criterion is +∞ (the minimiser's differences a little below θ = 0 need it
 * finite while H stays positive definite). H is symmetric by construction (entry (i, j) and (j, i) are the same sum),
 * so its symmetry check cannot fail and is not repeated; XᵀH⁻¹X gets Commons Math's checks (symmetry 10⁻⁹) and throws
 * its exceptions as before.
 */
final class RemlCriterion {
    private static final double POSITIVITY = 1e-300;
    private static final double XHX_SYMMETRY = 1e-9;

    private final int n;
    private final int p;
    private final double[] y;
    private final double[][] xCol;        // X by columns: xCol[c][i]
    private final int[] group;
    private final int[][] wellsOf;        // per donor, its wells in their own order
    private final int[] donorOf;
    private final int[] position;         // a well's position within its donor's block
    private final double[][][] factor;    // per donor, the upper factor Lᵀ of its block of H (only j ≥ i is used)
    private final double[][] hx;          // H⁻¹X by columns
    private final double[] hy;
    private final double[] r;
    private final double[] hr;
    private final double[][] xhx;         // XᵀH⁻¹X, factored in place
    private final double[] xhy;

    RemlCriterion(WellDesign design) {
        n = design.n;
        p = design.p;
        y = design.y;
        group = design.group;
        donorOf = design.donor;
        wellsOf = design.wellsOf;
        position = design.position;
        xCol = design.xColumns();
        factor = new double[wellsOf.length][][];
        for (int d = 0; d < wellsOf.length; d++) factor[d] = new double[wellsOf[d].length][wellsOf[d].length];
        hx = new double[p][n];
        hy = new double[n];
        r = new double[n];
        hr = new double[n];
        xhx = new double[p][p];
        xhy = new double[p];
    }

    /** The criterion at θ = (t1, t2); also a little below 0, where H stays positive definite; +∞ where it does not. */
    double ofRatios(double t1, double t2) {
        for (int d = 0; d < wellsOf.length; d++) {
            fillBlock(d, t1, t2);
            if (factorInPlace(factor[d], wellsOf[d].length) >= 0) return Double.POSITIVE_INFINITY;
        }
        for (int c = 0; c < p; c++) {
            System.arraycopy(xCol[c], 0, hx[c], 0, n);
            solveH(hx[c]);
        }
        System.arraycopy(y, 0, hy, 0, n);
        solveH(hy);
        for (int a = 0; a < p; a++) {
            for (int c = 0; c < p; c++) xhx[a][c] = dot(xCol[a], hx[c]);
            xhy[a] = dot(xCol[a], hy);
        }
        checkSymmetric(xhx);
        int bad = factorInPlace(xhx, p);
        if (bad >= 0) throw new NonPositiveDefiniteMatrixException(xhx[bad][bad], bad, POSITIVITY);
        solveFactored(xhx, p, xhy);                  // β, in place
        for (int i = 0; i < n; i++) {
            double fitted = 0;
            for (int c = 0; c < p; c++) fitted += xCol[c][i] * xhy[c];
            r[i] = y[i] - fitted;
        }
        System.arraycopy(r, 0, hr, 0, n);
        solveH(hr);
        double q = dot(r, hr);
        int nmp = n - p;
        return logDetH() + logDet(xhx, p) + nmp * (1 + Math.log(2 * Math.PI * q / nmp));
    }

    private void fillBlock(int d, double t1, double t2) { fillBlock(factor[d], wellsOf[d], group, t1, t2, false); }

    /**
     * H's block of one donor: (δᵢⱼ + θ₁) + (same group ? θ₂ : 0), the sums Commons Math's I + θ₁ZZ₁ + θ₂ZZ₂ made (1·θ
     * and x + 0 are exact); the upper triangle, or with {@code full} both.
     */
    static void fillBlock(double[][] b, int[] wells, int[] group, double t1, double t2, boolean full) {
        for (int a = 0; a < wells.length; a++) {
            int ga = group[wells[a]];
            b[a][a] = (1 + t1) + t2;
            for (int c = a + 1; c < wells.length; c++) {
                b[a][c] = group[wells[c]] == ga ? t1 + t2 : t1;
                if (full) b[c][a] = b[a][c];
            }
        }
    }

    /**
     * Commons Math's Cholesky (CholeskyDecomposition's loop, the upper factor Lᵀ in place of the upper triangle), same
     * operations in the same order; returns −1, or the index of the first pivot ≤ 10⁻³⁰⁰ (not positive definite),
     * left as it was.
     */
    private static int factorInPlace(double[][] lt, int m) {
        for (int i = 0; i < m; i++) {
            double[] ltI = lt[i];
            if (ltI[i] <= POSITIVITY) return i;
            ltI[i] = Math.sqrt(ltI[i]);
            double inverse = 1.0 / ltI[i];
            for (int q = m - 1; q > i; --q) {
                ltI[q] *= inverse;
                double[] ltQ = lt[q];
                for (int k = q; k < m; ++k) ltQ[k] -= ltI[q] * ltI[k];
            }
        }
        return -1;
    }

    /** b ← H⁻¹b, donor by donor (b indexed by well). */
    private void solveH(double[] b) {
        for (int d = 0; d < wellsOf.length; d++) {
            int[] wells = wellsOf[d];
            double[][] lt = factor[d];
            int m = wells.length;
            for (int j = 0; j < m; j++) {             // L z = b
                double[] ltJ = lt[j];
                double zj = b[wells[j]] / ltJ[j];
                b[wells[j]] = zj;
                for (int i = j + 1; i < m; i++) b[wells[i]] -= zj * ltJ[i];
            }
            for (int j = m - 1; j >= 0; j--) {        // Lᵀ x = z
                double xj = b[wells[j]] / lt[j][j];
                b[wells[j]] = xj;
                for (int i = 0; i < j; i++) b[wells[i]] -= xj * lt[i][j];
            }
        }
    }

    /** b ← A⁻¹b for a factor Lᵀ made by {@link #factorInPlace} (Commons Math's solver loop). */
    private static void solveFactored(double[][] lt, int m, double[] b) {
        for (int j = 0; j < m; j++) {
            double[] ltJ = lt[j];
            b[j] /= ltJ[j];
            for (int i = j + 1; i < m; i++) b[i] -= b[j] * ltJ[i];
        }
        for (int j = m - 1; j >= 0; j--) {
            b[j] /= lt[j][j];
            for (int i = 0; i < j; i++) b[i] -= b[j] * lt[i][j];
        }
    }

    /** Commons Math's symmetry check of CholeskyDecomposition (relative 10⁻⁹), which XᵀH⁻¹X went through. */
    private static void checkSymmetric(double[][] a) {
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                double aij = a[i][j];
                double aji = a[j][i];
                if (Math.abs(aij - aji) > XHX_SYMMETRY * Math.max(Math.abs(aij), Math.abs(aji))) {
                    throw new NonSymmetricMatrixException(i, j, XHX_SYMMETRY);
                }
            }
        }
    }

    /** log|H| = 2 Σ log Lᵢᵢ over the wells in their own order. */
    private double logDetH() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            int k = position[i];
            s += Math.log(factor[donorOf[i]][k][k]);
        }
        return 2 * s;
    }

    private static double logDet(double[][] lt, int m) {
        double s = 0;
        for (int i = 0; i < m; i++) s += Math.log(lt[i][i]);
        return 2 * s;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
