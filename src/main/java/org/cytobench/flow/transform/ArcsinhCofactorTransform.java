package org.cytobench.flow.transform;

/**
 * The cytometry habit {@code asinh(x / cofactor)} (cofactor 5 for mass cytometry, 150 for fluorescence): linear near 0,
 * logarithmic far from it. Not a Gating-ML transform; the Gating-ML writer refuses it (use {@link AsinhTransform}).
 */
public record ArcsinhCofactorTransform(double cofactor) implements Transform {
    public ArcsinhCofactorTransform {
        if (!(cofactor > 0)) throw new IllegalArgumentException("the arcsinh cofactor must be > 0, found " + cofactor);
    }

    @Override
    public double apply(double x) { return AsinhTransform.asinh(x / cofactor); }
}
