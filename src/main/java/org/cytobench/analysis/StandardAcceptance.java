package org.cytobench.analysis;

import java.util.ArrayList;
import java.util.List;
import org.cytobench.analysis.stats.SampleSummary;
import org.cytobench.fit.CurveFitter;
import org.cytobench.fit.FitResult;
import org.cytobench.fit.InversePrediction;
import org.cytobench.plate.WellPosition;

/**
 * Judges the non-zero standard levels of a plate by ICH M10 and finds LLOQ and ULOQ.
 *
 * <p>The wider limits (±25%, CV ≤ 25%) belong to the LLOQ and ULOQ, which are themselves the lowest and highest passing
 * levels. The circle is broken this way: a level "passes loosely" when it meets the wide limits; the lowest and highest
 * loosely passing levels are the candidate limits and keep the wide limits; every level between them must meet the strict
 * ones (±20%, CV ≤ 20%). A level that fails inside the range stays out of the range count but does not move the limits.
 */
final class StandardAcceptance {
    private StandardAcceptance() {}

    /** A standard level's wells and response statistics before judgement. */
    record Level(double nominal, List<WellPosition> wells, SampleSummary response) {}

    static List<StandardLevelResult> judge(List<Level> levels, FitResult fit, QcRules rules, String unit) {
        int k = levels.size();
        Double[] back = new Double[k];
        boolean[] loose = new boolean[k];
        int lo = -1;
        int hi = -1;
        for (int i = 0; i < k; i++) {
            back[i] = backCalculate(fit, levels.get(i).response());
            loose[i] = meets(levels.get(i), back[i], rules.standardLimitTolerancePct(), rules.maxCvAtLimitsPct());
            if (loose[i]) {
                if (lo < 0) lo = i;
                hi = i;
            }
        }
        List<StandardLevelResult> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            Level l = levels.get(i);
            boolean atLimit = i == lo || i == hi;
            boolean outside = lo < 0 || i < lo || i > hi;
            boolean wide = atLimit || outside; // outside the range a level is judged as a would-be limit
            double tol = wide ? rules.standardLimitTolerancePct() : rules.standardTolerancePct();
            double cv = wide ? rules.maxCvAtLimitsPct() : rules.maxCvPct();
            boolean passed = meets(l, back[i], tol, cv);
            Double recovery = back[i] == null ? null : 100 * back[i] / l.nominal();
            String reason = passed ? null : "standard " + Labels.nominal(l.nominal(), unit) + ": " + failure(l, back[i], recovery, tol, cv, unit);
            out.add(new StandardLevelResult(l.nominal(), l.wells(), l.response(), back[i], recovery, atLimit, tol, cv, passed, reason));
        }
        return out;
    }

    /** The concentration at a level's mean response, or null (no usable wells, no curve, no solution). */
    static Double backCalculate(FitResult fit, SampleSummary response) {
        if (response.n() == 0 || !fit.isConverged()) return null;
        InversePrediction inv = CurveFitter.inverse(fit, response.mean());
        return inv.concentration();
    }

    static boolean meets(Level l, Double back, double tolerancePct, double maxCvPct) {
        if (back == null) return false;
        double deviation = Math.abs(100 * back / l.nominal() - 100);
        double cv = l.response().cvPct();
        return deviation <= tolerancePct + 1e-9 && !(cv > maxCvPct + 1e-9);
    }

    private static String failure(Level l, Double back, Double recovery, double tol, double maxCv, String unit) {
        if (l.response().n() == 0) return "no usable wells";
        if (back == null) return "its mean response has no concentration on the curve";
        List<String> why = new ArrayList<>();
        if (Math.abs(recovery - 100) > tol + 1e-9) {
            why.add("back-calculated " + Labels.conc(back, unit) + " is " + Labels.pct(recovery) + " of nominal (allowed "
                    + Labels.range(tol) + ")");
        }
        if (l.response().cvPct() > maxCv + 1e-9) {
            why.add("replicate CV " + Labels.pct(l.response().cvPct()) + " is above " + Labels.num(maxCv) + "%");
        }
        return String.join(" and ", why);
    }
}
