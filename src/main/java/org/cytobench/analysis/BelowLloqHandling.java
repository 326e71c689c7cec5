package org.cytobench.analysis;

/** How a sample below the LLOQ enters group summaries and tests. Recorded in every output. */
public enum BelowLloqHandling {
    /** Left out: the group's n shrinks. */
    EXCLUDE("excluded"),
    /** Replaced by LLOQ/2 × dilution factor (the common convention; the default). */
    HALF_LLOQ("LLOQ/2"),
    /** Replaced by LLOQ × dilution factor. */
    LLOQ("LLOQ"),
    /**
     * The value read from the curve between its lower asymptote and the lowest standard, × dilution factor, flagged as
     * such (a response below the lower asymptote has no value and is left out).
     */
    AS_INTERPOLATED("as interpolated");

    private final String label;

    BelowLloqHandling(String label) { this.label = label; }

    public String label() { return label; }
}
