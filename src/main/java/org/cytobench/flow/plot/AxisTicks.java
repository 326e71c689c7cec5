package org.cytobench.flow.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Tick marks for a plot axis, in display units with labels in scale values: round steps on a linear axis; on a
 * transformed axis 0 (where shown) and the powers of ten ±10^k, as cytometry software labels logicle and log axes.
 */
public final class AxisTicks {
    /** A tick at a display position with its label. */
    public record Tick(double display, String label, boolean major) {}

    private AxisTicks() {}

    public static List<Tick> of(PlotAxis a) {
        return a.transform() == null ? linear(a) : decades(a);
    }

    private static List<Tick> linear(PlotAxis a) {
        double span = a.max() - a.min();
        double raw = span / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag >= 5 ? 5 * mag : raw / mag >= 2 ? 2 * mag : mag;
        List<Tick> out = new ArrayList<>();
        for (double v = Math.ceil(a.min() / step) * step; v <= a.max() + 1e-9 * span; v += step) {
            out.add(new Tick(v, number(v), true));
        }
        return out;
    }

    private static List<Tick> decades(PlotAxis a) {
        List<Tick> out = new ArrayList<>();
        double lo = a.scaleValue(a.min());
        double hi = a.scaleValue(a.max());
        if (lo <= 0 && hi >= 0) add(out, a, 0, "0");
        for (int k = 0; k <= 9; k++) {
            double v = Math.pow(10, k);
            if (v >= lo && v <= hi * (1 + 1e-9)) add(out, a, v, power(k));
            if (-v >= lo && -v <= hi) add(out, a, -v, "−" + power(k));
        }
        out.sort(java.util.Comparator.comparingDouble(Tick::display));
        return thinned(out, a);
    }

    private static void add(List<Tick> out, PlotAxis a, double scale, String label) {
        double d = a.display(scale);
        if (Double.isFinite(d) && d >= a.min() && d <= a.max() + 1e-9) out.add(new Tick(d, label, true));
    }

    /** Drops ticks closer than 1/20 of the axis to a kept one (the decades around 0 crowd on a logicle axis). */
    private static List<Tick> thinned(List<Tick> ticks, PlotAxis a) {
        List<Tick> kept = new ArrayList<>();
        double min = (a.max() - a.min()) / 20;
        for (Tick t : ticks) {
            if (t.label().equals("0") || kept.isEmpty() || t.display() - kept.get(kept.size() - 1).display() >= min) {
                if (!kept.isEmpty() && t.display() - kept.get(kept.size() - 1).display() < min) kept.remove(kept.size() - 1);
                kept.add(t);
            }
        }
        return kept;
    }

    private static String power(int k) {
        if (k == 0) return "1";
        if (k == 1) return "10";
        String sup = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        return "10" + sup.charAt(k);
    }

    private static String number(double v) {
        if (Math.abs(v) < 1e-12) return "0";
        if (Math.abs(v) >= 1000 && v == Math.rint(v)) return String.format(java.util.Locale.ROOT, "%,.0f", v).replace(',', ' ');
        if (v == Math.rint(v)) return Long.toString((long) v);
        return String.format(java.util.Locale.ROOT, "%.3g", v);
    }
}
