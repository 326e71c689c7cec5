package org.cytobench.chart;

import java.awt.Color;

/** Linear interpolation along a list of colour stops (RGB ints), shared by the sequential and diverging scales. */
public final class ColourRamp {
    private ColourRamp() {}

    /** The colour at {@code t} in [0, 1] (clamped) between evenly spaced {@code stops}. */
    public static Color at(int[] stops, double t) {
        double pos = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int i = Math.min((int) pos, stops.length - 2);
        double f = pos - i;
        Color a = new Color(stops[i]);
        Color b = new Color(stops[i + 1]);
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) { return (int) Math.round(a + (b - a) * f); }
}
