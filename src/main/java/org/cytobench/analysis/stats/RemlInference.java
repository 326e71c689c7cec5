package org.cytobench.analysis.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * What the mixed model reports at its REML optimum: variance components, β̂, the contrasts' SEs and Satterthwaite df
 * from the observed REML information of φ = (σ²_donor, σ²_donor:group, σ²) — see {@link DonorTreatmentMixedModel}.
 *
 * <p>On arrays, once per fit. It was the same formulas as Commons Math RealMatrix products; under the CLI's quick
 * compiler those products (P·∂V/∂φ, three n × n × n products, through getEntry) were half of a fit once the criterion
 * was on arrays. Every product here sums in the same order as Commons Math's (the inner index ascending from 0) and only
 * leaves out terms that are exactly 0 (x + 0·y = x for finite y), or multiplications by an exact 1 (the 0/1 entries
 * of Z₁Z₁ᵀ, Z₂Z₂ᵀ and I): so the numbers are bit for bit the old ones, and P·∂V/∂φ costs at most n·Σ nᵢ² instead of n³.
 * H⁻¹ is inverted donor block by donor block with Commons Math's LU: H is block-diagonal by donor, and its LU with
 * partial pivoting only ever pivots within a donor (the other rows of a column are exactly 0), so each block's inverse is
 * what the inverse of the whole matrix holds there, and the rest of H⁻¹ is exactly 0.
 */
final class RemlInference {
    private RemlInference() {}

    private static final double BOUNDARY = 1e-5;   // a relative SD below this is a variance estimated as 0 (lme4: 1e-4 on θ)

    /**
     * @param s1        relative SD of the donor intercept at the optimum
     * @param s2        relative SD of the donor × group intercept
     * @param k         number of treated groups (contrasts with the control)
     * @param criterion the REML criterion at variance ratios (θ₁, θ₂)
     */
    static MixedModelResult result(WellDesign w, double s1, double s2, int k, RemlCriterion criterion) {
        boolean b1 = s1 < BOUNDARY;
        boolean b2 = s2 < BOUNDARY;
        if (b1) s1 = 0;
        if (b2) s2 = 0;
        int[][] sameDonor = new int[w.n][];
        int[][] itself = new int[w.n][];
        for (int i = 0; i < w.n; i++) {
            sameDonor[i] = w.sameDonor(i);
            itself[i] = new int[] {i};
        }
        Gls g = gls(w, inverseOfH(w, s1 * s1, s2 * s2), sameDonor);
        // ∂V/∂φ for the components not on the boundary, as the rows holding each column's 1s: Z₁Z₁ᵀ, Z₂Z₂ᵀ, I
        List<int[][]> dv = new ArrayList<>();
        if (!b1) dv.add(sameDonor);
        if (!b2) dv.add(w.cellmates);
        dv.add(itself);
        double[][] a = inverse(information(g.pm, g.py, dv), 0);   // entries scale as 1/φ²: no absolute pivot threshold
        List<MixedContrast> out = contrasts(k, g, a, dv);
        double s1Sq = s1 * s1;
        double s2Sq = s2 * s2;
        return new MixedModelResult(g.sigma2 * s1Sq, g.sigma2 * s2Sq, g.sigma2, criterion.ofRatios(s1 * s1, s2 * s2), b1 || b2, out);
    }

    /** The generalised least squares at the optimum: β̂, σ̂², C = cov(β̂), V⁻¹X, P = V⁻¹ − V⁻¹XCXᵀV⁻¹ and Py. */
    private record Gls(double[][] beta, double sigma2, double[][] c, double[][] vInvX, double[][] pm, double[][] py) {}

    private static Gls gls(WellDesign w, double[][] hInv, int[][] sameDonor) {
        double[][] xt = w.xColumns();                   // p × n
        double[][] x = transpose(xt);                   // n × p
        double[][] y = column(w.y);
        double[][] xhx = multiply(multiplyBlocks(xt, hInv, sameDonor), x);
        double[][] xhxInv = inverse(xhx, 1e-11);
        double[][] beta = multiply(multiplyBlocks(multiply(xhxInv, xt), hInv, sameDonor), y);
        double[][] r = subtract(y, multiply(x, beta));
        double sigma2 = multiply(multiplyBlocks(transpose(r), hInv, sameDonor), r)[0][0] / (w.n - w.p);
        double[][] vInv = scale(hInv, 1 / sigma2);
        double[][] c = scale(xhxInv, sigma2);
        double[][] vInvX = multiply(vInv, x);
        double[][] pm = subtract(vInv, multiply(multiply(vInvX, c), transpose(vInvX)));
        return new Gls(beta, sigma2, c, vInvX, pm, multiply(vInv, r));
    }

