package org.cytobench.chart;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * The viridis colour map (perceptually uniform, readable in grey and by colour-blind readers) between two bounds.
 * Values outside the bounds take the end colours.
 */
public final class ViridisScale implements PaintScale {
    // viridis sampled at 0, 1/8, …, 1 (matplotlib's _viridis_data)
    private static final int[] STOPS = {0x440154, 0x46327E, 0x365C8D, 0x277F8E, 0x1FA187, 0x4AC16D, 0x9FDA3A, 0xFDE725};

    private final double lower;
    private final double upper;

    public ViridisScale(double lower, double upper) {
        if (!(upper > lower)) upper = lower + 1; // a plate with one value still gets a scale
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() { return lower; }

    @Override
    public double getUpperBound() { return upper; }

    @Override
    public Paint getPaint(double value) { return color(value); }

    public Color color(double value) {
        double t = Double.isFinite(value) ? Math.max(0, Math.min(1, (value - lower) / (upper - lower))) : 0;
        return org.cytobench.chart.ColourRamp.at(STOPS, t);
    }

    /** Black or white, whichever reads better on the colour for this value. */
    public Color ink(double value) {
        Color c = color(value);
        double luminance = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return luminance > 140 ? Color.BLACK : Color.WHITE;
    }

}
