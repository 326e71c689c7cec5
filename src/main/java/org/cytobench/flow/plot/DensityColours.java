package org.cytobench.flow.plot;

import java.awt.Color;
import org.cytobench.chart.ViridisScale;

/**
 * How a density plot colours a bin: empty bins are transparent, the others take viridis (perceptually uniform, readable
 * by colour-blind readers and in grey) at {@code log(1 + count) / log(1 + max)}, so a bin of one event is visible next
 * to a peak of thousands, as in FlowJo's pseudocolour plots but on a perceptual map.
 */
public final class DensityColours {
    static final int LEVELS = 256;
    private static final int[] LUT = new int[LEVELS];

    static {
        ViridisScale v = new ViridisScale(0, 1);
        for (int i = 0; i < LEVELS; i++) {
            Color c = v.color(i / (double) (LEVELS - 1));
            LUT[i] = 0xFF000000 | (c.getRGB() & 0xFFFFFF);
        }
    }

    private DensityColours() {}

    /** The colour of the lowest non-empty level (dark purple) to the highest (yellow). */
    public static int level(int i) { return LUT[Math.max(0, Math.min(LEVELS - 1, i))]; }

    /** The level of a (possibly smoothed) count among counts up to {@code max}; 0 for the smallest positive count. */
    static int levelOf(double count, double logMax) {
        if (logMax <= 0) return LEVELS - 1;
        int i = (int) Math.round((LEVELS - 1) * Math.log1p(count) / logMax);
        return Math.max(0, Math.min(LEVELS - 1, i));
    }
}
