package org.cytobench.plate;

import java.math.BigDecimal;

/** Number formatting for labels: no trailing zeros, no exponent for ordinary lab numbers. */
public final class Numbers {
    private Numbers() {}

    /** 100.0 → "100", 62.5 → "62.5", 1e-11 → "1E-11". */
    public static String compact(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return Double.toString(v);
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        return Math.abs(v) >= 1e-4 && Math.abs(v) < 1e9 || v == 0 ? d.toPlainString() : d.toString();
    }

    /**
     * {@code v} rounded to {@code digits} significant digits, in plain notation between 1e-4 and 1e7 (11380, 0.0419,
     * 5.000 keeps its digits: "5.000"), in scientific notation outside ("1.23E-06").
     */
    public static String significant(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return Double.toString(v);
        if (v == 0) return "0";
        BigDecimal d = new BigDecimal(v).round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN));
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e7) {
            // keep significant trailing zeros (1.00 to 3 digits) but never write 11380 as 1.138E+4
            int scale = digits - 1 - (int) Math.floor(Math.log10(Math.abs(d.doubleValue())));
            if (scale > d.scale()) d = d.setScale(scale);
            return d.toPlainString();
        }
        return String.format(java.util.Locale.ROOT, "%." + (digits - 1) + "E", v);
    }

    /**
     * A number as a person entered it when it is short (1000, 62.5, 15.625), else to 5 significant digits: a two-fold
     * series from 20850 pg/mL has levels like 0.63629150390625, which no table should print in full.
     */
    public static String display(double v) {
        if (!Double.isFinite(v) || v == 0) return compact(v);
        BigDecimal exact = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        if (exact.precision() <= 6) return compact(v);
        BigDecimal r = exact.round(new java.math.MathContext(5, java.math.RoundingMode.HALF_EVEN)).stripTrailingZeros();
        double a = Math.abs(v);
        return a >= 1e-4 && a < 1e9 ? r.toPlainString() : r.toString();
    }
}
