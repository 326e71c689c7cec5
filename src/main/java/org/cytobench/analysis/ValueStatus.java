package org.cytobench.analysis;

/** What a well's or a sample's concentration is worth. Every value in every output carries one. */
public enum ValueStatus {
    /** Within the quantification range [LLOQ, ULOQ]. */
    OK("ok"),
    /** Below the LLOQ (or below the curve's bottom asymptote): reported as such, summarised per {@link BelowLloqHandling}. */
    BELOW_LLOQ("< LLOQ"),
    /** Above the ULOQ but still on the curve. */
    ABOVE_ULOQ("> ULOQ"),
    /** Outside the standards' range on a plate without a quantification range (no standard level passed). */
    EXTRAPOLATED("extrapolated"),
    /** Above the curve's top asymptote: no concentration exists. */
    NO_SOLUTION("no solution"),
    /** Excluded by the scientist; the reason is listed. */
    MASKED("masked"),
    /** The reader gave a marker (OVRFLW, MISSED, …) instead of a number. */
    INSTRUMENT_MARKER("instrument marker"),
    /** No reading for this well (not imported, or the reader did not read it). */
    NOT_READ("not read"),
    /** The standard curve could not be fitted, so no concentration can be read off it. */
    NO_CURVE("no curve");

    private final String label;

    ValueStatus(String label) { this.label = label; }

    /** As printed in tables and CSV: "ok", "< LLOQ", "> ULOQ", … */
    public String label() { return label; }

    /** Whether a number was read off the curve (it may still be outside the quantification range). */
    public boolean hasConcentration() {
        return this == OK || this == BELOW_LLOQ || this == ABOVE_ULOQ || this == EXTRAPOLATED;
    }

    @Override
    public String toString() { return label; }
}
