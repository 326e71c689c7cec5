package org.cytobench.chart.vector;

/**
 * Writes numbers for the vector writers (SVG attributes, PDF content streams): plain decimal (SVG 1.1 has no exponent
 * form in every attribute, and "1.0E-5" would break a path; PDF has none at all), at most a given number of decimals,
 * trailing zeros dropped, never locale-dependent, and without {@code DecimalFormat} or {@code String.format}, which cost
 * more than the rest of a chart PDF together.
 */
public final class PlainNumbers {
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
        1_000_000_000, 10_000_000_000L};

    private PlainNumbers() {}

    /** Appends {@code v} rounded to {@code decimals} (0–10) places; callers check that {@code v} is finite. */
    public static void append(StringBuilder b, double v, int decimals) {
        long scale = POW10[decimals];
        double scaled = Math.abs(v) * scale;
        if (scaled >= 9.0e15) { // beyond a long's exact range: no drawing is that large, but stay correct
            b.append(new java.math.BigDecimal(v).setScale(decimals, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString());
            return;
        }
        long r = Math.round(scaled);
        if (r == 0) {
            b.append('0');
            return;
        }
        if (v < 0) b.append('-');
        b.append(r / scale);
        long frac = r % scale;
        if (frac == 0) return;
        int digits = decimals;
        while (frac % 10 == 0) {
            frac /= 10;
            digits--;
        }
        b.append('.');
        for (long p = POW10[digits - 1]; p > frac; p /= 10) b.append('0');
        b.append(frac);
    }

    public static String format(double v, int decimals) {
        StringBuilder b = new StringBuilder(12);
        append(b, v, decimals);
        return b.toString();
    }
}
