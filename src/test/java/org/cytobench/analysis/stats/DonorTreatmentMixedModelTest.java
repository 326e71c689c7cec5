package org.cytobench.analysis.stats;

import static org.cytobench.analysis.stats.BlockStatisticsAgainstRTest.assertRel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mixed model y ~ group + (1|donor) + (1|donor:group) against lme4 + lmerTest + emmeans (stats-block-reference.R),
 * balanced and with lost wells, linear and log10.
 */
class DonorTreatmentMixedModelTest {

    private static final BlockReference R = BlockReference.load();
    private static final List<String> DATASETS = List.of("block3", "block3missing", "block4", "block5missing",
            "block3.log10", "block3missing.log10", "block4.log10", "block5missing.log10");

    static MixedModelResult fit(String ds) {
        List<BlockReference.Well> w = R.data.get(ds);
        List<String> groups = R.groups(ds);
        double[] y = w.stream().mapToDouble(BlockReference.Well::value).toArray();
        int[] g = w.stream().mapToInt(x -> groups.indexOf(x.group())).toArray();
        String[] d = w.stream().map(BlockReference.Well::donor).toArray(String[]::new);
        return DonorTreatmentMixedModel.fit(y, g, d);
    }

    @Test
    void varianceComponentsAndRemlCriterionMatchLme4() {
        for (String ds : DATASETS) {
            MixedModelResult m = fit(ds);
            assertFalse(m.singular(), ds);
            assertEquals(0, R.expect(ds, "", "lmm.singular"), ds);
            assertRel(R.expect(ds, "", "lmm.var.donor"), m.varianceDonor(), 1e-4, ds + " donor");
            assertRel(R.expect(ds, "", "lmm.var.donor:g"), m.varianceDonorGroup(), 1e-4, ds + " donor:group");
            assertRel(R.expect(ds, "", "lmm.var.residual"), m.varianceResidual(), 1e-4, ds + " residual");
            assertEquals(R.expect(ds, "", "lmm.REMLcrit"), m.remlCriterion(), 1e-6 * Math.abs(m.remlCriterion()) + 1e-6, ds);
        }
    }

    @Test
    void contrastsMatchEmmeansWithSatterthwaiteDf() {
        for (String ds : DATASETS) {
            MixedModelResult m = fit(ds);
            List<String> groups = R.groups(ds);
            for (int i = 0; i < m.contrasts().size(); i++) {
                String g = groups.get(i + 1);
                MixedContrast c = m.contrasts().get(i);
                String where = ds + " " + g;
                assertRel(R.expect(ds, g, "lmm.estimate"), c.estimate(), 1e-4, where);
                assertRel(R.expect(ds, g, "lmm.se"), c.se(), 1e-4, where);
                assertRel(R.expect(ds, g, "lmm.df"), c.df(), 1e-4, where);
                assertRel(R.expect(ds, g, "lmm.df.lmerTest"), c.df(), 1e-4, where + " (lmerTest)");
                assertRel(R.expect(ds, g, "lmm.t"), c.t(), 1e-4, where);
                assertRel(R.expect(ds, g, "lmm.p"), c.p(), 1e-4, where);
            }
        }
    }

    /**
     * emmeans' mvt p-values come from mvtnorm's randomised Genz rule with abseps 1e-3: stable to about 3e-4 only. The
     * same probability with abseps 1e-7 (lmm.p.mvt.tight) is the reference at 1e-5 absolute, where the one-factor
     * correlation is exact (balanced data, or three contrasts); block5missing (four contrasts, wells lost) uses the
     * nearest one-factor correlation and agrees to 2e-4.
     */
    @Test
    void multivariateTAdjustedPValuesMatchEmmeans() {
        for (String ds : DATASETS) {
            MixedModelResult m = fit(ds);
            List<String> groups = R.groups(ds);
            boolean exact = !ds.startsWith("block5missing");
            for (int i = 0; i < m.contrasts().size(); i++) {
                String g = groups.get(i + 1);
                double p = m.contrasts().get(i).pAdjusted();
                assertEquals(R.expect(ds, g, "lmm.p.mvt.tight"), p, exact ? 1e-5 : 2e-4, ds + " " + g + " (tight Genz)");
                assertEquals(R.expect(ds, g, "lmm.p.mvt"), p, 1e-3, ds + " " + g + " (emmeans default)");
            }
        }
    }

    /** With every cell complete and balanced, the mixed model on wells is the block ANOVA on donor means. */
    @Test
    void balancedDataAgreeWithTheBlockAnovaOnDonorMeans() {
        for (String ds : List.of("block3", "block4", "block3.log10", "block4.log10")) {
            MixedModelResult m = fit(ds);
            double[][] y = R.donorMeans(ds);
            BlockAnovaResult a = BlockAnova.test(y);
            List<DunnettComparison> d = DunnettTest.blocked(y[0], Arrays.asList(y).subList(1, y.length), a);
            for (int i = 0; i < d.size(); i++) {
                MixedContrast c = m.contrasts().get(i);
                assertRel(d.get(i).meanDifference(), c.estimate(), 1e-8, ds);
                assertRel(d.get(i).standardError(), c.se(), 1e-5, ds);
                assertRel(a.dfResidual(), c.df(), 1e-5, ds);
                assertEquals(d.get(i).p(), c.pAdjusted(), 1e-5, ds);
            }
        }
    }

    @Test
    void correlationOfThreeContrastsFactorsExactly() {
        double[][] corr = {{1, 0.52, 0.47}, {0.52, 1, 0.49}, {0.47, 0.49, 1}};
        assertTrue(MultivariateTAdjustment.isExact(corr));
        assertEquals(6, MultivariateTAdjustment.emmeansDf(5.8));
        assertEquals(5, MultivariateTAdjustment.emmeansDf(5.7));
    }

    @Test
    void refusesASingleDonor() {
        assertThrows(IllegalArgumentException.class, () -> DonorTreatmentMixedModel.fit(new double[] {1, 2, 3, 4, 5, 6},
                new int[] {0, 0, 0, 1, 1, 1}, new String[] {"D1", "D1", "D1", "D1", "D1", "D1"}));
    }
}
