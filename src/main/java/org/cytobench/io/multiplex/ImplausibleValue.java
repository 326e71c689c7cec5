package org.cytobench.io.multiplex;

/**
 * An expected concentration in the vendor's file that does not fit its own dilution series (the 30-plex xPONENT file's
 * Standard5 FGF {@code 215625} in a two-fold series that implies 215.625: a decimal point lost on the way). Flagged, never
 * corrected in what was imported; {@code implied} is what the rest of the series says, for the scientist to decide.
 */
public record ImplausibleValue(String analyte, String level, double written, double implied) {

    /** One sentence for warnings and the JSON. */
    public String describe() {
        return analyte + " " + level + ": expected concentration " + Numbers.plain(written) + " does not fit the file's dilution"
                + " series, which implies " + Numbers.plain(implied) + " (kept as written)";
    }
}
