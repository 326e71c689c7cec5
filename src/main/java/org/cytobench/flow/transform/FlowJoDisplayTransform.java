package org.cytobench.flow.transform;

/**
 * A FlowJo display axis: {@code factor × (s(x) − offset)}, where s is a Gating-ML scale (or the value itself when
 * {@code scale} is null). FlowJo 10 draws every axis on channels 0…length (256 by default, {@code length} in the
 * workspace), and its ellipse gates and the edges of its polygons live in that space. Not a Gating-ML transform: the
 * Gating-ML writer refuses it.
 *
 * @param scale  the Gating-ML scale onto 0…1, or null for a linear axis
 * @param offset subtracted after the scale (FlowJo's linear {@code minRange})
 * @param factor multiplied last (length, or length / (maxRange − minRange) on a linear axis)
 */
public record FlowJoDisplayTransform(Transform scale, double offset, double factor) implements Transform {
    public FlowJoDisplayTransform {
        if (scale instanceof FlowJoDisplayTransform) throw new IllegalArgumentException("a FlowJo display axis cannot wrap another");
        if (!(factor > 0) || !Double.isFinite(factor)) throw new IllegalArgumentException("a FlowJo display axis needs a factor > 0, found " + factor);
        if (!Double.isFinite(offset)) throw new IllegalArgumentException("a FlowJo display axis needs a finite offset");
    }

    /** FlowJo's linear axis: minRange at channel 0, maxRange at channel {@code length}. */
    public static FlowJoDisplayTransform linear(double minRange, double maxRange, double length) {
        if (!(maxRange > minRange)) throw new IllegalArgumentException("a linear axis needs maxRange > minRange, found " + minRange + "…" + maxRange);
        return new FlowJoDisplayTransform(null, minRange, length / (maxRange - minRange));
    }

    /** A Gating-ML scale (0…1) stretched onto channels 0…length. */
    public static FlowJoDisplayTransform of(Transform scale, double length) {
        return new FlowJoDisplayTransform(scale, 0, length);
    }

    @Override
    public double apply(double x) {
        double s = scale == null ? x : scale.apply(x);
        return factor * (s - offset);
    }
}
