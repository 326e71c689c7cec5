package org.cytobench.ui.navigator;

import java.util.Locale;

/**
 * How the navigator's search matches analyte names: case-, punctuation- and Greek-insensitive, so that "tnf", "TNFa" and
 * "tnf-alpha" all find TNF-α and "ifng" finds IFN-γ. Vendors write the same analyte as "TNF-α", "TNFa", "TNF alpha" or
 * "hTNF-a"; the scientist should not need to know which.
 */
public final class AnalyteSearch {
    private AnalyteSearch() {}

    private static final String[][] GREEK = {
        {"α", "a"}, {"β", "b"}, {"γ", "g"}, {"δ", "d"}, {"ε", "e"}, {"κ", "k"}, {"λ", "l"}, {"μ", "m"}, {"µ", "m"}, {"ω", "w"},
        {"alpha", "a"}, {"beta", "b"}, {"gamma", "g"}, {"delta", "d"}, {"epsilon", "e"}, {"kappa", "k"}, {"lambda", "l"},
        {"omega", "w"},
    };

    /** The text reduced to lower-case Latin letters and digits, Greek letters (written or spelled out) as their initial. */
    public static String key(String text) {
        if (text == null) return "";
        String s = text.toLowerCase(Locale.ROOT);
        for (String[] g : GREEK) s = s.replace(g[0], g[1]);
        return s.replaceAll("[^a-z0-9]", "");
    }

    /** True when {@code query} is empty or its key occurs in the key of one of {@code names}. */
    public static boolean matches(String query, String... names) {
        String q = key(query);
        if (q.isEmpty()) return true;
        for (String n : names) if (key(n).contains(q)) return true;
        return false;
    }
}
