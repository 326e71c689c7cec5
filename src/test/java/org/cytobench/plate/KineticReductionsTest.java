package org.cytobench.plate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KineticReductionsTest {

    private static final WellPosition A1 = WellPosition.parse("A1");
    private static final WellPosition A2 = WellPosition.parse("A2");
    private static final WellPosition B1 = WellPosition.parse("B1");

    /** A1 rises 0.06 per minute exactly; A2 is flat then steep; B1 overflows at the last read. */
    private static KineticRead run() {
        List<Double> t = List.of(0.0, 60.0, 120.0, 180.0, 240.0);
        return new KineticRead("OD600", 600.0, t, Map.of(
                A1, List.of(0.10, 0.16, 0.22, 0.28, 0.34),
                A2, List.of(0.10, 0.10, 0.10, 0.50, 0.90),
                B1, Arrays.asList(1.0, 2.0, 3.0, 3.5, null)), Map.of(B1, "OVRFLW"));
    }

    @Test
    void lastReadTakesTheFinalTimePointAndKeepsTheMarker() {
        Read r = KineticReductions.lastRead(run());
        assertEquals("OD600 (last read)", r.name());
        assertEquals(ReadKind.DERIVED, r.kind());
        assertEquals(600.0, r.wavelengthNm());
        assertEquals(0.34, r.value(A1));
        assertEquals(0.90, r.value(A2));
        assertNull(r.value(B1));
        assertEquals("OVRFLW", r.marker(B1));
    }

    @Test
    void atTimePointNamesTheReadAndTime() {
        Read r = KineticReductions.atTimePoint(run(), 1);
        assertEquals("OD600 (read 2, 60 s)", r.name());
        assertEquals(0.16, r.value(A1));
        assertThrows(IllegalArgumentException.class, () -> KineticReductions.atTimePoint(run(), 5));
    }

    @Test
    void meanSlopeIsTheLeastSquaresSlopePerMinute() {
        Read r = KineticReductions.meanSlope(run());
        assertEquals("OD600 (mean slope per min)", r.name());
        assertEquals(0.06, r.value(A1), 1e-12);
        // A2: x = 0..4 min, y = .1 .1 .1 .5 .9 -> slope = sum(dx*dy)/sum(dx^2) = 2.0/10 = 0.2 per min
        assertEquals(0.2, r.value(A2), 1e-12);
        // B1 uses its 4 numeric reads: 1, 2, 3, 3.5 over 0..3 min -> slope 0.85
        assertEquals(0.85, r.value(B1), 1e-12);
    }

    @Test
    void maxSlopeFindsTheSteepestWindow() {
        Read r = KineticReductions.maxSlope(run(), 2);
        assertEquals(0.06, r.value(A1), 1e-12);
        assertEquals(0.4, r.value(A2), 1e-12);
        assertEquals(1.0, r.value(B1), 1e-12);
        Read three = KineticReductions.maxSlope(run(), 3);
        assertEquals(0.4, three.value(A2), 1e-12);
        assertEquals(1.0, three.value(B1), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> KineticReductions.maxSlope(run(), 1));
    }
}
