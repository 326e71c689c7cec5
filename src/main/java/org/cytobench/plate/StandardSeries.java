package org.cytobench.plate;

import java.util.ArrayList;
import java.util.List;

/**
 * A serial dilution of the standard: {@code levels} concentrations starting at {@code top}, each {@code dilutionFactor}
 * times lower than the one before (1000, 500, 250, … for top 1000 and factor 2).
 */
public record StandardSeries(double top, double dilutionFactor, int levels) {

    public StandardSeries {
        if (!(top > 0)) throw new IllegalArgumentException("top standard concentration must be > 0");
        if (!(dilutionFactor > 1)) throw new IllegalArgumentException("dilution factor must be > 1");
        if (levels < 1 || levels > 24) throw new IllegalArgumentException("a standard series has 1 to 24 levels");
    }

    /** Concentrations from highest to lowest. */
    public List<Double> concentrations() {
        List<Double> c = new ArrayList<>(levels);
        double v = top;
        for (int i = 0; i < levels; i++) {
            c.add(v);
            v /= dilutionFactor;
        }
        return List.copyOf(c);
    }
}
