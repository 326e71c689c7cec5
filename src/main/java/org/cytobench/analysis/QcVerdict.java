package org.cytobench.analysis;

import java.util.List;

/**
 * Whether a plate is accepted, and every reason it is not, in plain words.
 *
 * @param passed        true when no rule failed
 * @param reasons       one sentence per failed rule ("only 5 of 8 standard levels passed; at least 6 are required")
 * @param warnings      things the scientist should know that do not fail the plate
 * @param lloq          lowest passing standard (analyte unit), null when none passed
 * @param uloq          highest passing standard, null when none passed
 * @param passingLevels standard levels that passed
 * @param nonZeroLevels non-zero standard levels on the plate
 */
public record QcVerdict(boolean passed, List<String> reasons, List<String> warnings, Double lloq, Double uloq,
                        int passingLevels, int nonZeroLevels) {

    public QcVerdict {
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
        if (passed != reasons.isEmpty()) throw new IllegalArgumentException("a plate fails exactly when there are reasons");
    }

    /** "pass" or "fail: reason; reason". */
    public String summary() {
        return passed ? "pass" : "fail: " + String.join("; ", reasons);
    }
}
