package org.cytobench.pdf.figure;

/**
 * Numbers for a PDF content stream, written by hand: the shortest decimal form with at most four decimals (a
 * ten-thousandth of a point, far below what a printer resolves). {@code DecimalFormat} and {@code String.format} cost
 * more than the rest of a chart PDF together (issue 14: OrsonPDF spent half of {@code analyze} in them).
 */
final class PdfNumbers {
    /** Beyond this a coordinate is no longer a figure's (Java 2D draws nothing sensible there); the writer gives up. */
    static final double LIMIT = 1e9;

    private PdfNumbers() {}

    /** Whether {@link #append} can write {@code v}. */
    static boolean writable(double v) {
        return v > -LIMIT && v < LIMIT; // false for NaN too
    }

    /** Appends {@code v} rounded to four decimals, without trailing zeros ("0", "-1.5", "0.0001"). */
    static void append(StringBuilder b, double v) {
        long scaled = Math.round(v * 10000);
        if (scaled == 0) {
            b.append('0');
            return;
        }
        if (scaled < 0) {
            b.append('-');
            scaled = -scaled;
        }
        long whole = scaled / 10000;
        int frac = (int) (scaled % 10000);
        b.append(whole);
        if (frac == 0) return;
        b.append('.');
        int digits = 4;
        while (frac % 10 == 0) {
            frac /= 10;
            digits--;
        }
        // the fraction zero-padded to its digits: 0.05 is frac 5 with 2 digits
        for (int p = pow10(digits - 1); frac < p; p /= 10) b.append('0');
        b.append(frac);
    }

    private static int pow10(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) p *= 10;
        return p;
    }
}
