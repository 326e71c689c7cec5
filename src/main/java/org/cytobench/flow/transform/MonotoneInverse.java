package org.cytobench.flow.transform;

import java.util.function.DoubleUnaryOperator;

/**
 * Solves {@code f(y) = value} for a strictly increasing {@code f} with Newton steps safeguarded by bisection, to double
 * precision. Logicle and hyperlog are defined as the inverse of such a function (Parks et al. 2006; Gating-ML 2.0), with
 * negative values reflected about the zero point {@code x1}.
 */
final class MonotoneInverse {
    private MonotoneInverse() {}

    static double solve(DoubleUnaryOperator f, DoubleUnaryOperator df, double value, double lo, double guess) {
        double hi = Math.max(guess, lo + 1);
        int grow = 0;
        while (f.applyAsDouble(hi) < value && grow++ < 200) hi = lo + 2 * (hi - lo);
        double y = guess > lo && guess < hi ? guess : 0.5 * (lo + hi);
        for (int i = 0; i < 200; i++) {
            double fy = f.applyAsDouble(y) - value;
            if (fy == 0) return y;
            if (fy < 0) lo = y; else hi = y;
            double next = y - fy / df.applyAsDouble(y);
            if (!(next > lo && next < hi)) next = 0.5 * (lo + hi); // Newton left the bracket: bisect
            if (Math.abs(next - y) <= 1e-15 * Math.max(1, Math.abs(y)) || hi - lo <= 1e-15 * Math.max(1, Math.abs(hi))) {
                return next;
            }
            y = next;
        }
        return y;
    }
}
