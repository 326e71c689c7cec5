package org.cytobench.fit;

import java.util.Locale;

/**
 * Weights of the least-squares fit. 1/y and 1/y² use each well's <em>observed</em> response as a fixed weight, as R's
 * {@code nls(weights = 1/y^2)} and scipy's {@code curve_fit(sigma = y)} do; 1/x² uses the nominal concentration.
 */
public enum Weighting {
    NONE("none"), INV_Y("1/y"), INV_Y2("1/y2"), INV_X2("1/x2");

    private final String id;

    Weighting(String id) { this.id = id; }

    /** "none", "1/y", "1/y2", "1/x2". */
    public String id() { return id; }

    /** How people say it: "unweighted", "1/y² weights". */
    public String describe() {
        return this == NONE ? "unweighted" : id.replace("2", "²") + " weights";
    }

    public static Weighting fromId(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT).replace("^", "").replace("²", "2");
        for (Weighting w : values()) if (w.id.equals(k)) return w;
        throw new IllegalArgumentException("unknown weighting '" + s + "' (expected none, 1/y, 1/y2 or 1/x2)");
    }
}
