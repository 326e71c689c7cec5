package org.cytobench.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The donor-blocked statistics against R (stats-block-reference.R: aov(y ~ g + donor) on donor means, multcomp's
 * Dunnett on that model, paired t.test, p.adjust "holm"), on the linear and the log10 scale. Tolerances as the issue
 * asks: Dunnett p 1e-5 absolute, everything else 1e-4 relative (most agree to 1e-9).
 */
class BlockStatisticsAgainstRTest {

    private static final BlockReference R = BlockReference.load();
    private static final List<String> DATASETS = List.of("block3", "block3missing", "block4", "block5missing",
            "block3.log10", "block3missing.log10", "block4.log10", "block5missing.log10");

    @Test
    void blockAnovaMatchesAovWithDonorAsBlock() {
        for (String ds : DATASETS) {
            BlockAnovaResult a = BlockAnova.test(R.donorMeans(ds));
            assertRel(R.expect(ds, "", "block.F"), a.f(), 1e-9, ds);
            assertRel(R.expect(ds, "", "block.p"), a.p(), 1e-7, ds);
            assertEquals(R.expect(ds, "", "block.df1"), a.dfTreatment(), 0, ds);
            assertEquals(R.expect(ds, "", "block.df2"), a.dfResidual(), 0, ds);
        }
    }

    @Test
    void dunnettOnTheBlockModelMatchesMultcomp() {
        for (String ds : DATASETS) {
            double[][] y = R.donorMeans(ds);
            BlockAnovaResult a = BlockAnova.test(y);
            List<DunnettComparison> c = DunnettTest.blocked(y[0], Arrays.asList(y).subList(1, y.length), a);
            List<String> groups = R.groups(ds);
            for (int i = 0; i < c.size(); i++) {
                String g = groups.get(i + 1);
                String where = ds + " " + g;
                assertRel(R.expect(ds, g, "block.dunnett.diff"), c.get(i).meanDifference(), 1e-9, where);
                assertRel(R.expect(ds, g, "block.dunnett.se"), c.get(i).standardError(), 1e-9, where);
                assertRel(R.expect(ds, g, "block.dunnett.t"), c.get(i).t(), 1e-9, where);
                assertEquals(a.dfResidual(), c.get(i).df(), where);
                // the adaptive-quadrature value is exact to ~1e-9; multcomp's Genz rule to ~1e-6
                assertEquals(R.expect(ds, g, "block.dunnett.p.integrate"), c.get(i).p(), 1e-7, where + " (integrate)");
                // multcomp's randomised Genz rule fails in the far tail (R warns "Completion with error > abseps": 5e-8 where
                // the exact value is 1e-5), so it is checked where p > 1e-4; the integrate value above is checked everywhere
                if (R.expect(ds, g, "block.dunnett.p.integrate") > 1e-4) {
                    assertEquals(R.expect(ds, g, "block.dunnett.p"), c.get(i).p(), 1e-5, where + " (multcomp)");
                }
            }
        }
    }

    @Test
    void pairedTTestsWithHolmMatchR() {
        for (String ds : DATASETS) {
            double[][] y = R.donorMeans(ds);
            List<String> groups = R.groups(ds);
            double[] p = new double[y.length - 1];
            for (int i = 1; i < y.length; i++) {
                String g = groups.get(i);
                TTestResult t = PairedTTest.test(y[i], y[0]);
                assertRel(R.expect(ds, g, "paired.t"), t.t(), 1e-9, ds + " " + g);
                assertEquals(R.expect(ds, g, "paired.df"), t.df(), 0, ds + " " + g);
                assertRel(R.expect(ds, g, "paired.p"), t.p(), 1e-6, ds + " " + g);
                assertRel(R.expect(ds, g, "paired.ciLow"), t.ciLow(), 1e-6, ds + " " + g);
                assertRel(R.expect(ds, g, "paired.ciHigh"), t.ciHigh(), 1e-6, ds + " " + g);
                p[i - 1] = t.p();
            }
            double[] holm = Holm.adjust(p);
            for (int i = 1; i < y.length; i++) assertRel(R.expect(ds, groups.get(i), "paired.holm"), holm[i - 1], 1e-6, ds);
        }
    }

    @Test
    void pairedTestNeedsTwoPairsAndSomeSpread() {
        assertTrue(Double.isNaN(PairedTTest.test(new double[] {1}, new double[] {2}).p()));
        assertTrue(Double.isNaN(PairedTTest.test(new double[] {3, 4}, new double[] {2, 3}).p()));
        assertFalse(Double.isNaN(PairedTTest.test(new double[] {3, 5}, new double[] {2, 3}).p()));
    }

    static void assertRel(double expected, double actual, double rel, String where) {
        assertEquals(expected, actual, rel * Math.abs(expected) + 1e-300, where);
    }
}
