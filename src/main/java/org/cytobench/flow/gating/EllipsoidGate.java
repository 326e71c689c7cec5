package org.cytobench.flow.gating;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * Gating-ML EllipsoidGate: events with {@code (x - mean)ᵀ C⁻¹ (x - mean) <= distanceSquare}, C the covariance matrix as
 * given (inverted as is, even if not symmetric, as the compliance set's 3-D ellipsoid requires).
 */
public record EllipsoidGate(String id, String parentId, List<Dimension> dimensions, double[] mean, double[][] covariance,
                            double distanceSquare) implements Gate {
    public EllipsoidGate {
        dimensions = List.copyOf(dimensions);
        int n = dimensions.size();
        if (n < 2) throw new IllegalArgumentException("ellipsoid gate " + id + " needs at least two dimensions");
        if (mean.length != n || covariance.length != n) {
            throw new IllegalArgumentException("ellipsoid gate " + id + ": mean and covariance must match the " + n + " dimensions");
        }
        for (double[] row : covariance) {
            if (row.length != n) throw new IllegalArgumentException("ellipsoid gate " + id + ": the covariance matrix is not " + n + "×" + n);
        }
        if (!(distanceSquare > 0)) throw new IllegalArgumentException("ellipsoid gate " + id + " needs distanceSquare > 0");
        mean = mean.clone();
        double[][] c = new double[n][];
        for (int i = 0; i < n; i++) c[i] = covariance[i].clone();
        covariance = c;
    }

    @Override
    public Gate mapDimensions(java.util.function.UnaryOperator<Dimension> f) {
        return new EllipsoidGate(id, parentId, dimensions.stream().map(f).toList(), mean, covariance, distanceSquare);
    }

    @Override
    public Gate withParent(String p) { return new EllipsoidGate(id, p, dimensions, mean, covariance, distanceSquare); }

    /** C⁻¹, computed once per evaluation. */
    double[][] inverseCovariance() {
        var solver = new LUDecomposition(new Array2DRowRealMatrix(covariance, true)).getSolver();
        if (!solver.isNonSingular()) throw new IllegalArgumentException("ellipsoid gate " + id + ": the covariance matrix is singular");
        return solver.getInverse().getData();
    }

    static boolean contains(double[] point, double[] mean, double[][] inv, double d2) {
        int n = point.length;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double di = point[i] - mean[i];
            if (Double.isNaN(di)) return false;
            double row = 0;
            for (int j = 0; j < n; j++) row += inv[i][j] * (point[j] - mean[j]);
            s += di * row;
        }
        return s <= d2;
    }
}
