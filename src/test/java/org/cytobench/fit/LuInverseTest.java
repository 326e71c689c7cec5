package org.cytobench.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.junit.jupiter.api.Test;

/** The transcribed LU inverse gives Commons Math's bits, and calls the same matrices singular. */
class LuInverseTest {
    private static final double THRESHOLD = 1e-13;

    @Test
    void invertsBitForBitAsCommonsMathOnRandomCorrelationMatrices() {
        Random rnd = new Random(14);
        int singular = 0;
        for (int k = 0; k < 20_000; k++) {
            int p = 4 + rnd.nextInt(2);
            double[][] a = correlationForm(randomNormalMatrix(rnd, p, k % 50 == 0));
            LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(a, true), THRESHOLD);
            double[][] ours = LuInverse.invert(copy(a), THRESHOLD);
            if (!lu.getSolver().isNonSingular()) {
                assertNull(ours, "matrix " + k);
                singular++;
                continue;
            }
            double[][] theirs = lu.getSolver().getInverse().getData();
            for (int j = 0; j < p; j++) assertArrayEquals(theirs[j], ours[j], 0.0, "matrix " + k + ", row " + j);
        }
        assertEquals(true, singular > 0, "the set must contain singular matrices too");
    }

    @Test
    void pivotsRowsAsCommonsMath() {
        double[][] a = {{0, 1, 2}, {1, 0, 3}, {4, -3, 8}};
        double[][] theirs = new LUDecomposition(new Array2DRowRealMatrix(a, true)).getSolver().getInverse().getData();
        double[][] ours = LuInverse.invert(copy(a), THRESHOLD);
        for (int j = 0; j < 3; j++) assertArrayEquals(theirs[j], ours[j], 0.0);
        assertArrayEquals(new double[] {-4.5, 7, -1.5}, ours[0], 1e-12);   // by hand: adj(A)/det(A), det = −2
    }

    /** JᵀJ of a random Jacobian; {@code rankDeficient} repeats a column (scaled) so the matrix is singular. */
    private static double[][] randomNormalMatrix(Random rnd, int p, boolean rankDeficient) {
        int n = 8 + rnd.nextInt(20);
        double[][] j = new double[n][p];
        for (double[] row : j) for (int c = 0; c < p; c++) row[c] = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(7) - 3);
        if (rankDeficient) for (double[] row : j) row[p - 1] = 3 * row[0];
        double[][] a = new double[p][p];
        for (double[] row : j) for (int r = 0; r < p; r++) for (int c = 0; c < p; c++) a[r][c] += row[r] * row[c];
        return a;
    }

    private static double[][] correlationForm(double[][] a) {
        int p = a.length;
        double[][] r = new double[p][p];
        for (int j = 0; j < p; j++) for (int k = 0; k < p; k++) r[j][k] = a[j][k] / Math.sqrt(a[j][j] * a[k][k]);
        return r;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }
}
