package org.cytobench.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class DunnettTestTest {

    @Test
    void oneComparisonIsThePooledTwoSampleTTest() {
        double[] control = {5.1, 6.3, 5.8, 6.9, 6.0};
        double[] treated = {7.2, 8.1, 6.6};
        DunnettComparison c = DunnettTest.test(control, List.of(treated)).get(0);
        // Student's t with pooled variance, df = 6: |T| for k = 1 is just |t|
        double m0 = 6.02;
        double m1 = 7.3;
        double ss = 0;
        for (double x : control) ss += (x - m0) * (x - m0);
        for (double x : treated) ss += (x - m1) * (x - m1);
        double se = Math.sqrt(ss / 6 * (1.0 / 3 + 1.0 / 5));
        double t = (m1 - m0) / se;
        TDistribution dist = new TDistribution(6);
        assertEquals(t, c.t(), 1e-12);
        assertEquals(2 * dist.cumulativeProbability(-t), c.p(), 1e-9);
        double q = dist.inverseCumulativeProbability(0.975);
        assertEquals(m1 - m0 - q * se, c.ciLow(), 1e-7);
    }

    @Test
    void criticalValuesMatchDunnettsTable() {
        // Dunnett (1955) two-sided 5% table, equal n: k = 3 comparisons, df = 8 → 2.88; k = 5, df = 20 → 2.73; df = 60, k = 2 → 2.27
        assertEquals(2.88, DunnettDistribution.forGroupSizes(3, new int[] {3, 3, 3}, 8).quantile(0.95), 0.006);
        assertEquals(2.73, DunnettDistribution.forGroupSizes(4, new int[] {4, 4, 4, 4, 4}, 20).quantile(0.95), 0.006);
        assertEquals(2.27, DunnettDistribution.forGroupSizes(21, new int[] {21, 21}, 60).quantile(0.95), 0.006);
    }

    @Test
    void undefinedWhenThereIsNoVariance() {
        List<DunnettComparison> r = DunnettTest.test(new double[] {1, 1}, List.of(new double[] {2, 2}, new double[] {}));
        assertTrue(Double.isNaN(r.get(0).p()));
        assertEquals(1.0, r.get(0).meanDifference(), 0);
        assertTrue(Double.isNaN(r.get(1).p()));
    }

    @Test
    void normalTailMatchesCommonsMathToTwelveDigits() {
        NormalDistribution n = new NormalDistribution(null, 0, 1);
        for (double x = -30; x <= 8; x += 0.173) {
            double e = n.cumulativeProbability(x);
            assertEquals(e, NormalTail.lower(x), 1e-13 + 1e-12 * e, "x = " + x);
        }
    }
}
