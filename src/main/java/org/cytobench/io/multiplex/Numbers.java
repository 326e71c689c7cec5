package org.cytobench.io.multiplex;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number formatting for messages about multiplex files. */
final class Numbers {
    private Numbers() {}

    /** Up to 7 significant figures, no exponent: 215.625, 215625, 0.1052856. */
    static String plain(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        return new BigDecimal(v).round(new MathContext(7)).stripTrailingZeros().toPlainString();
    }
}
