package org.cytobench.analysis;

/** What counts as one observation (the n) in the dose-response statistics. See docs/statistics.md. */
public enum ReplicateUnit {
    /** Donor means when the experiment has at least two donors, otherwise culture wells. The default. */
    AUTO("donors when ≥ 2, else culture wells"),
    /** The mean of each donor's culture wells is one observation. */
    DONOR("donor means"),
    /** Every culture well is one observation (technical ELISA replicates averaged first). */
    CULTURE_WELL("culture wells");

    private final String label;

    ReplicateUnit(String label) { this.label = label; }

    public String label() { return label; }
}
