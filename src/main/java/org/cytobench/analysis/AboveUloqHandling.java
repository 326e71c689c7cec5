package org.cytobench.analysis;

/** How a sample above the ULOQ (or above the curve's top asymptote) enters group summaries and tests. */
public enum AboveUloqHandling {
    /** Left out: the group's n shrinks. */
    EXCLUDE("excluded"),
    /** Replaced by ULOQ × dilution factor, a lower bound of the true value (the default: dropping the highest values would bias the mean down). */
    ULOQ("ULOQ");

    private final String label;

    AboveUloqHandling(String label) { this.label = label; }

    public String label() { return label; }
}
