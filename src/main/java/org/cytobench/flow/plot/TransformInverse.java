package org.cytobench.flow.plot;

import org.cytobench.flow.transform.ArcsinhCofactorTransform;
import org.cytobench.flow.transform.AsinhTransform;
import org.cytobench.flow.transform.HyperlogTransform;
import org.cytobench.flow.transform.LinearTransform;
import org.cytobench.flow.transform.LogTransform;
import org.cytobench.flow.transform.LogicleTransform;
import org.cytobench.flow.transform.Transform;

/**
 * The scale value shown at a transformed (display) position: the inverse of each Gating-ML transform. Plots need it twice:
 * to turn bin edges into scale values (so events are binned by comparison, without transforming 500 000 of them through
 * the logicle's numerical inverse) and to turn a mouse position into a gate coordinate.
 */
public final class TransformInverse {
    private static final double LN10 = Math.log(10);

    private TransformInverse() {}

    /** The scale value x with {@code t.apply(x) == y}; {@code t == null} is the identity (scale values). */
    public static double of(Transform t, double y) {
        if (t == null) return y;
        if (t instanceof LinearTransform l) return y * (l.t() + l.a()) - l.a();
        if (t instanceof LogTransform l) return l.t() * Math.pow(10, (y - 1) * l.m());
        if (t instanceof AsinhTransform s) return s.t() * Math.sinh(y * (s.m() + s.a()) * LN10 - s.a() * LN10) / Math.sinh(s.m() * LN10);
        if (t instanceof ArcsinhCofactorTransform c) return c.cofactor() * Math.sinh(y);
        if (t instanceof LogicleTransform l) return l.inverse(y);
        if (t instanceof HyperlogTransform h) return h.inverse(y);
        throw new IllegalArgumentException("no inverse for " + t);
    }

    /** The display value of a scale value; {@code t == null} is the identity. */
    public static double apply(Transform t, double x) {
        return t == null ? x : t.apply(x);
    }
}
