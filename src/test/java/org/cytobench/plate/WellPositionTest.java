package org.cytobench.plate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WellPositionTest {

    @Test
    void parsesAndPrintsLabels() {
        assertEquals(new WellPosition(0, 0), WellPosition.parse("A1"));
        assertEquals(new WellPosition(15, 23), WellPosition.parse("P24"));
        assertEquals(new WellPosition(1, 6), WellPosition.parse("b07"));
        assertEquals(new WellPosition(0, 1), WellPosition.parse("A 2"));
        assertEquals("H12", new WellPosition(7, 11).label());
    }

    @Test
    void rejectsWellLabelOutsidePlate() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WellPosition.parse("Q1")).getMessage().contains("row Q is outside A–P"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WellPosition.parse("A0")).getMessage().contains("column 0 is outside 1–24"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WellPosition.parse("A25")).getMessage().contains("column 25 is outside 1–24"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PlateFormat.WELLS_96.parseWell("I1")).getMessage().contains("not on a 96-well plate"));
        assertThrows(IllegalArgumentException.class, () -> WellPosition.parse("7B"));
    }

    @Test
    void formatsHaveTheRightDimensions() {
        assertEquals(96, PlateFormat.WELLS_96.wells().size());
        assertEquals(384, PlateFormat.WELLS_384.wellCount());
        assertEquals(PlateFormat.WELLS_384, PlateFormat.of(16, 24));
    }
}
