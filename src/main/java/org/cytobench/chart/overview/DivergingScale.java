package org.cytobench.chart.overview;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * A diverging colour scale symmetric about 0, for log fold changes: blue below, white at 0, red above (ColorBrewer RdBu,
 * readable in greyscale by lightness and safe for red–green colour blindness). Values beyond ±limit take the end colours.
 */
public final class DivergingScale implements PaintScale {
    // RdBu, 9 classes: dark blue … white … dark red
    private static final int[] STOPS = {0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0, 0xF7F7F7, 0xFDDBC7, 0xF4A582, 0xD6604D, 0xB2182B};

    private final double limit;

    public DivergingScale(double limit) {
        this.limit = limit > 0 ? limit : 1;
    }

    public double limit() { return limit; }

    @Override public double getLowerBound() { return -limit; }

    @Override public double getUpperBound() { return limit; }

    @Override public Paint getPaint(double value) { return color(value); }

    public Color color(double value) {
        double t = Double.isFinite(value) ? Math.max(0, Math.min(1, (value + limit) / (2 * limit))) : 0.5;
        return org.cytobench.chart.ColourRamp.at(STOPS, t);
    }

    /** Text on a cell of this value: white on the dark ends, dark in the middle. */
    public Color ink(double value) {
        return Math.abs(value) > 0.6 * limit ? Color.WHITE : new Color(0x22, 0x22, 0x22);
    }

}
