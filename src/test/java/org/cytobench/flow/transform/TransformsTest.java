package org.cytobench.flow.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Gating-ML 2.0 transforms at the points their definitions fix (T → 1, 0 → x1 = (W + A)/(M + A), M decades below T →
 * 0), their inverses, and symmetry. Event-level agreement with the reference implementation is the compliance test
 * (GatingMlComplianceTest, ScaleRange*).
 */
class TransformsTest {

    @Test
    void logicleMapsTopToOneAndZeroToX1AndInvertsItsBiexponential() {
        LogicleTransform l = new LogicleTransform(262144, 0.5, 4.5, 0);
        assertEquals(1, l.apply(262144), 1e-12);
        assertEquals(0.5 / 4.5, l.apply(0), 1e-15);
        for (double y : new double[] {-0.2, 0, 0.05, 0.111, 0.3, 0.7, 1.0, 1.2}) {
            assertEquals(y, l.apply(l.inverse(y)), 1e-12, "y = " + y);
        }
        assertEquals(2 * l.apply(0) - l.apply(1000), l.apply(-1000), 1e-12, "negative values reflect about x1");
        LogicleTransform withA = new LogicleTransform(10000, 1, 4, 0.5);
        assertEquals((1 + 0.5) / 4.5, withA.apply(0), 1e-15);
        assertEquals(1, withA.apply(10000), 1e-12);
    }

    @Test
    void logicleSolvesDFromItsEquation() {
        double b = 4.5 * Math.log(10);
        double w = 0.5 / 4.5;
        double d = LogicleTransform.solveD(b, w);
        assertEquals(0, 2 * (Math.log(d) - Math.log(b)) + w * (b + d), 1e-12);
        assertEquals(b, LogicleTransform.solveD(b, 0));
    }

    @Test
    void hyperlogMapsTopToOneAndZeroToX1() {
        HyperlogTransform h = new HyperlogTransform(10000, 1, 4.5, 0);
        assertEquals(1, h.apply(10000), 1e-12);
        assertEquals(1 / 4.5, h.apply(0), 1e-15);
        for (double y : new double[] {-0.1, 0.2, 0.5, 0.9}) assertEquals(y, h.apply(h.inverse(y)), 1e-12);
    }

    @Test
    void linLogAndAsinhFollowTheirFormulas() {
        assertEquals((10 + 500) / (10000 + 500.0), new LinearTransform(10000, 500).apply(10), 1e-15);
        LogTransform log = new LogTransform(10000, 5);
        assertEquals(1, log.apply(10000), 1e-15);
        assertEquals(0, log.apply(0.1), 1e-15);
        assertTrue(Double.isNaN(log.apply(0)));
        AsinhTransform asinh = new AsinhTransform(10000, 4, 1);
        assertEquals(1, asinh.apply(10000), 1e-12);
        assertEquals(0.2, asinh.apply(0), 1e-15, "A/(M+A)");
        assertEquals(-asinh.apply(5) + 0.4, asinh.apply(-5), 1e-12);
        assertEquals(Math.log(10 + Math.sqrt(101)), new ArcsinhCofactorTransform(150).apply(1500), 1e-12);
    }

    @Test
    void refusesParametersOutsideTheirDomain() {
        assertEquals("logicle needs 0 <= W <= M/2, found W = 3.0",
                assertThrows(IllegalArgumentException.class, () -> new LogicleTransform(10000, 3, 4.5, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LogTransform(0, 4));
        assertThrows(IllegalArgumentException.class, () -> new ArcsinhCofactorTransform(0));
    }
}
