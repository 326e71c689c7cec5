package org.cytobench.plate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The layout of one ELISA plate: the analyte it measures and the role of each well. Wells not listed are empty. */
public record AssayPlate(String name, PlateFormat format, Analyte analyte, Map<WellPosition, AssayWell> wells) {

    public AssayPlate {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(analyte, "analyte");
        name = name == null || name.isBlank() ? analyte.name() : name;
        TreeMap<WellPosition, AssayWell> copy = new TreeMap<>();
        for (Map.Entry<WellPosition, AssayWell> e : wells.entrySet()) {
            if (!format.contains(e.getKey())) {
                throw new IllegalArgumentException("well " + e.getKey() + " is not on a " + format.wellCount() + "-well plate");
            }
            if (e.getValue().role() != WellRole.EMPTY) copy.put(e.getKey(), e.getValue());
        }
        wells = Collections.unmodifiableMap(copy);
    }

    public AssayWell well(WellPosition w) { return wells.getOrDefault(w, AssayWell.EMPTY); }

    public AssayPlate withWell(WellPosition w, AssayWell role) {
        Map<WellPosition, AssayWell> m = new LinkedHashMap<>(wells);
        m.put(w, role);
        return new AssayPlate(name, format, analyte, m);
    }

    public AssayPlate withWells(Map<WellPosition, AssayWell> changes) {
        Map<WellPosition, AssayWell> m = new LinkedHashMap<>(wells);
        m.putAll(changes);
        return new AssayPlate(name, format, analyte, m);
    }

    public AssayPlate withName(String n) { return new AssayPlate(n, format, analyte, wells); }

    public AssayPlate withAnalyte(Analyte a) { return new AssayPlate(name, format, a, wells); }

    /**
     * Fills a standard series down the given columns (replicates side by side), starting at {@code firstRow}; the level after
     * the last standard gets a zero standard when {@code zeroStandard} is set.
     */
    public AssayPlate withStandardSeries(StandardSeries series, int firstRow, List<Integer> columns, boolean zeroStandard) {
        Map<WellPosition, AssayWell> m = new LinkedHashMap<>();
        List<Double> conc = series.concentrations();
        for (int i = 0; i < conc.size(); i++) {
            for (int c : columns) m.put(new WellPosition(firstRow + i, c), AssayWell.standard(conc.get(i)));
        }
        if (zeroStandard) {
            for (int c : columns) m.put(new WellPosition(firstRow + conc.size(), c), AssayWell.ZERO_STANDARD);
        }
        return withWells(m);
    }

    /**
     * The default sample mapping: every well not yet used becomes a sample of the culture well at the same position
     * (dilution 1), when that culture well holds a treatment.
     */
    public AssayPlate withDefaultSamples(CulturePlate culture, double dilution) {
        Map<WellPosition, AssayWell> m = new LinkedHashMap<>();
        for (WellPosition w : culture.wells().keySet()) {
            if (format.contains(w) && !wells.containsKey(w)) m.put(w, AssayWell.sample(w, dilution));
        }
        return withWells(m);
    }
}
