package org.cytobench.analysis;

import java.util.List;
import org.cytobench.analysis.stats.SampleSummary;
import org.cytobench.plate.WellPosition;

/**
 * One non-zero standard level: its replicate wells, their response statistics, the back-calculated concentration and the
 * ICH M10 verdict.
 *
 * @param nominal             nominal concentration (analyte unit)
 * @param wells               replicate wells of the level, masked ones included (see {@link PlateAnalysis#masked()})
 * @param response            mean, SD, CV% of the usable wells' analysis values
 * @param backCalculated      concentration read off the curve at the mean response; null when there is none
 * @param recoveryPct         100 · backCalculated / nominal; null when there is none
 * @param atLimit             held to the wider limits because it is the LLOQ or ULOQ
 * @param allowedDeviationPct the tolerance applied (20 or 25 by default)
 * @param allowedCvPct        the CV limit applied
 * @param passed              the verdict
 * @param reason              why it failed, in plain words; null when it passed
 */
public record StandardLevelResult(double nominal, List<WellPosition> wells, SampleSummary response, Double backCalculated,
                                  Double recoveryPct, boolean atLimit, double allowedDeviationPct, double allowedCvPct,
                                  boolean passed, String reason) {

    public StandardLevelResult {
        wells = List.copyOf(wells);
    }
}
