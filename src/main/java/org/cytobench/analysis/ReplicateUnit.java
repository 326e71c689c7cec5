package org.cytobench.analysis;

/**
 * The design of the dose-response statistics: what counts as one observation (the n) and whether donors are blocks.
 * See docs/statistics.md and docs/decisions/0004-statistics-design-defaults.md.
 */
public enum ReplicateUnit {
    /**
     * The default: donor-blocked when every compared group has the same ≥ 2 donors, donor means (unpaired) when the
     * culture plate holds ≥ 2 donors but the groups do not share them, otherwise culture wells.
     */
    AUTO("donor-blocked when every compared group has the same ≥ 2 donors, else donor means, else culture wells"),
    /** The mean of each donor's culture wells is one observation; groups are compared as independent samples. */
    DONOR("donor means"),
    /** Every culture well is one observation (technical ELISA replicates averaged first): treats wells as independent. */
    CULTURE_WELL("culture wells"),
    /**
     * Donor means, with donor as a block: randomized-block ANOVA, Dunnett on its residual variance, paired t-tests, and
     * the mixed model y ~ group + (1|donor) + (1|donor:group) on the culture wells.
     */
    DONOR_BLOCKED("donor means, donor-blocked");

    private final String label;

    ReplicateUnit(String label) { this.label = label; }

    public String label() { return label; }

    /** What one unit of n is, for the "n unit" column: "donor means" or "culture wells". */
    public String nUnit() { return donorMeans() ? DONOR.label : CULTURE_WELL.label; }

    /** Whether the n is one mean per donor. */
    public boolean donorMeans() { return this == DONOR || this == DONOR_BLOCKED; }

    /** The sentence the methods text and groups.csv use for the design ("design" column). */
    public String design() {
        return switch (this) {
            case DONOR_BLOCKED -> "donor-blocked";
            case DONOR -> "donor means, unpaired";
            case CULTURE_WELL -> "culture wells pooled (wells treated as independent)";
            case AUTO -> "auto";
        };
    }
}
