package org.cytobench.fit;

import java.util.Arrays;

/**
 * The distinct concentrations among a fit's wells and which one each well has. Standards come in duplicate or
 * triplicate, and a model value or derivative depends only on the concentration: computed once per level and copied to
 * the level's wells it has exactly the bits it has when computed per well, at a half or a third of the exponentials.
 *
 * @param levelOf per well, the index of its level in {@code lnx}
 * @param lnx     ln x per level in increasing x, NaN for a zero standard
 */
record ConcentrationLevels(int[] levelOf, double[] lnx) {

    /** @param x the wells' concentrations (finite, ≥ 0) */
    static ConcentrationLevels of(double[] x) {
        int n = x.length;
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
        return new ConcentrationLevels(levelOf, lnx);
    }

    int count() { return lnx.length; }

    /** True when every well has its own concentration (nothing to share). */
    boolean allDistinct() { return lnx.length == levelOf.length; }
}
