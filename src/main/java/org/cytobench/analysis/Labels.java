package org.cytobench.analysis;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers in the plain sentences of verdicts and notes: three significant digits, no exponent ("15.6", "1000", "0.0123"). */
final class Labels {
    private Labels() {}

    static String num(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        if (v == 0) return "0";
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** "15.6 pg/mL". */
    static String conc(double v, String unit) {
        return num(v) + " " + unit;
    }

    /**
     * A nominal concentration (a standard's, a QC's, or the LLOQ/ULOQ, which are standards) exactly as the layout gives it,
     * "15.625 pg/mL" — the same number the tables show, so a reason can be matched to its row; measured and
     * back-calculated values keep three significant digits ({@link #conc}).
     */
    static String nominal(double v, String unit) {
        return org.cytobench.plate.Numbers.compact(v) + " " + unit;
    }

    /** Percentages with one decimal, so that 120.4% never reads as the allowed 120%. */
    static String pct(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", v);
    }

    /** "75–125%" for a ±25% tolerance. */
    static String range(double tolerancePct) {
        return num(100 - tolerancePct) + "–" + num(100 + tolerancePct) + "%";
    }
}
