package org.cytobench.report;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * File names of the chart outputs: ASCII only (scripts, zip tools and Windows shares mangle "TNF-α"), so Greek letters are
 * spelled out and anything else unsafe becomes '-'. Plate files start with the plate's position, so names never collide.
 */
public final class OutputNames {
    private OutputNames() {}

    private static final Map<Character, String> SPELLED = Map.ofEntries(Map.entry('α', "alpha"), Map.entry('β', "beta"),
            Map.entry('γ', "gamma"), Map.entry('δ', "delta"), Map.entry('κ', "kappa"), Map.entry('λ', "lambda"),
            Map.entry('µ', "u"), Map.entry('μ', "u"), Map.entry('Α', "Alpha"), Map.entry('Β', "Beta"), Map.entry('Γ', "Gamma"));

    /**
     * "plate02-TNF-alpha-curve": the plate's 1-based position, its name (prefixed by the analyte unless the name already
     * contains it) and what the file shows.
     */
    public static String plate(int index, String plateName, String analyte, String what) {
        String name = plateName.contains(analyte) ? plateName : analyte + " " + plateName;
        return String.format(Locale.ROOT, "plate%02d-%s-%s", index + 1, ascii(name), what);
    }

    /** "dose-IL-10". */
    public static String analyte(String analyte, String what) {
        return what + "-" + ascii(analyte);
    }

    /** A file name in the command line's ASCII spelling: "dose-TNF-α" becomes "dose-TNF-alpha". */
    public static String fileName(String name) { return ascii(name); }

    /** Letters, digits, '.', '_' and '-' only; runs of anything else become one '-'; never empty. */
    static String ascii(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            String spelled = SPELLED.get(c);
            b.append(spelled != null ? spelled : String.valueOf(c));
        }
        String plain = Normalizer.normalize(b, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String safe = plain.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+|-+$", "");
        return safe.isEmpty() ? "x" : safe;
    }
}
