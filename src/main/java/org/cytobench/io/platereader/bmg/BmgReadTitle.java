package org.cytobench.io.platereader.bmg;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytobench.plate.ReadKind;

/**
 * What a BMG MARS data title says about a read: {@code Raw Data (450 1)} is the raw 450 nm read (the trailing 1 is MARS's
 * chromatic index), {@code Raw Data  (450)} (two spaces) the same, {@code Raw Data (580/620)} an excitation/emission pair,
 * {@code  Raw Data (475-30 B)} a 475 nm filter with 30 nm bandwidth on chromatic B. Any other title ("Blank corrected
 * based on Raw Data (450 1)", "Ratio …") is something MARS computed: derived, named by its whole title.
 *
 * @param title        the title as written, stripped
 * @param name         the read's name: "450", "580/620", "475-30"; the title for derived data
 * @param fullName     the parenthesised text ("450 1"), used when two reads would otherwise share a name
 * @param kind         raw for "Raw Data (…)", else derived
 * @param wavelengthNm the wavelength when the title gives a single one
 */
record BmgReadTitle(String title, String name, String fullName, ReadKind kind, Double wavelengthNm) {

    private static final Pattern RAW = Pattern.compile("(?i)raw\\s+data\\s*\\((.*)\\)\\s*");
    private static final Pattern CHROMATIC = Pattern.compile("(.*\\S)\\s+([A-Za-z]|\\d{1,2})");
    private static final Pattern WAVELENGTH = Pattern.compile("(\\d{3,4})(-\\d{1,3})?");

    static BmgReadTitle of(String text) {
        String title = text.strip();
        Matcher m = RAW.matcher(title);
        if (!m.matches()) return new BmgReadTitle(title, title, title, ReadKind.DERIVED, null);
        String inner = m.group(1).strip();
        String name = inner;
        Matcher c = CHROMATIC.matcher(inner);
        if (c.matches()) name = c.group(1).strip();
        Matcher w = WAVELENGTH.matcher(name);
        Double nm = w.matches() ? Double.valueOf(w.group(1)) : null;
        return new BmgReadTitle(title, name.isEmpty() ? title : name, inner.isEmpty() ? title : inner, ReadKind.RAW, nm);
    }

    /** True for a line that looks like a MARS data title. */
    static boolean looksLikeTitle(String text) {
        String t = text.strip();
        return RAW.matcher(t).matches() || (t.contains("(") && t.endsWith(")") && t.toLowerCase(java.util.Locale.ROOT).contains("based on"));
    }
}
