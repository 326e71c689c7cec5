package org.cytobench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a group's culture-well values into its n: one per culture well, or one mean per donor. On the log scale a
 * donor's mean is the geometric mean of its wells (the mean of their log10 values, back-transformed), so that the
 * statistics on log10 of the observations are the statistics of the log10 well values.
 */
final class Observations {
    private Observations() {}

    static List<Observation> of(List<CultureWellValue> wells, ReplicateUnit unit, boolean logScale) {
        List<Observation> out = new ArrayList<>();
        if (unit == ReplicateUnit.CULTURE_WELL) {
            for (CultureWellValue w : wells) {
                if (usable(w, logScale)) out.add(new Observation(w.cultureWell().label(), w.donor(), w.value()));
            }
            return out;
        }
        Map<String, List<Double>> byDonor = new TreeMap<>();
        for (CultureWellValue w : wells) {
            if (usable(w, logScale)) byDonor.computeIfAbsent(w.donor(), k -> new ArrayList<>()).add(w.value());
        }
        byDonor.forEach((donor, v) -> out.add(new Observation(donor, donor, mean(v, logScale))));
        return out;
    }

    /** On the log scale only positive values have a logarithm; the analyzer names the others in a note. */
    static boolean usable(CultureWellValue w, boolean logScale) {
        return w.value() != null && (!logScale || w.value() > 0);
    }

    private static double mean(List<Double> v, boolean logScale) {
        if (!logScale) return v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return Math.pow(10, v.stream().mapToDouble(Math::log10).average().orElseThrow());
    }

    /** The values the tests use: as they are, or their log10. */
    static double[] analysisValues(List<Observation> obs, boolean logScale) {
        return obs.stream().mapToDouble(o -> logScale ? Math.log10(o.value()) : o.value()).toArray();
    }
}
