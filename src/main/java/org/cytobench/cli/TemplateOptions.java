package org.cytobench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.StandardSeries;
import org.cytobench.plate.Stimulus;

/** Parsing of the {@code new} command's option values; each method throws IllegalArgumentException with the one line shown. */
final class TemplateOptions {
    private TemplateOptions() {}

    static int wholeNumber(String option, String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + v + "'");
        }
    }

    /** "10,50,100" (commas, semicolons or spaces) in ng/mL. */
    static List<Double> doses(String v) {
        List<Double> out = new ArrayList<>();
        for (String part : v.split("[,;\\s]+")) {
            if (part.isBlank()) continue;
            out.add(number("--doses", part));
        }
        if (out.isEmpty()) throw new IllegalArgumentException("--doses needs at least one dose in ng/mL");
        return out;
    }

    /**
     * {@code lps:100} (LPS at 100 ng/mL; {@code lps} alone is 100 ng/mL), {@code anti-cd3-cd28}, or any other
     * {@code NAME[:CONCENTRATION[:UNIT]]} (unit ng/mL unless given).
     */
    static Stimulus stimulus(String v) {
        String[] p = v.strip().split(":", -1);
        String name = p[0].strip();
        if (name.isEmpty()) throw new IllegalArgumentException("--stimulus needs a name, e.g. lps:100");
        Double conc = p.length > 1 && !p[1].isBlank() ? number("--stimulus", p[1]) : null;
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals("lps")) return Stimulus.lps(conc == null ? 100 : conc);
        if (key.matches("anti-?cd3[-/]?(anti-?)?cd28")) return Stimulus.ANTI_CD3_CD28;
        if (key.equals("none") || key.equals("unstimulated")) throw new IllegalArgumentException("--stimulus must be a stimulus (the template adds the unstimulated controls itself)");
        return Stimulus.custom(name, conc, conc == null ? null : p.length > 2 && !p[2].isBlank() ? p[2].strip() : "ng/mL");
    }

    /** "IL-6,TNF-alpha,IL-10": known cytokines by name (ASCII "alpha", "gamma" accepted), any other as a custom analyte. */
    static List<Analyte> analytes(String v) {
        List<Analyte> out = new ArrayList<>();
        for (String part : v.split(",")) {
            if (part.isBlank()) continue;
            Analyte a = analyte(part.strip());
            if (out.contains(a)) throw new IllegalArgumentException("--analytes names " + a.name() + " twice");
            out.add(a);
        }
        if (out.isEmpty()) throw new IllegalArgumentException("--analytes needs at least one cytokine, e.g. IL-6,TNF-alpha");
        return out;
    }

    static Analyte analyte(String name) {
        String wanted = ascii(name);
        for (Analyte k : Analyte.KNOWN) if (ascii(k.name()).equals(wanted)) return k;
        return Analyte.custom(name);
    }

    private static String ascii(String s) {
        return s.toLowerCase(Locale.ROOT).replace("α", "alpha").replace("γ", "gamma").replaceAll("[^a-z0-9]", "");
    }

    /** "1000:2:7": top concentration, dilution factor, levels. */
    static StandardSeries standards(String v) {
        String[] p = v.split(":");
        if (p.length != 3) throw new IllegalArgumentException("--standards is TOP:FACTOR:LEVELS, e.g. 1000:2:7, not '" + v + "'");
        try {
            return new StandardSeries(number("--standards", p[0]), number("--standards", p[1]), wholeNumber("--standards levels", p[2]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith("--") ? e.getMessage() : "--standards: " + e.getMessage());
        }
    }

    private static double number(String option, String v) {
        try {
            double d = Double.parseDouble(v.strip());
            if (!Double.isFinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + v.strip() + "' is not a number");
        }
    }
}
