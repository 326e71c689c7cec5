package org.cytobench.fit;

/**
 * Fits standard curves. Entry point for scripts, the command line, the analysis pipeline and the UI.
 * (Implementation lands with the fitting engine; see issue 2.)
 */
public final class CurveFitter {
    private CurveFitter() {}

    /**
     * Fits {@code model} to the standards. Every replicate well is its own observation.
     *
     * @param concentration nominal concentrations (any unit; 0 allowed for a zero standard)
     * @param response      observed responses, same length
     */
    public static FitResult fit(double[] concentration, double[] response, CurveModel model, Weighting weighting) {
        throw new UnsupportedOperationException("fitting engine not implemented yet");
    }

    /** The model's response at a concentration. */
    public static double predict(FitResult fit, double concentration) {
        throw new UnsupportedOperationException("fitting engine not implemented yet");
    }

    /** The concentration for a response, with 95% CI; see {@link InversePrediction}. */
    public static InversePrediction inverse(FitResult fit, double response) {
        throw new UnsupportedOperationException("fitting engine not implemented yet");
    }
}
