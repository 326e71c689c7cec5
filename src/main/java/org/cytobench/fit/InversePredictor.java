package org.cytobench.fit;

import java.util.List;

/**
 * Reads a concentration off a fitted curve, with a 95% confidence interval by the delta method.
 *
 * <p>Convention (see docs/fitting.md): only the uncertainty of the curve's parameters enters, the response is taken as
 * known. For 4PL, 5PL and log-log the interval is built on ln x — SE(ln x̂)² = ∇ᵀ Σ ∇ with ∇ = ∂ ln x̂/∂θ and Σ the
 * parameter covariance — and is x̂·exp(∓ t(0.975, n − p)·SE), so it is never negative and does not depend on the unit.
 * For the linear model it is x̂ ∓ t·SE(x̂) on the linear scale.
 */
final class InversePredictor {
    private InversePredictor() {}

    static InversePrediction inverse(FitResult fit, double y) {
        if (!fit.isConverged() || !Double.isFinite(y)) return InversePrediction.none(y);
        double[] p = fit.parameters().stream().mapToDouble(Double::doubleValue).toArray();
        double[] grad = new double[p.length];
        double x = switch (fit.model()) {
            case FOUR_PL, FIVE_PL -> logistic(p, y, grad);
            case LINEAR -> linear(p, y, grad);
            case LOG_LOG -> logLog(p, y, grad);
        };
        if (!(x >= 0) || Double.isInfinite(x)) return InversePrediction.none(y);
        double var = 0;
        List<List<Double>> cov = fit.covariance();
        for (int j = 0; j < p.length; j++) for (int k = 0; k < p.length; k++) var += grad[j] * cov.get(j).get(k) * grad[k];
        double t = StudentT.quantile975(fit.n() - p.length);
        double half = t * Math.sqrt(var);
        double lo, hi;
        if (fit.model() == CurveModel.LINEAR) { lo = x - half; hi = x + half; }
        else { lo = x * Math.exp(-half); hi = x * Math.exp(half); }
        boolean inside = x >= fit.minStandard() && x <= fit.maxStandard();
        return new InversePrediction(y, x, lo, hi, inside ? PredictionFlag.OK : PredictionFlag.EXTRAPOLATED);
    }

    /**
     * x = c·(r^(1/g) − 1)^(1/b) with r = (a − d)/(y − d) (g = 1 for 4PL); NaN unless y lies strictly between a and d.
     * Fills {@code grad} with ∂ ln x/∂(a, b, c, d[, g]).
     */
    private static double logistic(double[] p, double y, double[] grad) {
        double a = p[0], b = p[1], c = p[2], d = p[3], g = p.length > 4 ? p[4] : 1;
        if (!((y - a) * (y - d) < 0)) return Double.NaN;
        double lnR = Math.log((a - d) / (y - d));               // > 0 strictly between the asymptotes
        double v = Math.expm1(lnR / g);                           // r^(1/g) − 1 > 0
        double lnV = Math.log(v);
        double dLnXdV = 1 / (b * v), u = v + 1;                   // u = r^(1/g)
        // ∂u/∂a = u/(g(a − d)); ∂u/∂d = u/g·(1/(y − d) − 1/(a − d)); ∂u/∂g = −u·ln r/g²
        grad[0] = dLnXdV * u / (g * (a - d));
        grad[1] = -lnV / (b * b);
        grad[2] = 1 / c;
        grad[3] = dLnXdV * u / g * (1 / (y - d) - 1 / (a - d));
        if (p.length > 4) grad[4] = -dLnXdV * u * lnR / (g * g);
        return c * Math.exp(lnV / b);
    }

    /** x = (y − a)/b; fills ∂x/∂(a, b). */
    private static double linear(double[] p, double y, double[] grad) {
        double a = p[0], b = p[1];
        if (b == 0) return Double.NaN;
        grad[0] = -1 / b;
        grad[1] = -(y - a) / (b * b);
        return (y - a) / b;
    }

    /** x = 10^((log10 y − a)/b); fills ∂ ln x/∂(a, b). */
    private static double logLog(double[] p, double y, double[] grad) {
        double a = p[0], b = p[1];
        if (!(y > 0) || b == 0) return Double.NaN;
        double l = (Math.log10(y) - a) / b;
        grad[0] = -Math.log(10) / b;
        grad[1] = -Math.log(10) * l / b;
        return Math.pow(10, l);
    }
}
