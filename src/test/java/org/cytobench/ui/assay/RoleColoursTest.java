package org.cytobench.ui.assay;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.cytobench.ui.culture.TreatmentPalette;
import org.junit.jupiter.api.Test;

/**
 * On the assay plate, samples wear their culture group's colour and the other wells their role's: no role colour may
 * look like a group colour (QC was #FDAE6B beside LPS + vehicle #FDBF6F; low standards beside unstimulated + vehicle).
 */
class RoleColoursTest {

    /** Distance in RGB (0–√3); below about 0.25 two well fills are hard to tell apart on a 96-well grid. */
    private static double distance(Color a, Color b) {
        double r = a.getRed() - b.getRed(), g = a.getGreen() - b.getGreen(), bl = a.getBlue() - b.getBlue();
        return Math.sqrt(r * r + g * g + bl * bl);
    }

    @Test
    void noRoleColourResemblesATreatmentColour() {
        List<Color> roles = new ArrayList<>(List.of(AssayPlateView.QC, AssayPlateView.BLANK, AssayPlateView.ZERO));
        for (int level = 1; level <= 9; level++) roles.add(AssayPlateView.standardColour(level));
        for (Color role : roles) {
            for (int t = 0; t < 12; t++) {
                Color treatment = TreatmentPalette.colour(t);
                assertTrue(distance(role, treatment) > 0.25, role + " looks like treatment colour " + t + " " + treatment);
            }
        }
    }
}
