package org.cytobench.fit;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer.Optimum;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DiagonalMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * The least-squares engine the logistic fit used before {@link LevenbergMarquardt}: Commons Math's optimiser on a
 * {@code LeastSquaresBuilder} problem, exactly as it was set up. Kept, package-private, as the reference the array
 * engine is tested against (EngineAgreementTest); production fits do not use it.
 */
final class CommonsMathLeastSquares {
    private CommonsMathLeastSquares() {}

    /** Where the optimiser stopped: the point, Σ wᵢ rᵢ² there, and the iterations it took. */
    record Optimum4(double[] point, double rss, int iterations) {}

    /** The optimum from {@code start}, or null when Commons Math gave up (any {@link MathIllegalStateException}). */
    static Optimum4 minimize(LevenbergMarquardt.Model model, double[] y, double[] w, double[] start, int maxIterations) {
        MultivariateJacobianFunction f = point -> {
            double[] th = point.toArray();
            double[] v = new double[y.length];
            double[][] j = new double[y.length][th.length];
            model.evaluate(th, v, j);
            return new Pair<RealVector, RealMatrix>(new ArrayRealVector(v, false), new Array2DRowRealMatrix(j, false));
        };
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(start).model(f).target(y).weight(new DiagonalMatrix(w))
                .parameterValidator(v -> {
                    double[] th = v.toArray();
                    model.project(th);
                    return new ArrayRealVector(th, false);
                })
                .maxIterations(maxIterations).maxEvaluations(4 * maxIterations)
                .build();
        Optimum o;
        try {
            o = new LevenbergMarquardtOptimizer()
                    .withCostRelativeTolerance(1e-12).withParameterRelativeTolerance(1e-12).optimize(problem);
        } catch (MathIllegalStateException e) {
            return null;
        }
        double cost = o.getCost();
        return new Optimum4(o.getPoint().toArray(), cost * cost, o.getIterations());
    }
}
