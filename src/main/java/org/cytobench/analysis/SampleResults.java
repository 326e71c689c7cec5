package org.cytobench.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cytobench.analysis.RawWells.RawWell;
import org.cytobench.analysis.stats.SampleSummary;
import org.cytobench.fit.FitResult;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;

/**
 * Groups sample wells into samples (same culture wells, dilution and label = technical replicates) and reads each
 * sample's concentration at its replicates' mean analysis value.
 */
final class SampleResults {
    private SampleResults() {}

    private record Key(List<WellPosition> cultureWells, double dilution, String label) {}

    static List<SampleResult> build(List<RawWell> raw, Map<WellPosition, Double> values, FitResult fit, Double lloq,
                                    Double uloq, AnalysisSettings settings) {
        Map<Key, List<RawWell>> samples = new LinkedHashMap<>();
        for (RawWell w : raw) {
            if (w.layout().role() != WellRole.SAMPLE) continue;
            Key k = new Key(w.layout().cultureWells(), w.layout().dilutionFactor(), Objects.requireNonNullElse(w.layout().label(), ""));
            samples.computeIfAbsent(k, x -> new ArrayList<>()).add(w);
        }
        List<SampleResult> out = new ArrayList<>(samples.size());
        samples.forEach((k, wells) -> out.add(sample(k, wells, values, fit, lloq, uloq, settings)));
        return out;
    }

    private static SampleResult sample(Key k, List<RawWell> wells, Map<WellPosition, Double> values, FitResult fit,
                                       Double lloq, Double uloq, AnalysisSettings settings) {
        List<String> notes = new ArrayList<>();
        for (RawWell w : wells) {
            if (w.maskReason() != null) notes.add(w.well() + " masked: " + w.maskReason());
            else if (w.marker() != null) notes.add(w.well() + " left out: instrument marker " + w.marker());
            else if (w.corrected() == null) notes.add(w.well() + " has no reading");
        }
        SampleSummary response = SampleSummary.of(wells.stream().filter(RawWell::usable).mapToDouble(w -> values.get(w.well())).toArray());
        if (response.cvPct() > settings.qcRules().maxCvPct()) {
            notes.add("replicate CV " + Labels.pct(response.cvPct()) + " is above " + Labels.num(settings.qcRules().maxCvPct()) + "%");
        }
        CurveReading r = response.n() > 0 ? CurveReading.read(fit, response.mean(), lloq, uloq, k.dilution()) : CurveReading.of(noValue(wells));
        Entered summary = entered(r, lloq, uloq, k.dilution(), settings);
        return new SampleResult(name(k), k.cultureWells(), k.dilution(), wells.stream().map(RawWell::well).toList(), response,
                r.concentration(), r.ciLow(), r.ciHigh(), r.status(), summary.value(), notes, summary.how());
    }

    /** Why a sample has no usable replicate: all masked, else an instrument marker, else nothing was read. */
    private static ValueStatus noValue(List<RawWell> wells) {
        if (wells.stream().allMatch(w -> w.maskReason() != null)) return ValueStatus.MASKED;
        if (wells.stream().anyMatch(w -> w.maskReason() == null && w.marker() != null)) return ValueStatus.INSTRUMENT_MARKER;
        return ValueStatus.NOT_READ;
    }

    /** The value a sample contributes to the statistics and how it was obtained. */
    record Entered(Double value, EnteredAs how) {
        static final Entered NONE = new Entered(null, EnteredAs.EXCLUDED);
    }

    /**
     * The number a sample contributes to summaries: in range as is; censored values per the settings (substituted, or the
     * curve's own value, flagged); nothing else. A censored value with no number on the curve (beyond an asymptote) can
     * only be substituted, never interpolated or extrapolated.
     */
    static Entered entered(CurveReading r, Double lloq, Double uloq, double dilution, AnalysisSettings settings) {
        return switch (r.status()) {
            case OK -> new Entered(r.concentration(), EnteredAs.MEASURED);
            case BELOW_LLOQ -> lloq == null ? Entered.NONE : switch (settings.belowLloq()) {
                case EXCLUDE -> Entered.NONE;
                case HALF_LLOQ -> new Entered(lloq / 2 * dilution, EnteredAs.HALF_LLOQ);
                case LLOQ -> new Entered(lloq * dilution, EnteredAs.LLOQ);
                case AS_INTERPOLATED -> r.concentration() == null ? Entered.NONE : new Entered(r.concentration(), EnteredAs.INTERPOLATED);
            };
            case ABOVE_ULOQ, NO_SOLUTION -> uloq == null ? Entered.NONE : switch (settings.aboveUloq()) {
                case EXCLUDE -> Entered.NONE;
                case ULOQ -> new Entered(uloq * dilution, EnteredAs.ULOQ);
                case AS_EXTRAPOLATED -> r.concentration() == null ? Entered.NONE : new Entered(r.concentration(), EnteredAs.EXTRAPOLATED);
            };
            default -> Entered.NONE;
        };
    }

    private static String name(Key k) {
        if (!k.label().isEmpty()) return k.label();
        String wells = k.cultureWells().isEmpty() ? "unmapped sample"
                : "culture " + k.cultureWells().stream().map(WellPosition::label).collect(Collectors.joining("+"));
        return k.dilution() == 1 ? wells : wells + " (1:" + Labels.num(k.dilution()) + ")";
    }
}
