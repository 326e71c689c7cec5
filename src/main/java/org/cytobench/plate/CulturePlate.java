package org.cytobench.plate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The stimulation plate: which treatment each used well received. Wells without a treatment are unused. */
public record CulturePlate(String name, PlateFormat format, Map<WellPosition, Treatment> wells) {

    public CulturePlate {
        Objects.requireNonNull(format, "format");
        name = name == null ? "Culture plate" : name;
        TreeMap<WellPosition, Treatment> copy = new TreeMap<>();
        for (Map.Entry<WellPosition, Treatment> e : wells.entrySet()) {
            if (!format.contains(e.getKey())) {
                throw new IllegalArgumentException("well " + e.getKey() + " is not on a " + format.wellCount() + "-well plate");
            }
            copy.put(e.getKey(), Objects.requireNonNull(e.getValue()));
        }
        wells = Collections.unmodifiableMap(copy);
    }

    public static CulturePlate empty(String name, PlateFormat format) {
        return new CulturePlate(name, format, Map.of());
    }

    public Treatment treatment(WellPosition well) { return wells.get(well); }

    public CulturePlate withWell(WellPosition well, Treatment t) {
        Map<WellPosition, Treatment> m = new LinkedHashMap<>(wells);
        if (t == null) m.remove(well); else m.put(well, t);
        return new CulturePlate(name, format, m);
    }

    public CulturePlate withWells(Map<WellPosition, Treatment> changes) {
        Map<WellPosition, Treatment> m = new LinkedHashMap<>(wells);
        changes.forEach((w, t) -> { if (t == null) m.remove(w); else m.put(w, t); });
        return new CulturePlate(name, format, m);
    }

    public CulturePlate withName(String n) { return new CulturePlate(n, format, wells); }

    /** Wells per treatment group and donor — the culture replicates. */
    public Map<TreatmentGroup, Map<String, List<WellPosition>>> replicates() {
        return wells.entrySet().stream().collect(Collectors.groupingBy(e -> e.getValue().group(), TreeMap::new,
                Collectors.groupingBy(e -> e.getValue().donor(), TreeMap::new,
                        Collectors.mapping(Map.Entry::getKey, Collectors.toList()))));
    }
}
