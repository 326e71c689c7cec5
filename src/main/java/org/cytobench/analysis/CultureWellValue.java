package org.cytobench.analysis;

import java.util.List;
import org.cytobench.plate.WellPosition;

/**
 * One culture well's concentration of one analyte: the mean of the summary values of every sample taken from it (its
 * technical replicates were already averaged within each sample). A point on the dose chart.
 *
 * @param cultureWell position on the culture plate
 * @param donor       donor of the cells
 * @param value       the value entering the statistics (after &lt; LLOQ / &gt; ULOQ handling); null when left out
 * @param status      {@link ValueStatus#OK} when every sample was in range, else the status of the first one that was not
 * @param sources     where the value came from: "IL-6 plate 1: B3, B4"
 * @param enteredAs   how the value was obtained: {@link EnteredAs#MEASURED} when every sample was, else the first
 *                    substitution among its samples; {@link EnteredAs#EXCLUDED} when there is no value
 */
public record CultureWellValue(WellPosition cultureWell, String donor, Double value, ValueStatus status, List<String> sources,
                               EnteredAs enteredAs) {

    public CultureWellValue {
        sources = List.copyOf(sources);
    }

    /** Whether the value entered the statistics substituted, interpolated or extrapolated rather than measured. */
    public boolean substituted() { return value != null && enteredAs.substituted(); }

    public boolean belowLloq() { return status == ValueStatus.BELOW_LLOQ; }

    public boolean aboveUloq() { return status == ValueStatus.ABOVE_ULOQ || status == ValueStatus.NO_SOLUTION; }
}
