package org.cytobench.flow.transform;

/** Gating-ML 2.0 flin: {@code (x + A) / (T + A)}, so that -A maps to 0 and T to 1. */
public record LinearTransform(double t, double a) implements Transform {
    public LinearTransform {
        if (!(t > 0)) throw new IllegalArgumentException("flin needs T > 0, found " + t);
        if (!(a >= 0 && a <= t)) throw new IllegalArgumentException("flin needs 0 <= A <= T, found A = " + a);
    }

    @Override
    public double apply(double x) { return (x + a) / (t + a); }
}
