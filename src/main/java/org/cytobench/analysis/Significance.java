package org.cytobench.analysis;

/** Prism's significance summary ("GP" style), used on charts and in tables. */
public final class Significance {
    private Significance() {}

    /** "ns" for p ≥ 0.05, "*" &lt; 0.05, "**" &lt; 0.01, "***" &lt; 0.001, "****" &lt; 0.0001; "" when p is undefined. */
    public static String stars(double p) {
        if (Double.isNaN(p)) return "";
        if (p < 0.0001) return "****";
        if (p < 0.001) return "***";
        if (p < 0.01) return "**";
        if (p < 0.05) return "*";
        return "ns";
    }
}
