package org.cytobench.fit;

/**
 * The inverse of a small square matrix by LU decomposition with partial pivoting: Commons Math 3.6.1's
 * {@code LUDecomposition} and its solver's {@code getInverse()} (Apache-2.0) transcribed with the same order of every
 * floating-point operation, so it gives the same bits (tested against Commons Math). Written here because for the
 * 4×4/5×5 information matrix of a fit, the matrix objects, copies and the identity matrix Commons Math builds around
 * these few dozen flops cost more than the flops (measured: a sixth of a 4PL fit's time).
 */
final class LuInverse {
    private LuInverse() {}

    /**
     * The inverse of {@code a} (m×m, overwritten with its LU factors), or null when a pivot is below
     * {@code singularityThreshold} in magnitude (Commons Math: a singular matrix).
     */
    static double[][] invert(double[][] a, double singularityThreshold) {
        final int m = a.length;
        final double[][] lu = a;
        final int[] pivot = new int[m];
        for (int row = 0; row < m; row++) pivot[row] = row;
        for (int col = 0; col < m; col++) {
            for (int row = 0; row < col; row++) {           // upper
                final double[] luRow = lu[row];
                double sum = luRow[col];
                for (int i = 0; i < row; i++) sum -= luRow[i] * lu[i][col];
                luRow[col] = sum;
            }
            int max = col;                                   // lower, with the best pivot row
            double largest = Double.NEGATIVE_INFINITY;
            for (int row = col; row < m; row++) {
                final double[] luRow = lu[row];
                double sum = luRow[col];
                for (int i = 0; i < col; i++) sum -= luRow[i] * lu[i][col];
                luRow[col] = sum;
                if (Math.abs(sum) > largest) {
                    largest = Math.abs(sum);
                    max = row;
                }
            }
            if (Math.abs(lu[max][col]) < singularityThreshold) return null;
            if (max != col) {
                final double[] luMax = lu[max], luCol = lu[col];
                for (int i = 0; i < m; i++) {
                    double tmp = luMax[i];
                    luMax[i] = luCol[i];
                    luCol[i] = tmp;
                }
                int temp = pivot[max];
                pivot[max] = pivot[col];
                pivot[col] = temp;
            }
            final double luDiag = lu[col][col];
            for (int row = col + 1; row < m; row++) lu[row][col] /= luDiag;
        }
        // solve LU·X = P·I
        final double[][] bp = new double[m][m];
        for (int row = 0; row < m; row++) bp[row][pivot[row]] = 1;
        for (int col = 0; col < m; col++) {                  // L·Y = P·I
            final double[] bpCol = bp[col];
            for (int i = col + 1; i < m; i++) {
                final double[] bpI = bp[i];
                final double luICol = lu[i][col];
                for (int j = 0; j < m; j++) bpI[j] -= bpCol[j] * luICol;
            }
        }
        for (int col = m - 1; col >= 0; col--) {             // U·X = Y
            final double[] bpCol = bp[col];
            final double luDiag = lu[col][col];
            for (int j = 0; j < m; j++) bpCol[j] /= luDiag;
            for (int i = 0; i < col; i++) {
                final double[] bpI = bp[i];
                final double luICol = lu[i][col];
                for (int j = 0; j < m; j++) bpI[j] -= bpCol[j] * luICol;
            }
        }
        return bp;
    }
}
