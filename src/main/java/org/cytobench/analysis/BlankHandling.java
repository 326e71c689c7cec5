package org.cytobench.analysis;

/** How the assay background enters the analysis. Recorded in every output. */
public enum BlankHandling {
    /**
     * Subtract the mean of the blank wells (or, when a plate has no blank wells, of its zero standards) from every well;
     * zero standards are then left out of the curve fit (after subtraction their response is ≈ 0, which a 1/y² weight
     * cannot use). The default.
     */
    SUBTRACT_MEAN_BLANK("subtract mean blank"),
    /** Subtract nothing; fit the zero standards at concentration 0, so the curve's lower asymptote models the background. */
    ZERO_STANDARD_IN_FIT("no subtraction, zero standard in fit");

    private final String label;

    BlankHandling(String label) { this.label = label; }

    public String label() { return label; }
}
