package org.cytobench.analysis;

import java.util.List;
import org.cytobench.analysis.stats.SampleSummary;
import org.cytobench.plate.WellPosition;

/**
 * One QC control level (the QC wells sharing a nominal concentration and label).
 *
 * @param label               the layout's label ("QC low"), or one made from the nominal
 * @param nominal             nominal concentration (analyte unit)
 * @param wells               its wells
 * @param response            statistics of the usable wells' analysis values
 * @param backCalculated      concentration at the mean response; null when there is none
 * @param recoveryPct         100 · backCalculated / nominal; null when there is none
 * @param allowedDeviationPct tolerance applied (±20%, or ±25% at the LLOQ/ULOQ by default)
 * @param passed              the verdict
 * @param reason              why it failed, null when it passed
 */
public record QcLevelResult(String label, double nominal, List<WellPosition> wells, SampleSummary response,
                            Double backCalculated, Double recoveryPct, double allowedDeviationPct, boolean passed,
                            String reason) {

    public QcLevelResult {
        wells = List.copyOf(wells);
    }
}
