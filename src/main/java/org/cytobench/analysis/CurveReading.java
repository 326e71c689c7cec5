package org.cytobench.analysis;

import org.cytobench.fit.CurveFitter;
import org.cytobench.fit.FitResult;
import org.cytobench.fit.InversePrediction;
import org.cytobench.fit.PredictionFlag;

/**
 * A concentration read off a standard curve and judged against the plate's quantification range. Nothing outside the
 * range is ever reported as {@link ValueStatus#OK}.
 *
 * @param concentration × factor; null when there is none
 * @param ciLow         × factor; null when none
 * @param ciHigh        × factor
 * @param status        the judgement
 */
record CurveReading(Double concentration, Double ciLow, Double ciHigh, ValueStatus status) {

    static CurveReading of(ValueStatus status) {
        return new CurveReading(null, null, null, status);
    }

    /**
     * @param fit    the plate's curve
     * @param value  the analysis value (blank-corrected response)
     * @param lloq   lowest passing standard, or null when none passed
     * @param uloq   highest passing standard, or null
     * @param factor dilution factor (1 for standards and QC)
     */
    static CurveReading read(FitResult fit, double value, Double lloq, Double uloq, double factor) {
        if (!fit.isConverged()) return of(ValueStatus.NO_CURVE);
        InversePrediction inv = CurveFitter.inverse(fit, value);
        if (inv.flag() == PredictionFlag.NO_SOLUTION || inv.concentration() == null) {
            return of(belowTheCurve(fit, value) ? ValueStatus.BELOW_LLOQ : ValueStatus.NO_SOLUTION);
        }
        double c = inv.concentration();
        ValueStatus status;
        if (lloq == null || uloq == null) {
            status = inv.flag() == PredictionFlag.EXTRAPOLATED ? ValueStatus.EXTRAPOLATED : ValueStatus.OK;
        } else if (c < lloq * (1 - 1e-9)) {
            status = ValueStatus.BELOW_LLOQ;
        } else if (c > uloq * (1 + 1e-9)) {
            status = ValueStatus.ABOVE_ULOQ;
        } else {
            status = ValueStatus.OK;
        }
        return new CurveReading(c * factor, scale(inv.ciLow(), factor), scale(inv.ciHigh(), factor), status);
    }

    /**
     * Whether a response with no solution lies beyond the low-concentration end of the curve (below the background, so
     * "&lt; LLOQ") rather than beyond the high end (above the top asymptote, "no solution"). Works for rising and falling
     * curves alike: the response is compared with the curve at the lowest and highest standard.
     */
    private static boolean belowTheCurve(FitResult fit, double value) {
        double low = CurveFitter.predict(fit, fit.minStandard());
        double high = CurveFitter.predict(fit, fit.maxStandard());
        if (!Double.isFinite(low) || !Double.isFinite(high)) return false;
        return Math.abs(value - low) <= Math.abs(value - high);
    }

    private static Double scale(Double v, double factor) {
        return v == null || !Double.isFinite(v) ? null : v * factor;
    }
}
