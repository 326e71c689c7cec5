package org.cytobench.analysis;

import java.util.ArrayList;
import java.util.List;
import org.cytobench.fit.FitResult;
import org.cytobench.plate.AssayRun;

/** Assembles a plate's verdict: every failed rule as one plain sentence; things worth knowing as warnings. */
final class Verdicts {
    private Verdicts() {}

    static QcVerdict verdict(String readProblem, FitResult fit, List<StandardLevelResult> standards, List<QcLevelResult> qcs,
                             Double lloq, Double uloq, QcRules rules, List<String> warningsSoFar, AssayRun run) {
        List<String> reasons = new ArrayList<>();
        List<String> warnings = new ArrayList<>(warningsSoFar);
        int total = standards.size();
        int passing = (int) standards.stream().filter(StandardLevelResult::passed).count();
        if (readProblem != null) {
            reasons.add(readProblem);
            return new QcVerdict(false, reasons, warnings, null, null, 0, total);
        }
        if (!fit.isConverged()) reasons.add("the standard curve could not be fitted: " + fit.reason());
        boolean tooFew = false;
        if (passing < rules.minPassingLevels()) {
            reasons.add("only " + passing + " of " + total + " standard levels passed; at least " + rules.minPassingLevels() + " are required");
            tooFew = true;
        }
        if (passing < Math.ceil(rules.minPassingFraction() * total - 1e-9)) {
            reasons.add("only " + passing + " of " + total + " standard levels passed (" + Labels.num(total == 0 ? 0 : 100.0 * passing / total)
                    + "%); at least " + Labels.num(100 * rules.minPassingFraction()) + "% must pass");
            tooFew = true;
        }
        for (StandardLevelResult s : standards) {
            if (s.passed()) continue;
            if (tooFew && fit.isConverged()) reasons.add(s.reason());
            else if (fit.isConverged()) warnings.add(s.reason() + " (left out of the quantification range)");
        }
        for (QcLevelResult q : qcs) if (!q.passed()) reasons.add(q.reason());
        if (!run.masks().isEmpty()) warnings.add(run.masks().size() + " masked well" + (run.masks().size() == 1 ? "" : "s") + " excluded");
        warnings.addAll(fit.warnings());
        return new QcVerdict(reasons.isEmpty(), reasons, warnings, lloq, uloq, passing, total);
    }
}
