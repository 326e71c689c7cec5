package org.cytobench.flow.compensation;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.cytobench.flow.FlowEvents;

/**
 * Compensation: the observed detector values of an event are its true fluorochrome amounts times the spillover matrix
 * ({@code observed = true · S}, rows of S = fluorochromes), so {@code true = observed · S⁻¹}. A square matrix is inverted
 * by LU decomposition; a spectrum matrix with more detectors than fluorochromes (Gating-ML 2.0 allows it) by its
 * Moore–Penrose pseudo-inverse, i.e. least squares, as Gating-ML specifies. Compensation applies to scale values (after
 * $PnE/$PnG), before any transform.
 */
public final class Compensation {
    private final SpilloverMatrix matrix;
    private final double[][] inverse; // detectors × fluorochromes

    public Compensation(SpilloverMatrix matrix) {
        this.matrix = matrix;
        RealMatrix s = new Array2DRowRealMatrix(matrix.values(), true);
        RealMatrix inv;
        if (matrix.isSquare()) {
            LUDecomposition lu = new LUDecomposition(s);
            if (!lu.getSolver().isNonSingular()) {
                throw new IllegalArgumentException("the spillover matrix over " + matrix.detectors() + " is singular and cannot be inverted");
            }
            inv = lu.getSolver().getInverse();
        } else {
            inv = new SingularValueDecomposition(s).getSolver().getInverse();
        }
        this.inverse = inv.getData();
    }

    public SpilloverMatrix matrix() { return matrix; }

    /** The inverse (detectors × fluorochromes), e.g. to show what compensation does. */
    public double[][] inverse() {
        double[][] c = new double[inverse.length][];
        for (int i = 0; i < c.length; i++) c[i] = inverse[i].clone();
        return c;
    }

    /**
     * The compensated values, one column per fluorochrome, from the detector columns of {@code events}.
     *
     * @throws IllegalArgumentException naming a detector the events do not have
     */
    public double[][] fluorochromeColumns(FlowEvents events) {
        int nd = matrix.detectors().size();
        int nf = matrix.fluorochromes().size();
        double[][] det = new double[nd][];
        for (int j = 0; j < nd; j++) det[j] = events.column(matrix.detectors().get(j));
        int n = events.count();
        double[][] out = new double[nf][n];
        double[] row = new double[nd];
        for (int e = 0; e < n; e++) {
            for (int j = 0; j < nd; j++) row[j] = det[j][e];
            for (int f = 0; f < nf; f++) {
                double s = 0;
                for (int j = 0; j < nd; j++) s += row[j] * inverse[j][f];
                out[f][e] = s;
            }
        }
        return out;
    }

    /**
     * Events with each detector of a square matrix replaced by its compensated value (names unchanged): the form a file's
     * own $SPILLOVER is applied in, so gates keep referring to "FITC-A".
     */
    public FlowEvents compensateInPlace(FlowEvents events) {
        if (!matrix.isSquare()) throw new IllegalArgumentException("only a square spillover matrix can replace its detectors");
        double[][] cols = fluorochromeColumns(events);
        int[] idx = new int[cols.length];
        for (int j = 0; j < idx.length; j++) idx[j] = events.indexOf(matrix.detectors().get(j));
        return events.withColumns(idx, cols);
    }

    /** Events plus one compensated column per fluorochrome, named after the fluorochrome (Gating-ML spectrum matrices). */
    public FlowEvents withFluorochromes(FlowEvents events) {
        return events.plus(new ArrayList<>(List.copyOf(matrix.fluorochromes())), fluorochromeColumns(events));
    }
}
