package org.cytobench.chart.dose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The y-axis of a dose panel: a linear axis from zero with 1-2-5 steps, or a log10 axis over whole decades, and its
 * mapping onto the panel's pixels (points). Immutable; {@link #onto} gives the mapped copy.
 */
final class YScale {
    private final boolean log;
    private final double lo;   // axis bottom, in transformed units (log10 for a log axis)
    private final double hi;   // axis top, transformed
    private final double step; // linear tick step
    private final double bottomPx;
    private final double topPx;

    private YScale(boolean log, double lo, double hi, double step, double bottomPx, double topPx) {
        this.log = log;
        this.lo = lo;
        this.hi = hi;
        this.step = step;
        this.bottomPx = bottomPx;
        this.topPx = topPx;
    }

    /** An axis that holds every value in [min, max] (min: the smallest positive value, for a log axis). */
    static YScale of(double min, double max, boolean log) {
        if (log) {
            double a = Double.isFinite(min) && min > 0 ? Math.floor(Math.log10(min)) : 0;
            double b = Double.isFinite(max) && max > 0 ? Math.ceil(Math.log10(max) + 1e-9) : a + 1;
            if (b <= a) b = a + 1;
            return new YScale(true, a, b, 1, 1, 0);
        }
        double top = Double.isFinite(max) && max > 0 ? max * 1.04 : 1;
        double step = niceStep(top / 5);
        double axisTop = Math.ceil(top / step - 1e-9) * step;
        return new YScale(false, 0, axisTop, step, 1, 0);
    }

    /** 1, 2 or 5 × 10^k, the smallest not below {@code raw}. */
    static double niceStep(double raw) {
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * mag;
    }

    YScale onto(double bottomPx, double topPx) { return new YScale(log, lo, hi, step, bottomPx, topPx); }

    boolean canShow(double v) { return Double.isFinite(v) && (!log || v > 0); }

    /** The value bars start from: zero, or the bottom decade of a log axis. */
    double baseline() { return log ? Math.pow(10, lo) : 0; }

    double transform(double v) { return log ? Math.log10(v) : v; }

    double map(double v) { return mapTransformed(transform(v)); }

    double mapTransformed(double t) {
        double c = Math.max(lo, Math.min(hi, t));
        return bottomPx + (c - lo) / (hi - lo) * (topPx - bottomPx);
    }

    List<Double> ticks() {
        List<Double> t = new ArrayList<>();
        if (log) {
            for (double k = lo; k <= hi + 1e-9; k++) t.add(Math.pow(10, k));
        } else {
            int n = (int) Math.round((hi - lo) / step);
            for (int i = 0; i <= n; i++) t.add(lo + i * step);
        }
        return t;
    }

    List<Double> minorTicks() {
        List<Double> t = new ArrayList<>();
        if (log) {
            for (double k = lo; k < hi - 1e-9; k++) for (int m = 2; m <= 9; m++) t.add(m * Math.pow(10, k));
        }
        return t;
    }

    /** Plain numbers as a lab writes them ("0.5", "2000", "15000"); a log axis beyond 10⁵ as powers of ten. */
    String format(double v) {
        if (log) {
            int k = (int) Math.round(Math.log10(v));
            if (k >= -3 && k <= 5) return new BigDecimal(v).round(new java.math.MathContext(1)).stripTrailingZeros().toPlainString();
            return "10" + superscript(k);
        }
        if (v == 0) return "0";
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        return new BigDecimal(v).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String superscript(int k) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder s = new StringBuilder(k < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(k)).toCharArray()) s.append(digits.charAt(c - '0'));
        return s.toString();
    }
}
