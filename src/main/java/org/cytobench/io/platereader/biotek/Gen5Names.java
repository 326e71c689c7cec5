package org.cytobench.io.platereader.biotek;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytobench.plate.ReadKind;

/**
 * What Gen5's data-set names mean. Gen5 names a measured data set after its read ({@code 450}, {@code abs450:450},
 * {@code 630nmAbsRead:630}, {@code YFP:485,530}, {@code Lum}, {@code GFP:485,528[2]}) and a computed one after the
 * computation applied to another set ({@code Blank 450}, {@code Mean V [420]}, {@code Integral [Lum]},
 * {@code [Concentration]}, {@code Delta OD}, …).
 */
final class Gen5Names {
    private Gen5Names() {}

    /** Prefixes of data sets that Gen5 computes from reads (data reduction steps and their default names). */
    private static final List<String> DERIVED_PREFIXES = List.of("blank ", "delta", "corrected", "ratio", "mean v", "max v",
            "min v", "mean", "integral", "area", "r-squared", "r2", "t at", "lagtime", "onset", "slope", "conc", "count",
            "std dev", "stdev", "cv", "sem", "%cv", "log", "transform", "normalized", "norm", "fold", "calc",
            "sum", "peak", "average", "median", "polarization", "anisotropy", "pathcheck", "dilution");

    /** A read named {@code "<name>:<wavelength>"} or just the wavelength: abs450:450, 450, Blank 450, 630nmAbsRead:630. */
    private static final Pattern WAVELENGTH = Pattern.compile("(?:^|[:\\s\\[])(\\d{3,4})(?:\\s*nm)?\\]?$");

    static ReadKind kind(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.startsWith("[")) return ReadKind.DERIVED;
        // "Mean V [420]", "Integral [Lum]": a computation over another data set
        if (n.matches(".*\\s\\[.+\\]$")) return ReadKind.DERIVED;
        for (String p : DERIVED_PREFIXES) {
            if (n.startsWith(p)) return ReadKind.DERIVED;
        }
        return ReadKind.RAW;
    }

    /** The wavelength a data-set name states (450 for "abs450:450", "Blank 450", "Mean V [420]", "OD:600"), else null. */
    static Double wavelength(String name) {
        String n = name.strip();
        if (n.contains(",") || n.contains("/")) return null; // excitation,emission pair: no single wavelength
        Matcher m = WAVELENGTH.matcher(n);
        if (!m.find()) return null;
        double w = Double.parseDouble(m.group(1));
        return w >= 200 && w <= 1000 ? w : null;
    }
}
