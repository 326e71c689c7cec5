package org.cytobench.analysis;

import java.util.List;
import org.cytobench.analysis.stats.SampleSummary;
import org.cytobench.plate.TreatmentGroup;

/**
 * One treatment group of one analyte.
 *
 * @param group        stimulus × thymalfasin dose × vehicle
 * @param cultureWells every culture well of the group, with its value (also those left out, value null)
 * @param observations the n: donor means or culture wells (see {@link DoseResponse#replicateUnit()})
 * @param summary      n, mean, SD, SEM, 95% CI of the observations
 * @param foldChange   mean / mean of the stimulated vehicle control; null for no reference or a reference mean of 0
 * @param belowLloq    culture wells whose value is below the LLOQ (substituted or left out per the settings)
 * @param aboveUloq    culture wells above the ULOQ
 */
public record GroupStats(TreatmentGroup group, List<CultureWellValue> cultureWells, List<Observation> observations,
                         SampleSummary summary, Double foldChange, int belowLloq, int aboveUloq) {

    public GroupStats {
        cultureWells = List.copyOf(cultureWells);
        observations = List.copyOf(observations);
    }

    public String label() { return group.label(); }

    public int n() { return summary.n(); }
}
