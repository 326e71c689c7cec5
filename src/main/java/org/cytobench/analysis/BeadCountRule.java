package org.cytobench.analysis;

/**
 * Bead-count QC: a well whose analyte region counted fewer than {@code minimum} beads gives an unreliable median. Default
 * 50 (Luminex practice; Milliplex kits accept 35); flagged always, masked from the analysis only when {@code exclude}.
 */
public record BeadCountRule(int minimum, boolean exclude) {
    public static final BeadCountRule DEFAULT = new BeadCountRule(50, false);

    public BeadCountRule {
        if (minimum < 0) throw new IllegalArgumentException("the minimum bead count must be ≥ 0");
    }

    /** What a heat map's red outline means under this rule: "fewer than 50 beads", "… (excluded)". */
    public String outlineMeaning() {
        return "fewer than " + minimum + " beads" + (exclude ? " (excluded)" : "");
    }
}