    /** The observed REML information of the variance components: −∂²l_R/∂φᵢ∂φⱼ = −½ tr(P Vᵢ P Vⱼ) + yᵀP Vᵢ P Vⱼ P y. */
    private static double[][] information(double[][] pm, double[][] py, List<int[][]> dv) {
        int m = dv.size();
        double[][] pyT = transpose(py);
        double[][][] pv = new double[m][][];
        for (int i = 0; i < m; i++) pv[i] = multiplyOnes(pm, dv.get(i));
        double[][] info = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double tr = traceOfProduct(pv[i], pv[j]);
                double quad = multiply(multiplyOnes(multiply(multiplyOnes(pyT, dv.get(i)), pm), dv.get(j)), py)[0][0];
                double v = -0.5 * tr + quad;
                info[i][j] = v;
                info[j][i] = v;
            }
        }
        return info;
    }

    /** Each treated group against the control: difference, SE, Satterthwaite df 2 (L′CL)² / (g′Ag), mvt adjustment. */
    private static List<MixedContrast> contrasts(int k, Gls g, double[][] a, List<int[][]> dv) {
        int m = dv.size();
        double[][] wc = multiply(g.vInvX, g.c);
        double[][] wct = transpose(wc);
        double[][][] dc = new double[m][][];     // ∂C/∂φ_q = −C XᵀV⁻¹ V_q V⁻¹X C; its sign cancels in g′Ag
        for (int q = 0; q < m; q++) dc[q] = multiply(multiplyOnes(wct, dv.get(q)), wc);
        double[] est = new double[k];
        double[] se = new double[k];
        double[] df = new double[k];
        for (int i = 0; i < k; i++) {
            int col = i + 1;
            double var = g.c[col][col];
            double[] grad = new double[m];
            for (int q = 0; q < m; q++) grad[q] = dc[q][col][col];
            double gag = 0;
            for (int q = 0; q < m; q++) for (int u = 0; u < m; u++) gag += grad[q] * a[q][u] * grad[u];
            est[i] = g.beta[col][0];
            se[i] = Math.sqrt(var);
            df[i] = 2 * var * var / gag;
        }
        double[][] corr = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) corr[i][j] = g.c[i + 1][j + 1] / (se[i] * se[j]);
        }
        return MultivariateTAdjustment.contrasts(est, se, df, corr);
    }

    /** H⁻¹ (n × n), each donor's block inverted by Commons Math's LU (default singularity threshold, as before). */
    private static double[][] inverseOfH(WellDesign w, double t1, double t2) {
        double[][] out = new double[w.n][w.n];
        for (int[] wells : w.wellsOf) {
            double[][] block = new double[wells.length][wells.length];
            RemlCriterion.fillBlock(block, wells, w.group, t1, t2, true);
            double[][] inv = inverse(block, 1e-11);
            for (int a = 0; a < wells.length; a++) for (int c = 0; c < wells.length; c++) out[wells[a]][wells[c]] = inv[a][c];
        }
        return out;
    }

    private static double[][] inverse(double[][] a, double singularityThreshold) {
        return new LUDecomposition(new Array2DRowRealMatrix(a, false), singularityThreshold).getSolver().getInverse().getData();
    }

    /** A·B, each entry Σᵢ aᵣᵢ bᵢ꜀ from 0 with i ascending (Commons Math's order), terms with aᵣᵢ = 0 left out. */
    private static double[][] multiply(double[][] a, double[][] b) {
        int rows = a.length;
        int inner = b.length;
        int cols = b[0].length;
        double[][] out = new double[rows][cols];
        for (int row = 0; row < rows; row++) {
            double[] aRow = a[row];
            for (int col = 0; col < cols; col++) {
                double sum = 0;
                for (int i = 0; i < inner; i++) if (aRow[i] != 0) sum += aRow[i] * b[i][col];
                out[row][col] = sum;
            }
        }
        return out;
    }

    /** A·B for B zero outside the donor blocks: column c of B is non-zero only in the rows {@code rows[c]}. */
    private static double[][] multiplyBlocks(double[][] a, double[][] b, int[][] rows) {
        double[][] out = new double[a.length][b[0].length];
        for (int row = 0; row < a.length; row++) {
            double[] aRow = a[row];
            for (int col = 0; col < out[row].length; col++) {
                double sum = 0;
                for (int i : rows[col]) sum += aRow[i] * b[i][col];
                out[row][col] = sum;
            }
        }
        return out;
    }

    /** A·B for a 0/1 matrix B whose column c has its 1s in the rows {@code ones[c]}: Σ over those rows of a·1. */
    private static double[][] multiplyOnes(double[][] a, int[][] ones) {
        double[][] out = new double[a.length][ones.length];
        for (int row = 0; row < a.length; row++) {
            double[] aRow = a[row];
            for (int col = 0; col < ones.length; col++) {
                double sum = 0;
                for (int i : ones[col]) sum += aRow[i];
                out[row][col] = sum;
            }
        }
        return out;
    }

    private static double traceOfProduct(double[][] a, double[][] b) {
        double s = 0;
        int n = a.length;
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) s += a[i][j] * b[j][i];
        return s;
    }

    private static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) t[j][i] = a[i][j];
        return t;
    }

    private static double[][] subtract(double[][] a, double[][] b) {
        double[][] out = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) out[i][j] = a[i][j] - b[i][j];
        return out;
    }

    private static double[][] scale(double[][] a, double f) {
        double[][] out = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) out[i][j] = a[i][j] * f;
        return out;
    }

    private static double[][] column(double[] v) {
        double[][] out = new double[v.length][1];
        for (int i = 0; i < v.length; i++) out[i][0] = v[i];
        return out;
    }
}
