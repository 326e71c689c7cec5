package org.cytobench.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The REML criterion on arrays, donor block by donor block, against the Commons Math version it replaced
 * ({@link CommonsMathMixedModel}: RealMatrix, CholeskyDecomposition over the whole n × n matrix), on the R reference
 * data sets and on unbalanced data in mixed order.
 */
class RemlCriterionTest {

    private static final BlockReference R = BlockReference.load();

    /** Where the minimiser looks: the starts, interior points, 0 and its central differences a little below 0, the upper bound. */
    private static final double[][] RATIOS = {{0, 0}, {1, 1}, {0.09, 0.09}, {0.37, 2.5}, {1e-6, 0}, {0, 1e-6},
        {-1e-6, 0}, {0, -1e-6}, {-1e-6, -1e-6}, {-1e-4, 0.5}, {3, -1e-4}, {1e3, 1e-2}, {1e6, 1e6}};

    /** Data: values, group per value, donor per value. */
    record Data(String name, double[] y, int[] group, String[] donor) {}

    @Test
    void equalsTheCommonsMathCriterionWherePositiveDefinite() {
        for (Data d : datasets()) {
            RemlCriterion c = criterion(d);
            for (double[] t : RATIOS) {
                double expected = CommonsMathMixedModel.criterionOfRatios(d.y, d.group, d.donor, t[0], t[1]);
                double actual = c.ofRatios(t[0], t[1]);
                String where = d.name + " at θ = (" + t[0] + ", " + t[1] + ")";
                assertTrue(Double.isFinite(expected), where);
                assertEquals(expected, actual, 1e-12 * Math.abs(expected), where);
            }
        }
    }

    /** Far enough below 0 that H is not positive definite (e.g. θ₁ = −1: 1 + nᵢθ₁ ≤ 0): +∞, as before, and from the very same pivot rule. */
    @Test
    void isInfiniteWhereHIsNotPositiveDefinite() {
        for (Data d : datasets()) {
            RemlCriterion c = criterion(d);
            for (double[] t : new double[][] {{-1, 0}, {0, -1}, {-0.5, -0.5}, {-1e6, 1}}) {
                String where = d.name + " at θ = (" + t[0] + ", " + t[1] + ")";
                assertEquals(Double.POSITIVE_INFINITY, CommonsMathMixedModel.criterionOfRatios(d.y, d.group, d.donor, t[0], t[1]), where);
                assertEquals(Double.POSITIVE_INFINITY, c.ofRatios(t[0], t[1]), where);
            }
            // the work arrays are reused: a finite value after an infinite one is still the right one
            assertEquals(CommonsMathMixedModel.criterionOfRatios(d.y, d.group, d.donor, 0.5, 0.5), c.ofRatios(0.5, 0.5),
                    1e-12 * Math.abs(c.ofRatios(0.5, 0.5)), d.name);
        }
    }

    /**
     * Near the edge of positive definiteness the two agree on which side a point is: θ₁ = −1/nᵢ makes a donor's block
     * singular in exact arithmetic. Just above it the criterion is finite, or XᵀH⁻¹X (H nearly singular) fails Commons
     * Math's positivity or symmetry check and both throw the same exception; below it both are +∞.
     */
    @Test
    void agreesOnTheEdgeOfPositiveDefiniteness() {
        for (Data d : datasets()) {
            RemlCriterion c = criterion(d);
            int largest = largestDonorBlock(d);
            for (double t1 : new double[] {-1.0 / largest, Math.nextUp(-1.0 / largest), -1.0 / largest * (1 - 1e-9),
                -1.0 / largest * (1 - 1e-6), -1.0 / largest * (1 + 1e-9)}) {
                Object expected = outcome(() -> CommonsMathMixedModel.criterionOfRatios(d.y, d.group, d.donor, t1, 0));
                Object actual = outcome(() -> c.ofRatios(t1, 0));
                String where = d.name + " at θ₁ = " + t1;
                if (expected instanceof Double e && Double.isFinite(e)) assertEquals(e, (Double) actual, 1e-9 * Math.abs(e), where);
                else assertEquals(expected, actual, where);
            }
        }
    }

