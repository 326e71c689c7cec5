package org.cytobench.analysis;

/** How a sample above the ULOQ (or above the curve's top asymptote) enters group summaries and tests. */
public enum AboveUloqHandling {
    /** Left out: the group's n shrinks. */
    EXCLUDE("excluded"),
    /** Replaced by ULOQ × dilution factor, a lower bound of the true value (the default: dropping the highest values would bias the mean down). */
    ULOQ("ULOQ"),
    /**
     * The value read from the curve above the highest standard, × dilution factor, flagged as extrapolated (a response
     * above the top asymptote has no value and is left out).
     */
    AS_EXTRAPOLATED("as extrapolated");

    private final String label;

    AboveUloqHandling(String label) { this.label = label; }

    public String label() { return label; }
}
