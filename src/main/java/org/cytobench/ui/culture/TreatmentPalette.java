package org.cytobench.ui.culture;

import javafx.scene.paint.Color;

/** Colours for treatment groups: a fixed, colour-blind-friendly list first (Okabe–Ito plus light tints), then hues. */
public final class TreatmentPalette {
    private TreatmentPalette() {}

    private static final Color[] FIXED = {
        Color.web("#d9d9d9"), Color.web("#a6cee3"), Color.web("#fdbf6f"), Color.web("#b2df8a"), Color.web("#fb9a99"),
        Color.web("#cab2d6"), Color.web("#ffff99"), Color.web("#8dd3c7"), Color.web("#bc80bd"), Color.web("#80b1d3"),
        Color.web("#fccde5"), Color.web("#ccebc5"),
    };

    public static Color colour(int index) {
        if (index < 0) return Color.web("#eeeeee");
        if (index < FIXED.length) return FIXED[index];
        return Color.hsb((index * 47) % 360, 0.35, 0.95);
    }
}
