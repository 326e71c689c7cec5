package org.cytobench.analysis.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Culture-well data with donors and the numbers R computed for them (stats-block-reference.R, next to its output). */
final class BlockReference {

    record Well(String group, String donor, double value) {}

    /** dataset ("block3", "block3.log10", …) → wells in file order; a ".log10" data set holds log10 of the values. */
    final Map<String, List<Well>> data = new LinkedHashMap<>();
    final Map<String, Double> expected = new LinkedHashMap<>();

    static BlockReference load() {
        return load("stats-block-input.csv", "stats-block-expected.csv");
    }

    static BlockReference load(String input, String output) {
        BlockReference r = new BlockReference();
        for (String[] row : csv(input)) {
            Well w = new Well(row[1], row[2], Double.parseDouble(row[3]));
            r.data.computeIfAbsent(row[0], k -> new ArrayList<>()).add(w);
            r.data.computeIfAbsent(row[0] + ".log10", k -> new ArrayList<>()).add(new Well(w.group(), w.donor(), Math.log10(w.value())));
        }
        for (String[] row : csv(output)) r.expected.put(row[0] + "|" + row[1] + "|" + row[2], Double.parseDouble(row[3]));
        return r;
    }

    double expect(String dataset, String group, String quantity) {
        Double v = expected.get(dataset + "|" + group + "|" + quantity);
        if (v == null) throw new IllegalArgumentException("no reference value " + dataset + "|" + group + "|" + quantity);
        return v;
    }

    List<String> groups(String dataset) {
        return data.get(dataset).stream().map(Well::group).distinct().toList();
    }

    List<String> donors(String dataset) {
        return data.get(dataset).stream().map(Well::donor).distinct().sorted().toList();
    }

    /** The mean of a donor's wells in a group. */
    double donorMean(String dataset, String group, String donor) {
        return data.get(dataset).stream().filter(w -> w.group().equals(group) && w.donor().equals(donor))
                .mapToDouble(Well::value).average().orElseThrow();
    }

    /** y[group][donor] of donor means, groups in file order (the control first), donors sorted. */
    double[][] donorMeans(String dataset) {
        List<String> g = groups(dataset);
        List<String> d = donors(dataset);
        double[][] y = new double[g.size()][d.size()];
        for (int i = 0; i < g.size(); i++) for (int j = 0; j < d.size(); j++) y[i][j] = donorMean(dataset, g.get(i), d.get(j));
        return y;
    }

    private static List<String[]> csv(String name) { return StatsReference.csv(name); }
}
