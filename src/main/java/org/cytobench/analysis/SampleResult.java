package org.cytobench.analysis;

import java.util.List;
import org.cytobench.analysis.stats.SampleSummary;
import org.cytobench.plate.WellPosition;

/**
 * One sample on an assay plate: the wells holding the same supernatant at the same dilution (technical replicates).
 * Its concentration is read off the curve at the replicates' mean analysis value, then × dilution factor.
 *
 * @param name          the layout label, or "culture B3" made from the culture wells
 * @param cultureWells  the culture well(s) whose supernatant this is
 * @param dilutionFactor how much it was diluted
 * @param wells         the assay wells (masked and marked ones included; they do not enter the mean)
 * @param response      statistics of the usable replicates' analysis values
 * @param concentration × dilution; null when there is none (status says why)
 * @param ciLow         lower 95% bound × dilution, null when none
 * @param ciHigh        upper 95% bound × dilution
 * @param status        what the concentration is worth
 * @param summaryValue  the number this sample contributes to group summaries and tests, after the &lt; LLOQ / &gt; ULOQ
 *                      handling of the settings; null when it is left out
 * @param notes         plain sentences: replicates left out and why, CV above the limit
 * @param enteredAs     how {@code summaryValue} was obtained: measured, substituted, interpolated, extrapolated, excluded
 */
public record SampleResult(String name, List<WellPosition> cultureWells, double dilutionFactor, List<WellPosition> wells,
                           SampleSummary response, Double concentration, Double ciLow, Double ciHigh, ValueStatus status,
                           Double summaryValue, List<String> notes, EnteredAs enteredAs) {

    public SampleResult {
        cultureWells = List.copyOf(cultureWells);
        wells = List.copyOf(wells);
        notes = List.copyOf(notes);
    }
}
