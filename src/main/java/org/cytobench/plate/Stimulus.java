package org.cytobench.plate;

import java.util.Objects;

/**
 * What the cells were stimulated with. {@code concentration} and {@code unit} are optional (anti-CD3/anti-CD28 beads are
 * usually given as a ratio, not a concentration).
 */
public record Stimulus(Kind kind, String name, Double concentration, String unit) {

    public enum Kind { NONE, LPS, ANTI_CD3_CD28, CUSTOM }

    public static final Stimulus NONE = new Stimulus(Kind.NONE, "Unstimulated", null, null);
    public static final Stimulus ANTI_CD3_CD28 = new Stimulus(Kind.ANTI_CD3_CD28, "anti-CD3/anti-CD28", null, null);

    public Stimulus {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a stimulus needs a name");
        if (concentration != null && !(concentration >= 0)) throw new IllegalArgumentException("stimulus concentration must be ≥ 0");
    }

    public static Stimulus lps(double ngPerMl) {
        return new Stimulus(Kind.LPS, "LPS", ngPerMl, "ng/mL");
    }

    public static Stimulus custom(String name, Double concentration, String unit) {
        return new Stimulus(Kind.CUSTOM, name, concentration, unit);
    }

    public boolean isStimulated() { return kind != Kind.NONE; }

    /** "LPS 100 ng/mL", "Unstimulated". */
    public String label() {
        if (concentration == null) return name;
        return name + " " + Numbers.compact(concentration) + (unit == null ? "" : " " + unit);
    }
}
