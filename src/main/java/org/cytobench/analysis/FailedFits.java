package org.cytobench.analysis;

import java.util.List;
import org.cytobench.fit.FitResult;
import org.cytobench.fit.FitStatus;
import org.cytobench.plate.CurveSettings;

/** A fit that was never attempted because the plate has nothing to fit (no readings): still a result, saying why. */
final class FailedFits {
    private FailedFits() {}

    static FitResult of(CurveSettings curve, String reason) {
        return new FitResult(curve.model(), curve.weighting(), FitStatus.DEGENERATE, reason, List.of(), List.of(), List.of(),
                List.of(), List.of(), Double.NaN, Double.NaN, 0, List.of(), 0, List.of(), Double.NaN, Double.NaN);
    }
}
