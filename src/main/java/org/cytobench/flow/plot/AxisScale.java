package org.cytobench.flow.plot;

import org.cytobench.flow.transform.AsinhTransform;
import org.cytobench.flow.transform.LogTransform;
import org.cytobench.flow.transform.LogicleTransform;
import org.cytobench.flow.transform.Transform;

/**
 * The axis scales a plot offers, each a Gating-ML 2.0 transform fitted to the channel's range ($PnR) so that gates drawn
 * on it are written to Gating-ML as they were drawn: linear scale values; logicle with T = range, W = 0.5, M = 4.5,
 * A = 0 (FlowJo's and the Gating-ML examples' usual biex); fasinh with T = range, M = 4.5, A = 0; log with T = range and
 * as many decades as the range has (at least one).
 */
public enum AxisScale {
    LINEAR("Linear"), LOGICLE("Logicle"), ARCSINH("Arcsinh"), LOG("Log");

    private final String label;

    AxisScale(String label) { this.label = label; }

    public String label() { return label; }

    /** The transform for a channel of this range; null for linear. */
    public Transform transform(double range) {
        double t = range > 0 ? range : 262144;
        return switch (this) {
            case LINEAR -> null;
            case LOGICLE -> new LogicleTransform(t, 0.5, 4.5, 0);
            case ARCSINH -> new AsinhTransform(t, 4.5, 0);
            case LOG -> new LogTransform(t, Math.max(1, Math.log10(t)));
        };
    }

    /** The standard axis of a channel on this scale. */
    public PlotAxis axis(String channel, String label, double range) {
        return PlotAxis.standard(channel, label, transform(range), range > 0 ? range : 262144);
    }

    @Override
    public String toString() { return label; }
}
