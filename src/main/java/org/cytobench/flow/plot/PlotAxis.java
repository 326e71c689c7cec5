package org.cytobench.flow.plot;

import java.util.Objects;
import org.cytobench.flow.transform.Transform;

/**
 * One axis of a bivariate plot: the channel shown, the transform it is shown on, and the visible range in transformed
 * (display) units. Events are compared with the axis in scale values: a transform is monotone increasing, so an event
 * lies in display bin k exactly when its scale value lies between the scale values of the bin's edges.
 *
 * @param channel   the $PnN name (what the events column is)
 * @param label     what the axis says, e.g. "CD4 (FITC-A)"
 * @param transform null for linear scale values
 * @param min       the lowest display value shown
 * @param max       the highest display value shown (exclusive), above {@code min}
 */
public record PlotAxis(String channel, String label, Transform transform, double min, double max) {
    public PlotAxis {
        Objects.requireNonNull(channel, "channel");
        label = label == null || label.isBlank() ? channel : label;
        if (!(max > min) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("axis " + channel + " needs finite min < max, found " + min + " .. " + max);
        }
    }

    /**
     * The usual range for a channel whose instrument range ($PnR) is {@code range}: 0 to the range on a linear axis,
     * otherwise the transform's image of the same span (0 to 1 for logicle, fasinh and log with T = range), starting
     * below zero where the transform shows negative values (logicle, fasinh), as FlowJo's biex axes do.
     */
    public static PlotAxis standard(String channel, String label, Transform transform, double range) {
        if (transform == null) return new PlotAxis(channel, label, null, 0, range);
        double lo = transform.apply(-0.01 * range);
        if (!Double.isFinite(lo)) lo = transform.apply(range * 1e-3);
        double hi = transform.apply(range);
        return new PlotAxis(channel, label, transform, Math.min(lo, transform.apply(range * 1e-3)), hi);
    }

    /** Display position of a scale value (NaN where the transform is undefined, e.g. log of a value ≤ 0). */
    public double display(double scaleValue) { return TransformInverse.apply(transform, scaleValue); }

    /** Scale value at a display position. */
    public double scaleValue(double display) { return TransformInverse.of(transform, display); }

    /** The display range as a fraction: 0 at {@code min}, 1 at {@code max}. */
    public double fraction(double display) { return (display - min) / (max - min); }

    /** The display value at a fraction of the range. */
    public double atFraction(double f) { return min + f * (max - min); }

    /** The {@code bins + 1} bin edges in scale values, increasing. */
    public double[] scaleEdges(int bins) {
        double[] e = new double[bins + 1];
        for (int k = 0; k <= bins; k++) e[k] = scaleValue(min + (max - min) * k / bins);
        return e;
    }

    public PlotAxis withTransform(Transform t, double newMin, double newMax) { return new PlotAxis(channel, label, t, newMin, newMax); }
}
