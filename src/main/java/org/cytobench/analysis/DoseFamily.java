package org.cytobench.analysis;

import java.util.List;
import org.cytobench.analysis.stats.AnovaResult;
import org.cytobench.plate.TreatmentGroup;

/**
 * The groups of one stimulus that are tested together: its vehicle control and every thymalfasin dose.
 *
 * @param stimulus    the stimulus label ("LPS 100 ng/mL")
 * @param control     the vehicle control group
 * @param anova       ordinary one-way ANOVA over control and doses
 * @param comparisons one per dose, lowest dose first
 */
public record DoseFamily(String stimulus, TreatmentGroup control, AnovaResult anova, List<DoseComparison> comparisons) {

    public DoseFamily {
        comparisons = List.copyOf(comparisons);
    }
}
