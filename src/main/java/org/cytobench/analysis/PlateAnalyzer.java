package org.cytobench.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cytobench.analysis.RawWells.RawWell;
import org.cytobench.analysis.stats.SampleSummary;
import org.cytobench.fit.CurveFitter;
import org.cytobench.fit.FitResult;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.CurveSettings;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;

/**
 * Analyses one assay plate: analysis values, blank subtraction, replicate statistics, the standard curve, back-calculated
 * standards, ICH M10 acceptance and concentrations with their status. Pure function of its inputs.
 */
public final class PlateAnalyzer {
    private PlateAnalyzer() {}

    public static PlateAnalysis analyze(AssayRun asRun, int index, CurveSettings curve, AnalysisSettings settings) {
        // bead-count QC: low wells flagged, and masked when the rule excludes them (BeadCounts)
        Map<WellPosition, Double> lowBeads = BeadCounts.below(asRun, settings.beadCount());
        AssayRun run = BeadCounts.applied(asRun, lowBeads, settings.beadCount());
        String unit = run.layout().analyte().unit();
        RawWells.Reads reads = RawWells.reads(run);
        List<RawWell> raw = RawWells.collect(run, reads);
        List<String> warnings = new ArrayList<>();
        if (!lowBeads.isEmpty()) warnings.add(BeadCounts.warning(lowBeads, settings.beadCount()));
        Double blank = blank(raw, settings.blankHandling(), warnings);
        Map<WellPosition, Double> values = new HashMap<>();
        for (RawWell w : raw) {
            if (w.corrected() != null) values.put(w.well(), blank == null ? w.corrected() : w.corrected() - blank);
        }
        FitResult fit = fitStandards(raw, values, curve, settings.blankHandling(), reads.problem());
        List<StandardLevelResult> standards = StandardAcceptance.judge(levels(raw, values, WellRole.STANDARD), fit,
                settings.qcRules(), unit);
        Double lloq = standards.stream().filter(StandardLevelResult::passed).map(StandardLevelResult::nominal).min(Double::compare).orElse(null);
        Double uloq = standards.stream().filter(StandardLevelResult::passed).map(StandardLevelResult::nominal).max(Double::compare).orElse(null);
        List<QcLevelResult> qcs = QcControls.judge(raw, values, fit, lloq, uloq, settings.qcRules(), unit);
        List<WellResult> wells = wellResults(raw, values, fit, lloq, uloq);
        List<SampleResult> samples = SampleResults.build(raw, values, fit, lloq, uloq, settings);
        QcVerdict verdict = Verdicts.verdict(reads.problem(), fit, standards, qcs, lloq, uloq, settings.qcRules(), warnings, run);
        return new PlateAnalysis(index, run.layout().name(), run.layout().analyte(), run.sourceFile(), curve, blank, wells,
                standards, qcs, samples, fit, verdict, run.maskList());
    }

    /** The mean blank to subtract, or null when nothing is subtracted. */
    static Double blank(List<RawWell> raw, BlankHandling handling, List<String> warnings) {
        if (handling != BlankHandling.SUBTRACT_MEAN_BLANK) return null;
        double[] blanks = usable(raw, WellRole.BLANK);
        if (blanks.length == 0) {
            blanks = usable(raw, WellRole.ZERO_STANDARD);
            if (blanks.length > 0) warnings.add("no blank wells: the mean of the zero standards was subtracted as the blank");
        }
        if (blanks.length == 0) {
            if (raw.stream().anyMatch(w -> w.corrected() != null)) warnings.add("no usable blank or zero-standard wells: nothing was subtracted");
            return null;
        }
        return SampleSummary.of(blanks).mean();
    }

    private static double[] usable(List<RawWell> raw, WellRole role) {
        return raw.stream().filter(w -> w.layout().role() == role && w.usable()).mapToDouble(RawWell::corrected).toArray();
    }

    static FitResult fitStandards(List<RawWell> raw, Map<WellPosition, Double> values, CurveSettings curve,
                                  BlankHandling handling, String readProblem) {
        List<double[]> points = new ArrayList<>();
        for (RawWell w : raw) {
            WellRole role = w.layout().role();
            boolean fitted = role == WellRole.STANDARD || role == WellRole.ZERO_STANDARD && handling == BlankHandling.ZERO_STANDARD_IN_FIT;
            if (fitted && w.usable()) points.add(new double[] {w.layout().nominalConcentration(), values.get(w.well())});
        }
        double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
        if (readProblem != null) return FailedFits.of(curve, readProblem);
        return CurveFitter.fit(x, y, curve.model(), curve.weighting());
    }

    /** Usable wells of a role grouped by nominal concentration, lowest first. */
    static List<StandardAcceptance.Level> levels(List<RawWell> raw, Map<WellPosition, Double> values, WellRole role) {
        Map<Double, List<WellPosition>> byNominal = new TreeMap<>();
        for (RawWell w : raw) {
            if (w.layout().role() == role) byNominal.computeIfAbsent(w.layout().nominalConcentration(), k -> new ArrayList<>()).add(w.well());
        }
        List<StandardAcceptance.Level> out = new ArrayList<>();
        Map<WellPosition, RawWell> index = new LinkedHashMap<>();
        for (RawWell w : raw) index.put(w.well(), w);
        byNominal.forEach((nominal, wells) -> out.add(new StandardAcceptance.Level(nominal, wells,
                SampleSummary.of(wells.stream().filter(p -> index.get(p).usable()).mapToDouble(values::get).toArray()))));
        return out;
    }

    private static List<WellResult> wellResults(List<RawWell> raw, Map<WellPosition, Double> values, FitResult fit,
                                                Double lloq, Double uloq) {
        List<WellResult> out = new ArrayList<>(raw.size());
        for (RawWell w : raw) {
            Double value = values.get(w.well());
            CurveReading r = wellReading(w, value, fit, lloq, uloq);
            out.add(new WellResult(w.well(), w.layout(), w.primary(), w.reference(), w.corrected(), value, w.marker(),
                    w.maskReason(), r.concentration(), r.ciLow(), r.ciHigh(), r.status()));
        }
        return out;
    }

    static CurveReading wellReading(RawWell w, Double value, FitResult fit, Double lloq, Double uloq) {
        if (w.maskReason() != null) return CurveReading.of(ValueStatus.MASKED);
        if (w.marker() != null) return CurveReading.of(ValueStatus.INSTRUMENT_MARKER);
        if (value == null) return CurveReading.of(ValueStatus.NOT_READ);
        if (w.layout().role() != WellRole.SAMPLE) {
            // standards, QC and blanks are read off the curve as they are; judging them against the range is QC's job
            return CurveReading.read(fit, value, null, null, 1);
        }
        return CurveReading.read(fit, value, lloq, uloq, w.layout().dilutionFactor());
    }
}
