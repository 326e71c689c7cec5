package org.cytobench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns a group's culture-well values into its n: one per culture well, or one mean per donor. */
final class Observations {
    private Observations() {}

    static List<Observation> of(List<CultureWellValue> wells, ReplicateUnit unit) {
        List<Observation> out = new ArrayList<>();
        if (unit == ReplicateUnit.CULTURE_WELL) {
            for (CultureWellValue w : wells) {
                if (w.value() != null) out.add(new Observation(w.cultureWell().label(), w.donor(), w.value()));
            }
            return out;
        }
        Map<String, List<Double>> byDonor = new TreeMap<>();
        for (CultureWellValue w : wells) {
            if (w.value() != null) byDonor.computeIfAbsent(w.donor(), k -> new ArrayList<>()).add(w.value());
        }
        byDonor.forEach((donor, v) -> out.add(new Observation(donor, donor, v.stream().mapToDouble(Double::doubleValue).average().orElseThrow())));
        return out;
    }
}
