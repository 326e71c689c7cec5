package org.cytobench.analysis;

import java.util.List;
import java.util.Optional;

/**
 * The result of {@link ExperimentAnalyzer#analyze}: every plate and every analyte's dose response, with the settings that
 * produced them (outputs print these so that every number can be traced to its choices).
 */
public record ExperimentAnalysis(String experiment, AnalysisSettings settings, List<PlateAnalysis> plates,
                                 List<DoseResponse> doseResponses) {

    public ExperimentAnalysis {
        plates = List.copyOf(plates);
        doseResponses = List.copyOf(doseResponses);
    }

    /** True when every plate passed QC (the command line's exit code 0 rather than 1). */
    public boolean allPlatesPassed() {
        return plates.stream().allMatch(PlateAnalysis::passed);
    }

    public Optional<DoseResponse> doseResponse(String analyteName) {
        return doseResponses.stream().filter(d -> d.analyte().name().equals(analyteName)).findFirst();
    }
}
