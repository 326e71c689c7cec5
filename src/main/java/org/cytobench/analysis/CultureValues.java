package org.cytobench.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.WellPosition;

/**
 * Collects, for one analyte, every sample measured from each culture well (across plates and dilutions) and averages
 * their summary values into one {@link CultureWellValue} per culture well. A sample pooled from several culture wells is
 * one unit, filed under its first well.
 */
final class CultureValues {

    private record Entry(Double value, ValueStatus status, double lloqTimesDilution, String source, EnteredAs how) {}

    private final CulturePlate culture;
    private final Map<WellPosition, List<Entry>> entries = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private double reportingLloq = Double.NaN;

    CultureValues(CulturePlate culture) {
        this.culture = culture;
    }

    private boolean added;

    void add(PlateAnalysis plate) {
        added = true;
        for (SampleResult s : plate.samples()) {
            if (s.cultureWells().isEmpty()) continue;
            WellPosition first = s.cultureWells().get(0);
            Treatment t = culture.treatment(first);
            if (t == null) {
                notes.add(plate.name() + ": sample " + s.name() + " maps to culture well " + first + ", which has no treatment; left out");
                continue;
            }
            boolean mixed = s.cultureWells().stream().map(culture::treatment).anyMatch(o -> o == null || !o.group().equals(t.group()));
            if (mixed) {
                notes.add(plate.name() + ": sample " + s.name() + " pools culture wells of different treatments; left out");
                continue;
            }
            double lloq = plate.lloq() == null ? Double.NaN : plate.lloq() * s.dilutionFactor();
            String source = plate.name() + ": " + String.join(", ", s.wells().stream().map(WellPosition::label).toList());
            entries.computeIfAbsent(first, k -> new ArrayList<>()).add(new Entry(s.summaryValue(), s.status(), lloq, source, s.enteredAs()));
            if (s.summaryValue() != null && !Double.isNaN(lloq) && !(lloq <= reportingLloq)) reportingLloq = lloq;
        }
    }

    /** One value per culture well, in plate order. */
    List<CultureWellValue> values() {
        List<CultureWellValue> out = new ArrayList<>();
        entries.forEach((well, list) -> {
            double[] v = list.stream().filter(e -> e.value() != null).mapToDouble(Entry::value).toArray();
            Double mean = v.length == 0 ? null : java.util.Arrays.stream(v).average().orElseThrow();
            ValueStatus status = list.stream().map(Entry::status).filter(s -> s != ValueStatus.OK).findFirst().orElse(ValueStatus.OK);
            EnteredAs how = mean == null ? EnteredAs.EXCLUDED : list.stream().filter(e -> e.value() != null).map(Entry::how)
                    .filter(EnteredAs::substituted).findFirst().orElse(EnteredAs.MEASURED);
            out.add(new CultureWellValue(well, culture.treatment(well).donor(), mean, status, list.stream().map(Entry::source).toList(), how));
        });
        return out;
    }

    Treatment treatment(WellPosition well) { return culture.treatment(well); }

    /** Whether any plate's samples were added (a failed plate left out adds none). */
    boolean added() { return added; }

    List<String> notes() { return notes; }

    /** The highest LLOQ × dilution among the samples that entered, or null. */
    Double reportingLloq() { return Double.isNaN(reportingLloq) ? null : reportingLloq; }
}
