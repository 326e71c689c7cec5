package org.cytobench.fit;

/**
 * The linear (y = a + b·x) and log-log (log10 y = a + b·log10 x) models: weighted linear least squares, solved exactly.
 * For log-log the residuals, rss and R² are on the log10 scale and the weights are those of the chosen weighting,
 * computed from the untransformed concentration and response, as {@code lm(log10(y) ~ log10(x), weights = w)} does.
 */
final class StraightLineFitter {
    private StraightLineFitter() {}

    static FitResult fit(Observations obs, CurveModel model, Weighting weighting, double minStandard, double maxStandard) {
        int n = obs.size();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = model == CurveModel.LOG_LOG ? Math.log10(obs.x()[i]) : obs.x()[i];
        double[] y = obs.y(), w = obs.w();
        double sw = 0, sx = 0, sy = 0;
        for (int i = 0; i < n; i++) { sw += w[i]; sx += w[i] * x[i]; sy += w[i] * y[i]; }
        double mx = sx / sw, my = sy / sw, sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++) { sxx += w[i] * (x[i] - mx) * (x[i] - mx); sxy += w[i] * (x[i] - mx) * (y[i] - my); }
        double b = sxy / sxx, a = my - b * mx;
        double[] fitted = new double[n], ones = new double[n];
        for (int i = 0; i < n; i++) {
            fitted[i] = a + b * x[i];
            ones[i] = 1;
        }
        double[][] columns = {ones, x};   // ∂f/∂a, ∂f/∂b
        return FitStatistics.result(model, weighting, obs, new double[] {a, b}, columns, fitted, 0, minStandard, maxStandard);
    }
}
