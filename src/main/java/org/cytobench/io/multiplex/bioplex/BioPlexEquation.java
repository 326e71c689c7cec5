package org.cytobench.io.multiplex.bioplex;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytobench.io.multiplex.LogisticEquation;

/**
 * The footer curve of a Bio-Plex Manager sheet: {@code Std. Curve: FI = 36.9094 + (16123.9 - 36.9094) / (1 + (Conc /
 * 247.786)^-1.05775)} (4PL) or {@code … / ((1 + (Conc / 0.531813)^-5.30023))^0.1} (5PL). A negative bottom is written
 * {@code (b + 0.0047)}, so the second number's sign is taken from the operator before it.
 */
final class BioPlexEquation {
    private BioPlexEquation() {}

    private static final String NUMBER = "[-+]?\\d+(?:\\.\\d*)?(?:[eE][-+]?\\d+)?";

    // a + (b ∓ a) / ((1 + (Conc / c)^d))^f, spaces removed
    private static final Pattern EQUATION = Pattern.compile("(" + NUMBER + ")\\+\\((" + NUMBER + ")([-+])(" + NUMBER
            + ")\\)/\\(+1\\+\\(Conc/(" + NUMBER + ")\\)\\^(" + NUMBER + ")\\)+(\\^(" + NUMBER + "))?");

    /** The equation, or null when the text is not one Cytobench can read. */
    static LogisticEquation parse(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) return null;
        String s = text.substring(eq + 1).replace(" ", "");
        // a + (b - a) / ((1 + (Conc / c)^d))^f
        Matcher m = EQUATION.matcher(s);
        if (!m.matches()) return null;
        try {
            double a = Double.parseDouble(m.group(1));
            double b = Double.parseDouble(m.group(2));
            double c = Double.parseDouble(m.group(5));
            double d = Double.parseDouble(m.group(6));
            double f = m.group(8) == null ? 1 : Double.parseDouble(m.group(8));
            return new LogisticEquation(a, b, c, d, f);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
