package org.cytobench.flow.transform;

/**
 * A display/gating scale applied to one parameter's scale values, as Gating-ML 2.0 defines them (section 4 of the
 * specification: flin, flog, fasinh, logicle, hyperlog). Gates drawn on a transformed axis hold coordinates in the
 * transformed space, so the engine transforms events, never gate coordinates.
 */
public sealed interface Transform
        permits LinearTransform, LogTransform, AsinhTransform, ArcsinhCofactorTransform, LogicleTransform, HyperlogTransform,
                FlowJoDisplayTransform {

    /** The transformed value; NaN or -Infinity where the transform is undefined (log of a value ≤ 0). */
    double apply(double x);

    /** Applies the transform to every value (a new array). */
    default double[] apply(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) out[i] = apply(values[i]);
        return out;
    }
}
