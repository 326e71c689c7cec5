package org.cytobench.analysis;

import java.util.List;
import java.util.Optional;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.TreatmentGroup;

/**
 * The dose-response statistics of one analyte across the experiment.
 *
 * @param analyte       the analyte
 * @param replicateUnit what the n is: {@link ReplicateUnit#DONOR} or {@link ReplicateUnit#CULTURE_WELL} (never AUTO)
 * @param groups        every treatment group, in {@link TreatmentGroup} order (stimulus, dose, vehicle)
 * @param families      per stimulus with a vehicle control and at least one dose: ANOVA and comparisons
 * @param lloq          the highest LLOQ × dilution factor among the samples used (the reporting limit a chart draws);
 *                      null when no plate had one
 * @param notes         plain sentences: plates left out because they failed QC, groups with no values, …
 */
public record DoseResponse(Analyte analyte, ReplicateUnit replicateUnit, List<GroupStats> groups, List<DoseFamily> families,
                           Double lloq, List<String> notes) {

    public DoseResponse {
        groups = List.copyOf(groups);
        families = List.copyOf(families);
        notes = List.copyOf(notes);
    }

    public Optional<GroupStats> group(TreatmentGroup g) {
        return groups.stream().filter(s -> s.group().equals(g)).findFirst();
    }

    /** The comparison of a dosed group with its vehicle control, if it was tested. */
    public Optional<DoseComparison> comparison(TreatmentGroup treated) {
        return families.stream().flatMap(f -> f.comparisons().stream()).filter(c -> c.treated().equals(treated)).findFirst();
    }
}
