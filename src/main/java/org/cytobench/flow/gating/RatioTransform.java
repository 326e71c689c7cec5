package org.cytobench.flow.gating;

/**
 * Gating-ML 2.0 fratio: a derived parameter {@code A (x - B) / (y - C)} from two parameters (e.g. FL2-H / FL2-A).
 *
 * @param id        the transformation id dimensions refer to
 * @param numerator the parameter x
 * @param denominator the parameter y
 */
public record RatioTransform(String id, String numerator, String denominator, double a, double b, double c) {
    public double apply(double x, double y) { return a * (x - b) / (y - c); }
}
