package org.cytobench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cytobench.analysis.BeadCountRule;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.WellPosition;
import org.cytobench.testsupport.ThirtyPlex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bead-count QC as an analysis setting, on the 30-plex xPONENT plate. Its acquisition stopped at 100 beads per region, so
 * no well is under the default 50; IL10's lowest counts (read from the file's Count table): B1 214, B4 215, G1 219, H5 222,
 * A6 226, F4 227, F8 228 — seven wells under 230.
 */
class BeadCountsTest {

    private static Experiment plex;
    private static AssayRun il10;

    @BeforeAll
    static void load() throws Exception {
        plex = ThirtyPlex.project().experiment();
        il10 = plex.assays().get(3);
    }

    private static WellPosition w(String s) { return WellPosition.parse(s); }

    @Test
    void readsTheRunsOwnBeadCounts() {
        assertEquals("IL10 Count", BeadCounts.read(il10).orElseThrow().name());
        assertEquals(214, BeadCounts.read(il10).orElseThrow().value(w("B1")), 0);
        assertTrue(BeadCounts.below(il10, BeadCountRule.DEFAULT).isEmpty());
    }

    @Test
    void listsTheWellsUnderTheMinimum() {
        Map<WellPosition, Double> low = BeadCounts.below(il10, new BeadCountRule(230, false));
        assertEquals(List.of(w("F4"), w("G1"), w("B1"), w("B4"), w("H5"), w("A6"), w("F8")).stream().sorted().toList(), List.copyOf(low.keySet()));
        assertEquals(214, low.get(w("B1")), 0);
        assertEquals("7 wells with fewer than 230 beads (flagged, not excluded): A6 (226), B1 (214), B4 (215), F4 (227), "
                + "F8 (228), G1 (219), H5 (222)", BeadCounts.warning(low, new BeadCountRule(230, false)));
    }

    @Test
    void flaggingWarnsAndExcludingMasks() {
        PlateAnalysis flagged = PlateAnalyzer.analyze(il10, 3, plex.curveSettingsFor(il10),
                AnalysisSettings.DEFAULT.withBeadCount(new BeadCountRule(230, false)));
        assertTrue(flagged.verdict().warnings().stream().anyMatch(s -> s.startsWith("7 wells with fewer than 230 beads (flagged")),
                flagged.verdict().warnings()::toString);
        assertTrue(flagged.masked().isEmpty());
        PlateAnalysis excluded = PlateAnalyzer.analyze(il10, 3, plex.curveSettingsFor(il10),
                AnalysisSettings.DEFAULT.withBeadCount(new BeadCountRule(230, true)));
        assertEquals(7, excluded.masked().size());
        assertEquals("bead count 222 < 230", excluded.masked().stream().filter(m -> m.well().equals(w("H5"))).findFirst().orElseThrow().reason());
        WellResult h5 = excluded.wells().stream().filter(r -> r.well().equals(w("H5"))).findFirst().orElseThrow();
        assertEquals(ValueStatus.MASKED, h5.status());
        // Standard3 (H5) and Standard8 (A6) leave the fit: one replicate fewer at two levels
        assertEquals(flagged.fit().n() - 2, excluded.fit().n());
        // ELISA-style runs have no bead counts and are not touched
        assertFalse(BeadCounts.read(il10.withPlateGroup(null)).isPresent());
    }

    @Test
    void theMethodsParagraphStatesAChangedRule() {
        assertFalse(AnalysisSettings.DEFAULT.describe().contains("bead"));
        assertTrue(AnalysisSettings.DEFAULT.withBeadCount(new BeadCountRule(35, true)).describe()
                .endsWith(" Multiplex bead counts: wells with fewer than 35 beads in the analyte's region are flagged and excluded."));
    }

    @Test
    void theMethodsParagraphOfABeadArrayExperimentAlwaysStatesTheRule() {
        assertTrue(AnalysisSettings.DEFAULT.describe(true)
                .endsWith(" Multiplex bead counts: wells with fewer than 50 beads in the analyte's region are flagged."));
        assertFalse(AnalysisSettings.DEFAULT.describe(false).contains("bead"));
    }
}
