package org.cytobench.analysis;

/**
 * How a sample's (or a culture well's) value entered the statistics. A substituted or flagged value is never shown as
 * measured: tables carry the value read from the curve and its status, and separately the entered value with this.
 */
public enum EnteredAs {
    /** In the quantification range: the value read from the curve. */
    MEASURED("measured", false),
    /** Below the LLOQ, replaced by LLOQ/2 × dilution. */
    HALF_LLOQ("LLOQ/2 (substituted)", true),
    /** Below the LLOQ, replaced by LLOQ × dilution. */
    LLOQ("LLOQ (substituted)", true),
    /** Below the LLOQ, the value read from the curve below the lowest standard (flagged). */
    INTERPOLATED("interpolated below the LLOQ (flagged)", true),
    /** Above the ULOQ, capped at ULOQ × dilution: a lower bound. */
    ULOQ("ULOQ (substituted, a lower bound)", true),
    /** Above the ULOQ, the value read from the curve above the highest standard (flagged). */
    EXTRAPOLATED("extrapolated above the ULOQ (flagged)", true),
    /** Left out of the statistics (excluded by the settings, masked, no value, failed plate…). */
    EXCLUDED("excluded", false);

    private final String label;
    private final boolean substituted;

    EnteredAs(String label, boolean substituted) {
        this.label = label;
        this.substituted = substituted;
    }

    public String label() { return label; }

    /** Whether the entered value is not a measurement in range (substituted, interpolated or extrapolated). */
    public boolean substituted() { return substituted; }

    @Override
    public String toString() { return label; }
}
