package org.cytobench.analysis.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The data sets and the numbers R computed for them (stats-reference.R, committed next to its output). */
final class StatsReference {

    /** dataset → group (file order, the first is the control) → values. */
    final Map<String, Map<String, List<Double>>> data = new LinkedHashMap<>();
    /** "dataset|group|quantity" → value. */
    final Map<String, Double> expected = new LinkedHashMap<>();

    static StatsReference load() {
        StatsReference r = new StatsReference();
        for (String[] row : csv("stats-input.csv")) {
            r.data.computeIfAbsent(row[0], k -> new LinkedHashMap<>())
                    .computeIfAbsent(row[1], k -> new ArrayList<>()).add(Double.parseDouble(row[2]));
        }
        for (String[] row : csv("stats-expected.csv")) r.expected.put(row[0] + "|" + row[1] + "|" + row[2], Double.parseDouble(row[3]));
        return r;
    }

    double expect(String dataset, String group, String quantity) {
        Double v = expected.get(dataset + "|" + group + "|" + quantity);
        if (v == null) throw new IllegalArgumentException("no reference value " + dataset + "|" + group + "|" + quantity);
        return v;
    }

    double[] values(String dataset, String group) {
        return data.get(dataset).get(group).stream().mapToDouble(Double::doubleValue).toArray();
    }

    List<String> groups(String dataset) { return List.copyOf(data.get(dataset).keySet()); }

    /** The rows of a committed R output CSV (header skipped, quotes dropped); shared by the reference fixtures. */
    static List<String[]> csv(String name) {
        try (InputStream in = StatsReference.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            List<String[]> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) continue;
                rows.add(lines[i].replace("\"", "").split(",", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
