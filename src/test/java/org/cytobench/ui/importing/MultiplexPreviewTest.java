package org.cytobench.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cytobench.io.multiplex.MultiplexExportsDir;
import org.cytobench.io.multiplex.VendorWellType;
import org.cytobench.plate.WellPosition;
import org.cytobench.testsupport.ThirtyPlex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The import preview of the 30-plex xPONENT plate. Counted in the file by hand (and with a script): 96 wells — 2
 * Background0, 17 standards of 16 levels (Standard1 twice), 6 controls (Control1–3 twice), 71 unknowns; Dilution Factor 2
 * where one is given; IL10's Net MFI of Standard1 (A2) 19448 and its bead counts B1 214 … F8 228 (seven under 230); the
 * lowest count of the plate is G-CSF's 98 in B9.
 */
class MultiplexPreviewTest {

    private static MultiplexPreview preview;

    @BeforeAll
    static void read() throws Exception {
        preview = MultiplexPreview.read(MultiplexExportsDir.file(ThirtyPlex.FILE), null, 0);
    }

    private static WellPosition w(String s) { return WellPosition.parse(s); }

    @Test
    void summarisesTheLayoutTheFileProposes() {
        assertEquals(30, preview.analytes().size());
        assertEquals("IL10", preview.analytes().get(3));
        assertEquals("Layout from the file: 2 background, 17 standards (16 levels), 6 controls, 71 unknowns; dilutions 2",
                preview.layoutSummary());
        assertEquals(VendorWellType.STANDARD, preview.type(w("A2")));
        assertEquals("S", MultiplexPreview.letter(preview.type(w("A2"))));
        assertEquals("control Control1, dilution 2", preview.describe(w("B1")));
    }

    @Test
    void showsEachAnalytesSignalAndBeadCounts() {
        assertEquals("Net MFI", preview.signal("IL10").orElseThrow().name());
        assertEquals(19448, preview.signal("IL10").orElseThrow().value(w("A2")), 0);
        assertEquals(214, preview.beadCounts("IL10").orElseThrow().value(w("B1")), 0);
        assertEquals(7, preview.lowBeads("IL10", 230).size());
        assertEquals(0, preview.lowBeads("IL10", 50).size());
        assertEquals(0, preview.analytesWithLowBeads(50));
        assertEquals(1, preview.analytesWithLowBeads(100));
        assertEquals(java.util.Set.of(w("B9")), preview.lowBeads("G-CSF", 100));
    }

    /**
     * The 62-plex serology plate: 62 analytes; its Count table (counted with a script) has 2165 analyte-wells under 50
     * beads, in 52 of the 62 analytes — Adenovirus T5 in all 96 wells, OspC in 93.
     */
    @Test
    void flagsTheLowBeadCountsOfTheSixtyTwoPlex() throws Exception {
        MultiplexPreview p62 = MultiplexPreview.read(MultiplexExportsDir.file(
                "luminex-xponent/serolyzer_P1_SEROPED_PBT_62PLEX_PLATE1_03312023_RUN001.csv"), null, 0);
        assertEquals(62, p62.analytes().size());
        assertEquals(52, p62.analytesWithLowBeads(50));
        assertEquals(96, p62.lowBeads("Adenovirus T5", 50).size());
        assertEquals(93, p62.lowBeads("OspC", 50).size());
        assertEquals(2165, p62.analytes().stream().mapToInt(a -> p62.lowBeads(a, 50).size()).sum());
    }
}
