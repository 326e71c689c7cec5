package org.cytobench.analysis.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wells of a mixed-model data set, {@code y ~ group + (1|donor) + (1|donor:group)}, by donor and by donor × group
 * cell: which entries of Z₁Z₁ᵀ (same donor) and Z₂Z₂ᵀ (same donor and group) are 1, and so where H = I + θ₁Z₁Z₁ᵀ +
 * θ₂Z₂Z₂ᵀ and H⁻¹ can be non-zero (within a donor). Lists of wells are in the wells' own order.
 */
final class WellDesign {
    final int n;
    /** Number of groups, the columns of X: column 0 the intercept, column g the indicator of group g (g ≥ 1). */
    final int p;
    final double[] y;
    final int[] group;
    final int[] donor;
    /** Per donor, its wells. */
    final int[][] wellsOf;
    /** Per well, its position in its donor's list. */
    final int[] position;
    /** Per well, the wells of its donor and group (itself included): the 1s of its column of Z₂Z₂ᵀ. */
    final int[][] cellmates;

    /**
     * @param y      values
     * @param group  per value its group, 0 (the control) to p − 1
     * @param donor  per value its donor, 0 to donors − 1
     */
    WellDesign(double[] y, int[] group, int[] donor, int donors, int p) {
        this.n = y.length;
        this.p = p;
        this.y = y.clone();
        this.group = group.clone();
        this.donor = donor.clone();
        int[] size = new int[donors];
        position = new int[n];
        for (int i = 0; i < n; i++) position[i] = size[donor[i]]++;
        wellsOf = new int[donors][];
        for (int d = 0; d < donors; d++) wellsOf[d] = new int[size[d]];
        for (int i = 0; i < n; i++) wellsOf[donor[i]][position[i]] = i;
        Map<Long, List<Integer>> cells = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) cells.computeIfAbsent((long) donor[i] * p + group[i], k -> new ArrayList<>()).add(i);
        cellmates = new int[n][];
        for (List<Integer> cell : cells.values()) {
            int[] wells = cell.stream().mapToInt(Integer::intValue).toArray();
            for (int i : wells) cellmates[i] = wells;
        }
    }

    /** X by columns: x[c][i]. */
    double[][] xColumns() {
        double[][] x = new double[p][n];
        for (int i = 0; i < n; i++) {
            x[0][i] = 1;
            if (group[i] > 0) x[group[i]][i] = 1;
        }
        return x;
    }

    /** The 1s of column i of Z₁Z₁ᵀ: the wells of i's donor. */
    int[] sameDonor(int i) { return wellsOf[donor[i]]; }
}
