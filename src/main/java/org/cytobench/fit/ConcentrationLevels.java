package org.cytobench.fit;

import java.util.Arrays;

/**
 * The distinct concentrations among a fit's wells and which one each well has. Standards come in duplicate or
 * triplicate, and a model value or derivative depends only on the concentration: computed once per level and copied to
 * the level's wells it has exactly the bits it has when computed per well, at a half or a third of the exponentials.
 *
 * @param levelOf per well, the index of its level in {@code values}
 * @param values  the distinct concentrations, increasing (−0.0 and 0.0 apart, as {@link Double#compare} orders them)
 * @param lnx     ln x per level, NaN for a zero standard
 */
record ConcentrationLevels(int[] levelOf, double[] values, double[] lnx) {

    /** @param x the wells' concentrations (finite, ≥ 0) */
    static ConcentrationLevels of(double[] x) {
        int n = x.length;
        ConcentrationLevels inOrder = inOrder(x);
        if (inOrder != null) return inOrder;
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int count = 0;
        for (int i = 0; i < n; i++) if (i == 0 || Double.compare(sorted[i], sorted[i - 1]) != 0) sorted[count++] = sorted[i];
        double[] levels = Arrays.copyOf(sorted, count);
        int[] levelOf = new int[n];
        for (int i = 0; i < n; i++) levelOf[i] = Arrays.binarySearch(levels, x[i]);
        double[] lnx = new double[count];
        // the same expression as per well: ln x for x > 0, NaN (f(0) = a) otherwise
        for (int l = 0; l < count; l++) lnx[l] = levels[l] > 0 ? Math.log(levels[l]) : Double.NaN;
        return new ConcentrationLevels(levelOf, levels, lnx);
    }

    /**
     * The levels without sorting or searching when the wells come with increasing concentrations (the usual layout of
     * standards, replicates side by side), as {@link Double#compare} orders them: the same levels and indices as sorting
     * gives. Null when they do not.
     */
    private static ConcentrationLevels inOrder(double[] x) {
        int n = x.length, count = 0;
        int[] levelOf = new int[n];
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                int c = Double.compare(x[i], x[i - 1]);
                if (c < 0) return null;
                if (c > 0) count++;
            }
            levelOf[i] = count;
        }
        if (n > 0) count++;
        double[] levels = new double[count], lnx = new double[count];
        for (int i = 0; i < n; i++) levels[levelOf[i]] = x[i];
        // the same expression as per well: ln x for x > 0, NaN (f(0) = a) otherwise
        for (int l = 0; l < count; l++) lnx[l] = levels[l] > 0 ? Math.log(levels[l]) : Double.NaN;
        return new ConcentrationLevels(levelOf, levels, lnx);
    }

    int count() { return lnx.length; }

    /** Distinct concentrations, −0 and 0 counted as one (as the "too few standard levels" rule counts them). */
    int distinct() {
        return bothZeros() ? lnx.length - 1 : lnx.length;
    }

    /** True when −0.0 and 0.0 are both among the levels (kept apart here, one level for the checks). */
    private boolean bothZeros() {
        for (int l = 0; l + 1 < values.length; l++) {
            if (Double.doubleToRawLongBits(values[l]) == Long.MIN_VALUE && Double.doubleToRawLongBits(values[l + 1]) == 0) return true;
        }
        return false;
    }

    /**
     * {@link Observations#isFlat()} for {@code obs} (whose concentrations these levels are), with its numbers: each
     * level's mean is the sum of its wells' responses in well order (the order its stable sort gave), divided by their
     * count. It falls back to {@code obs.isFlat()} when −0.0 and 0.0 both occur (one level there, summed in another order).
     */
    boolean isFlat(Observations obs) {
        if (bothZeros()) return obs.isFlat();
        double[] y = obs.y(), sum = new double[values.length];
        int[] k = new int[values.length];
        for (int i = 0; i < y.length; i++) {
            sum[levelOf[i]] += y[i];
            k[levelOf[i]]++;
        }
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, scale = 0;
        for (int l = 0; l < values.length; l++) {
            double mean = sum[l] / k[l];
            lo = Math.min(lo, mean);
            hi = Math.max(hi, mean);
            scale = Math.max(scale, Math.abs(mean));
        }
        return !(hi - lo > 1e-9 * scale);
    }

    /** True when every well has its own concentration (nothing to share). */
    boolean allDistinct() { return lnx.length == levelOf.length; }
}