    /** The value, or the exception's class and message. */
    private static Object outcome(java.util.function.DoubleSupplier f) {
        try {
            return f.getAsDouble();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /**
     * The whole fit (minimiser, variance components, REML criterion, contrasts, SEs, Satterthwaite df, p) comes out as
     * with Commons Math matrices, bit for bit (records compare their doubles exactly), also where variance components
     * are estimated as 0 (the information matrix then has fewer components).
     */
    @Test
    void fitIsTheSameAsTheCommonsMathVersionBitForBit() {
        List<Data> all = new ArrayList<>(datasets());
        Data one = additive("singular: donor:group variance 0", 0.7);
        all.add(one);
        Data both = additive("singular: both variances 0", 0);
        all.add(both);
        for (Data d : all) {
            MixedModelResult expected = CommonsMathMixedModel.fit(d.y, d.group, d.donor);
            assertEquals(expected, DonorTreatmentMixedModel.fit(d.y, d.group, d.donor), d.name);
            assertEquals(d.name.startsWith("singular"), expected.singular(), d.name);
        }
        MixedModelResult m1 = DonorTreatmentMixedModel.fit(one.y, one.group, one.donor);
        assertTrue(m1.varianceDonor() > 0);
        assertEquals(0, m1.varianceDonorGroup());
        MixedModelResult m = DonorTreatmentMixedModel.fit(both.y, both.group, both.donor);
        assertEquals(0, m.varianceDonor());
        assertEquals(0, m.varianceDonorGroup());
    }

    static List<Data> datasets() {
        List<Data> out = new ArrayList<>();
        for (String ds : List.of("block3", "block3missing", "block5missing", "block4.log10", "block5missing.log10")) {
            List<BlockReference.Well> w = R.data.get(ds);
            List<String> groups = R.groups(ds);
            out.add(new Data(ds, w.stream().mapToDouble(BlockReference.Well::value).toArray(),
                    w.stream().mapToInt(x -> groups.indexOf(x.group())).toArray(),
                    w.stream().map(BlockReference.Well::donor).toArray(String[]::new)));
        }
        out.add(unbalancedShuffled());
        return out;
    }

    /**
     * Five donors with 1 to 9 wells (a donor block of one well), donors without group 2 or 3 (missing cells), cells of a
     * single well, the wells in a seeded random order (donors interleaved, so blocks are not contiguous).
     */
    static Data unbalancedShuffled() {
        int[][] wellsPerDonorAndGroup = {{3, 2, 3, 1}, {1, 1, 0, 2}, {2, 3, 2, 2}, {1, 2, 1, 0}, {0, 1, 0, 0}};
        double[] donorEffect = {0.4, -0.3, 0.1, 0.8, -0.5};
        Random rnd = new Random(14);
        List<double[]> rows = new ArrayList<>();
        for (int d = 0; d < wellsPerDonorAndGroup.length; d++) {
            for (int g = 0; g < 4; g++) {
                double cell = 0.25 * rnd.nextGaussian();
                for (int k = 0; k < wellsPerDonorAndGroup[d][g]; k++) {
                    rows.add(new double[] {2 + 0.5 * g + donorEffect[d] + cell + 0.15 * rnd.nextGaussian(), g, d});
                }
            }
        }
        java.util.Collections.shuffle(rows, rnd);
        double[] y = rows.stream().mapToDouble(r -> r[0]).toArray();
        int[] g = rows.stream().mapToInt(r -> (int) r[1]).toArray();
        String[] donor = rows.stream().map(r -> "D" + (int) r[2]).toArray(String[]::new);
        return new Data("unbalanced, shuffled", y, g, donor);
    }

    /**
     * Three donors × three groups × three wells whose cell means are exactly donor effect + group effect (the wells of a
     * cell spread symmetrically about it), so the donor × group variance is estimated as 0, and with equal donor
     * effects (spread 0) the donor variance too.
     */
    static Data additive(String name, double donorSpread) {
        int n = 27;
        double[] y = new double[n];
        int[] g = new int[n];
        String[] donor = new String[n];
        double[] spread = {-0.5, 0.25, 0.25};
        int i = 0;
        for (int d = 0; d < 3; d++) {
            for (int grp = 0; grp < 3; grp++) {
                for (int k = 0; k < 3; k++, i++) {
                    y[i] = 10 + 1.5 * grp + donorSpread * (d - 1) * (d - 1) + spread[(k + d + grp) % 3] * (1 + 0.3 * grp);
                    g[i] = grp;
                    donor[i] = "D" + d;
                }
            }
        }
        return new Data(name, y, g, donor);
    }

    static RemlCriterion criterion(Data d) {
        Map<String, Integer> donors = new LinkedHashMap<>();
        int[] index = new int[d.y.length];
        int p = 0;
        for (int i = 0; i < d.y.length; i++) {
            index[i] = donors.computeIfAbsent(d.donor[i], k -> donors.size());
            p = Math.max(p, d.group[i] + 1);
        }
        return new RemlCriterion(new WellDesign(d.y, d.group, index, donors.size(), p));
    }

    private static int largestDonorBlock(Data d) {
        Map<String, Integer> size = new LinkedHashMap<>();
        for (String s : d.donor) size.merge(s, 1, Integer::sum);
        return size.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    }
}
