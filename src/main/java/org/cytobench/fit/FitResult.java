package org.cytobench.fit;

import java.util.List;

/**
 * The outcome of fitting a standard curve. A fit that failed is still a result: {@code status} says so and {@code reason}
 * says why in plain words; its parameter lists are then empty.
 *
 * @param parameters     in the order of {@link CurveModel#parameterNames()}
 * @param standardErrors sqrt(diag(s²·(JᵀWJ)⁻¹)), s² = rss/(n − p), as R's summary.nls
 * @param ciLow          lower 95% bounds (estimate − t(0.975, n − p)·SE)
 * @param ciHigh         upper 95% bounds
 * @param covariance     s²·(JᵀWJ)⁻¹, p×p, row-major, for the delta method
 * @param rss            the weighted objective Σ wᵢ(yᵢ − f(xᵢ))² at the optimum
 * @param r2             weighted R²: 1 − rss / Σ wᵢ(yᵢ − ȳ_w)²
 * @param n              number of observations used
 * @param residuals      yᵢ − f(xᵢ) (unweighted), one per observation used, in input order
 * @param minStandard    lowest non-zero concentration among the standards (the range used to flag extrapolation)
 * @param maxStandard    highest concentration among the standards
 */
public record FitResult(CurveModel model, Weighting weighting, FitStatus status, String reason,
                        List<Double> parameters, List<Double> standardErrors, List<Double> ciLow, List<Double> ciHigh,
                        List<List<Double>> covariance, double rss, double r2, int n, List<Double> residuals,
                        int iterations, List<String> warnings, double minStandard, double maxStandard) {

    public FitResult {
        parameters = immutable(parameters);
        standardErrors = immutable(standardErrors);
        ciLow = immutable(ciLow);
        ciHigh = immutable(ciHigh);
        covariance = copyRows(covariance);
        residuals = immutable(residuals);
        warnings = List.copyOf(warnings);
    }

    /**
     * An unmodifiable copy of the rows, each copied too (a loop: a stream here cost a tenth of a 4PL fit); the rows the
     * fit made as they are.
     */
    @SuppressWarnings("unchecked")
    private static List<List<Double>> copyRows(List<List<Double>> rows) {
        if (rows instanceof DoubleList.Rows) return rows;
        List<Double>[] copy = new List[rows.size()];
        for (int i = 0; i < copy.length; i++) copy[i] = immutable(rows.get(i));
        return List.of(copy);
    }

    /** The list itself when it is already an unmodifiable list the fit made over doubles, else an unmodifiable copy. */
    private static List<Double> immutable(List<Double> values) {
        return values instanceof DoubleList ? values : List.copyOf(values);
    }

    public boolean isConverged() { return status == FitStatus.CONVERGED; }

    /** The named parameter ("a", "b", "c", "d", "g"). */
    public double parameter(String name) {
        int i = model.parameterNames().indexOf(name);
        if (i < 0 || i >= parameters.size()) throw new IllegalArgumentException("model " + model.id() + " has no fitted parameter " + name);
        return parameters.get(i);
    }
}
