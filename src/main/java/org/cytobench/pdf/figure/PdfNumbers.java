package org.cytobench.pdf.figure;

import org.cytobench.chart.vector.PlainNumbers;

/**
 * Numbers for a PDF content stream: {@link PlainNumbers} with at most four decimals (a ten-thousandth of a point, far
 * below what a printer resolves), and the range a figure's coordinates may have.
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
        PlainNumbers.append(b, v, 4);
    }
}
