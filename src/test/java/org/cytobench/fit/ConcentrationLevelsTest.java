package org.cytobench.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Wells whose concentrations already increase get their levels without sorting or searching; that must give the levels
 * and indices sorting gives — also with replicates, a zero standard, and −0.0 beside 0.0.
 */
class ConcentrationLevelsTest {

    /** The levels by sorting and binary search (every well order). */
    private static ConcentrationLevels bySorting(double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int count = 0;
        for (int i = 0; i < sorted.length; i++) if (i == 0 || Double.compare(sorted[i], sorted[i - 1]) != 0) sorted[count++] = sorted[i];
        double[] levels = Arrays.copyOf(sorted, count);
        int[] levelOf = new int[x.length];
        for (int i = 0; i < x.length; i++) levelOf[i] = Arrays.binarySearch(levels, x[i]);
        double[] lnx = new double[count];
        for (int l = 0; l < count; l++) lnx[l] = levels[l] > 0 ? Math.log(levels[l]) : Double.NaN;
        return new ConcentrationLevels(levelOf, levels, lnx);
    }

    private static void assertSame(double[] x) {
        ConcentrationLevels expected = bySorting(x), actual = ConcentrationLevels.of(x);
        assertArrayEquals(expected.levelOf(), actual.levelOf(), Arrays.toString(x));
        assertArrayEquals(expected.values(), actual.values(), 0.0, Arrays.toString(x));
        assertArrayEquals(expected.lnx(), actual.lnx(), 0.0, Arrays.toString(x));
        for (int l = 0; l < expected.count(); l++) {
            org.junit.jupiter.api.Assertions.assertEquals(Double.doubleToRawLongBits(expected.values()[l]),
                    Double.doubleToRawLongBits(actual.values()[l]), Arrays.toString(x));
        }
    }

    @Test
    void increasingAndShuffledWellsGiveTheLevelsSortingGives() {
        Random rnd = new Random(5);
        double[] pool = {-0.0, 0.0, 1e-300, 0.001, 15.625, 31.25, 62.5, 125, 250, 500, 1000, 1e99};
        for (int k = 0; k < 2000; k++) {
            double[] x = new double[1 + rnd.nextInt(30)];
            for (int i = 0; i < x.length; i++) x[i] = pool[rnd.nextInt(pool.length)];
            assertSame(x);                              // any order: the sorting path
            double[] increasing = x.clone();
            Arrays.sort(increasing);
            assertSame(increasing);                     // increasing: the path without sorting
        }
        assertSame(new double[0]);
        assertSame(new double[] {0, 0, 15.625, 15.625, 31.25, 31.25, 62.5, 62.5, 125, 125, 250, 250, 500, 500, 1000, 1000});
    }
}
