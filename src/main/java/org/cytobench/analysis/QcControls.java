package org.cytobench.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.analysis.RawWells.RawWell;
import org.cytobench.analysis.stats.SampleSummary;
import org.cytobench.fit.FitResult;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;

/**
 * Judges QC control levels: the back-calculated concentration at the level's mean response within ±20% of nominal, ±25%
 * when the nominal lies at the LLOQ or ULOQ (by default). A control outside the quantification range fails.
 */
final class QcControls {
    private QcControls() {}

    static List<QcLevelResult> judge(List<RawWell> raw, Map<WellPosition, Double> values, FitResult fit, Double lloq,
                                     Double uloq, QcRules rules, String unit) {
        Map<String, List<RawWell>> byLevel = new LinkedHashMap<>();
        raw.stream().filter(w -> w.layout().role() == WellRole.QC)
                .sorted((a, b) -> Double.compare(a.layout().nominalConcentration(), b.layout().nominalConcentration()))
                .forEach(w -> byLevel.computeIfAbsent(label(w), k -> new ArrayList<>()).add(w));
        List<QcLevelResult> out = new ArrayList<>();
        for (Map.Entry<String, List<RawWell>> e : byLevel.entrySet()) {
            List<RawWell> wells = e.getValue();
            double nominal = wells.get(0).layout().nominalConcentration();
            SampleSummary response = SampleSummary.of(wells.stream().filter(RawWell::usable).mapToDouble(w -> values.get(w.well())).toArray());
            Double back = StandardAcceptance.backCalculate(fit, response);
            Double recovery = back == null ? null : 100 * back / nominal;
            boolean atLimit = lloq != null && (near(nominal, lloq) || near(nominal, uloq));
            double tol = atLimit ? rules.qcLimitTolerancePct() : rules.qcTolerancePct();
            String reason = reason(nominal, response, back, recovery, tol, lloq, uloq, unit);
            out.add(new QcLevelResult(e.getKey(), nominal, wells.stream().map(RawWell::well).toList(), response, back, recovery,
                    tol, reason == null, reason == null ? null : e.getKey() + ": " + reason));
        }
        return out;
    }

    private static String reason(double nominal, SampleSummary response, Double back, Double recovery, double tol,
                                 Double lloq, Double uloq, String unit) {
        if (response.n() == 0) return "no usable wells";
        if (back == null) return "its mean response has no concentration on the curve";
        if (lloq == null) return "there is no quantification range (no standard level passed)";
        if (nominal < lloq * (1 - 1e-6) || nominal > uloq * (1 + 1e-6)) {
            return "nominal " + Labels.nominal(nominal, unit) + " is outside the quantification range " + Labels.nominal(lloq, unit)
                    + " – " + Labels.nominal(uloq, unit);
        }
        if (Math.abs(recovery - 100) > tol + 1e-9) {
            return "back-calculated " + Labels.conc(back, unit) + " is " + Labels.pct(recovery) + " of nominal (allowed "
                    + Labels.range(tol) + ")";
        }
        return null;
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
    }

    private static String label(RawWell w) {
        String l = w.layout().label();
        return l == null || l.isBlank() ? "QC " + org.cytobench.plate.Numbers.compact(w.layout().nominalConcentration()) : l.strip();
    }
}
