package org.cytobench.fit;

/**
 * The concentration read off a standard curve for a response, with its 95% confidence interval (delta method).
 * {@code concentration}, {@code ciLow} and {@code ciHigh} are null when there is no solution.
 */
public record InversePrediction(double response, Double concentration, Double ciLow, Double ciHigh, PredictionFlag flag) {

    public static InversePrediction none(double response) {
        return new InversePrediction(response, null, null, null, PredictionFlag.NO_SOLUTION);
    }
}
