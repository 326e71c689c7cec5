package org.cytobench.fit;

/**
 * Fits standard curves. Entry point for scripts, the command line, the analysis pipeline and the UI.
 *
 * <p>Conventions (formulas, weights, standard errors, degenerate cases) are written down in docs/fitting.md. In short:
 * every replicate well is its own observation; 1/y and 1/y² weights use each well's observed response; a zero standard
 * enters the 4PL/5PL as is (f(0) = a) and is left out of log-log and 1/x² fits with a warning; standard errors are those
 * of R's {@code summary.nls}. Failures are results: a {@link FitResult} whose status and reason say what went wrong.
 */
public final class CurveFitter {
    private CurveFitter() {}

    /**
     * Fits {@code model} to the standards. Every replicate well is its own observation.
     *
     * @param concentration nominal concentrations (any unit; 0 allowed for a zero standard)
     * @param response      observed responses, same length; non-finite responses are left out with a warning
     * @throws IllegalArgumentException if the arrays differ in length or a concentration is negative or not finite
     */
    public static FitResult fit(double[] concentration, double[] response, CurveModel model, Weighting weighting) {
        return fit(concentration, response, model, weighting, LogisticFitter.Engine.ARRAYS);
    }

    /** {@link #fit(double[], double[], CurveModel, Weighting)} with a chosen 4PL/5PL engine (tests compare the two). */
    static FitResult fit(double[] concentration, double[] response, CurveModel model, Weighting weighting,
                         LogisticFitter.Engine engine) {
        Observations obs = Observations.select(concentration, response, model, weighting);
        double[] range = FitStatistics.standardRange(concentration);
        ConcentrationLevels concentrationLevels = ConcentrationLevels.of(obs.x());
        int levels = concentrationLevels.distinct(), needed = minimumLevels(model), p = model.parameterNames().size();
        if (levels < needed) {
            return degenerate(model, weighting, obs, range, "too few standard levels: " + levels + " distinct concentration"
                    + (levels == 1 ? "" : "s") + ", " + model.id() + " needs at least " + needed);
        }
        if (obs.size() <= p) {
            return degenerate(model, weighting, obs, range, "too few standard wells: " + obs.size() + " wells leave no degrees"
                    + " of freedom for " + p + " parameters");
        }
        String extreme = obs.outOfRange();
        if (extreme != null) return degenerate(model, weighting, obs, range, extreme);
        if (concentrationLevels.isFlat(obs)) {
            return degenerate(model, weighting, obs, range, "flat response: the standards' responses do not change with concentration");
        }
        return switch (model) {
            case FOUR_PL, FIVE_PL -> new LogisticFitter(obs, concentrationLevels, model, engine).fit(model, weighting, range[0], range[1]);
            case LINEAR, LOG_LOG -> StraightLineFitter.fit(obs, model, weighting, range[0], range[1]);
        };
    }

    /** Distinct concentration levels a model needs: one more than its parameters for 4PL/5PL, two for straight lines. */
    public static int minimumLevels(CurveModel model) {
        return switch (model) {
            case FOUR_PL -> 4;
            case FIVE_PL -> 5;
            case LINEAR, LOG_LOG -> 2;
        };
    }

    private static FitResult degenerate(CurveModel model, Weighting weighting, Observations obs, double[] range, String reason) {
        return FitStatistics.failure(model, weighting, FitStatus.DEGENERATE, reason, obs.size(), 0, obs.warnings(), range[0], range[1]);
    }

    /** The model's response at a concentration; NaN for a fit without parameters. */
    public static double predict(FitResult fit, double concentration) {
        if (!fit.isConverged()) return Double.NaN;
        double a = fit.parameter("a"), b = fit.parameter("b");
        return switch (fit.model()) {
            case FOUR_PL, FIVE_PL -> {
                if (concentration == 0) yield a;
                double c = fit.parameter("c"), d = fit.parameter("d");
                double g = fit.model() == CurveModel.FIVE_PL ? fit.parameter("g") : 1;
                yield d + (a - d) / Math.pow(1 + Math.pow(concentration / c, b), g);
            }
            case LINEAR -> a + b * concentration;
            case LOG_LOG -> Math.pow(10, a + b * Math.log10(concentration));
        };
    }

    /**
     * The concentration for a response, with 95% CI (delta method on the parameters' covariance); see
     * {@link InversePrediction} and docs/fitting.md. No solution when the response is not strictly between the
     * asymptotes (4PL/5PL), not positive (log-log), or the fit has no parameters; flagged as extrapolated outside the
     * standards' range [{@link FitResult#minStandard()}, {@link FitResult#maxStandard()}].
     */
    public static InversePrediction inverse(FitResult fit, double response) {
        return InversePredictor.inverse(fit, response);
    }
}
