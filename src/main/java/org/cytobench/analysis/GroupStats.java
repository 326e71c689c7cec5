package org.cytobench.analysis;

import java.util.List;
import org.cytobench.analysis.stats.SampleSummary;
import org.cytobench.plate.TreatmentGroup;

/**
 * One treatment group of one analyte.
 *
 * @param group        stimulus × thymalfasin dose × vehicle
 * @param cultureWells every culture well of the group, with its value (also those left out, value null)
 * @param observations the n: donor means (geometric on the log scale) or culture wells (see {@link DoseResponse#replicateUnit()})
 * @param summary      n, mean, SD, SEM, 95% CI of the observations in concentration units. On the log scale the mean is
 *                     the geometric mean and the CI the back-transformed CI of the mean log10; SD, SEM and CV% are then
 *                     NaN (they exist on the log10 scale only: {@link #logSummary()})
 * @param foldChange   mean / mean of the stimulated vehicle control (ratio of geometric means on the log scale); null
 *                     for no reference or a reference mean of 0
 * @param belowLloq    culture wells whose value is below the LLOQ (substituted or left out per the settings)
 * @param aboveUloq    culture wells above the ULOQ
 * @param logSummary   on the log scale: the summary of log10 of the observations; null on the linear scale
 * @param substituted  culture wells whose value entered substituted, interpolated or extrapolated (see {@link EnteredAs})
 * @param notes        plain sentences about the group: values capped at the ULOQ (with the re-assay suggestion), mostly
 *                     substituted values
 */
public record GroupStats(TreatmentGroup group, List<CultureWellValue> cultureWells, List<Observation> observations,
                         SampleSummary summary, Double foldChange, int belowLloq, int aboveUloq, SampleSummary logSummary,
                         int substituted, List<String> notes) {

    /** More than this fraction of a group's values substituted and the group is flagged (groups.csv, chart). */
    public static final double MOSTLY_SUBSTITUTED = 0.5;

    public GroupStats {
        cultureWells = List.copyOf(cultureWells);
        observations = List.copyOf(observations);
        notes = List.copyOf(notes);
    }

    /** Culture wells with a value in the statistics. */
    public int wellsWithValue() { return (int) cultureWells.stream().filter(w -> w.value() != null).count(); }

    /** Whether more than half of the group's values are not measurements in range: its statistics say little. */
    public boolean mostlySubstituted() {
        int n = wellsWithValue();
        return n > 0 && substituted > MOSTLY_SUBSTITUTED * n;
    }

    public String label() { return group.label(); }

    public int n() { return summary.n(); }

    /** The summary a table prints: as given on the linear scale, back-transformed from log10 on the log scale. */
    static SampleSummary backTransformed(SampleSummary log) {
        if (log.n() == 0) return SampleSummary.EMPTY;
        return new SampleSummary(log.n(), Math.pow(10, log.mean()), Double.NaN, Double.NaN, Double.NaN,
                Double.isNaN(log.ciLow()) ? Double.NaN : Math.pow(10, log.ciLow()),
                Double.isNaN(log.ciHigh()) ? Double.NaN : Math.pow(10, log.ciHigh()));
    }
}
