package org.cytobench.flow.transform;

/** Gating-ML 2.0 flog: {@code (1/M) log10(x/T) + 1}: T maps to 1, M decades below T to 0; undefined (NaN) for x ≤ 0. */
public record LogTransform(double t, double m) implements Transform {
    public LogTransform {
        if (!(t > 0)) throw new IllegalArgumentException("flog needs T > 0, found " + t);
        if (!(m > 0)) throw new IllegalArgumentException("flog needs M > 0, found " + m);
    }

    @Override
    public double apply(double x) { return x > 0 ? Math.log10(x / t) / m + 1 : Double.NaN; }
}
