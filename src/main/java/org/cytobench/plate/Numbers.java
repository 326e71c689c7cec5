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
}
