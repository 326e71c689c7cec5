package org.cytobench.ui.grid;

import javafx.scene.paint.Color;

/**
 * How one well is drawn: short text (donor, role), fill colour, tooltip, and whether it carries a warning (drawn with a
 * red outline so a wrong layout shows at a glance). {@code fill} null means an unused well.
 */
public record WellAppearance(String text, Color fill, String tooltip, boolean warning) {
    public static final WellAppearance UNUSED = new WellAppearance("", null, null, false);
}
