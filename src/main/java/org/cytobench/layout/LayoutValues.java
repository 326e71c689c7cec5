package org.cytobench.layout;

import java.math.BigDecimal;
import java.util.Locale;
import org.cytobench.plate.Stimulus;
import org.cytobench.plate.WellPosition;

/** The texts of plate-map cells: numbers, yes/no, stimuli, written and read the same way. */
final class LayoutValues {
    private LayoutValues() {}

    static String number(double v) {
        String s = new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** A number; a decimal comma is accepted ("12,5") since lab spreadsheets are often German or French. */
    static double number(String text, String file, PlateMap.Block b, WellPosition w, String what) throws PlateMapException {
        String t = text.strip();
        if (t.matches("[+-]?\\d+,\\d+")) t = t.replace(',', '.');
        try {
            double d = Double.parseDouble(t);
            if (Double.isFinite(d)) return d;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new PlateMapException(file + ", " + b.location(w) + ": block '" + b.name() + "': '" + text + "' is not a number (" + what + ")");
    }

    static boolean yesNo(String text, String file, PlateMap.Block b, WellPosition w) throws PlateMapException {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "x" -> true;
            case "no", "n", "false", "0", "" -> false;
            default -> throw new PlateMapException(file + ", " + b.location(w) + ": block '" + b.name() + "': '" + text + "' is not yes or no");
        };
    }

    /** "Unstimulated", "LPS 100 ng/mL", "anti-CD3/anti-CD28", "PMA 50 ng/mL": what {@link Stimulus#label()} writes. */
    static Stimulus stimulus(String text) {
        String t = text.strip();
        String k = t.toLowerCase(Locale.ROOT);
        if (k.equals("unstimulated") || k.equals("none") || k.equals("medium")) return Stimulus.NONE;
        if (k.equals(Stimulus.ANTI_CD3_CD28.name().toLowerCase(Locale.ROOT)) || k.matches("anti-?cd3[/ +-]*(anti-?)?cd28")) return Stimulus.ANTI_CD3_CD28;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?)\\s+([0-9]+(?:[.,][0-9]+)?(?:[eE][+-]?[0-9]+)?)\\s*(\\S.*)?$").matcher(t);
        String name = t;
        Double conc = null;
        String unit = null;
        if (m.matches()) {
            name = m.group(1).strip();
            conc = Double.parseDouble(m.group(2).replace(',', '.'));
            unit = m.group(3) == null ? null : m.group(3).strip();
        }
        if (name.equalsIgnoreCase("LPS")) return conc == null ? Stimulus.lps(100) : new Stimulus(Stimulus.Kind.LPS, "LPS", conc, unit == null ? "ng/mL" : unit);
        return Stimulus.custom(name, conc, unit);
    }
}
