package org.cytobench.plate;

import java.util.List;
import java.util.Objects;

/**
 * One well of an assay plate.
 *
 * @param role                 what the well holds
 * @param nominalConcentration for standards and QC controls, the nominal concentration in the analyte's unit; 0 for a
 *                             zero standard; null otherwise
 * @param cultureWells         for samples, the culture well(s) whose supernatant this is
 * @param dilutionFactor       for samples, how much the supernatant was diluted (1 = neat); concentrations are multiplied by it
 * @param label                optional free text (sample name, QC level)
 */
public record AssayWell(WellRole role, Double nominalConcentration, List<WellPosition> cultureWells,
                        double dilutionFactor, String label) {

    public static final AssayWell EMPTY = new AssayWell(WellRole.EMPTY, null, List.of(), 1, null);
    public static final AssayWell BLANK = new AssayWell(WellRole.BLANK, null, List.of(), 1, null);
    public static final AssayWell ZERO_STANDARD = new AssayWell(WellRole.ZERO_STANDARD, 0.0, List.of(), 1, null);

    public AssayWell {
        Objects.requireNonNull(role, "role");
        cultureWells = cultureWells == null ? List.of() : List.copyOf(cultureWells);
        if (!(dilutionFactor > 0)) throw new IllegalArgumentException("dilution factor must be > 0");
        switch (role) {
            case STANDARD, QC -> {
                if (nominalConcentration == null || !(nominalConcentration > 0)) {
                    throw new IllegalArgumentException(role.name().toLowerCase() + " wells need a nominal concentration > 0");
                }
            }
            case ZERO_STANDARD -> nominalConcentration = 0.0;
            default -> { }
        }
    }

    public static AssayWell standard(double nominal) { return new AssayWell(WellRole.STANDARD, nominal, List.of(), 1, null); }

    public static AssayWell qc(double nominal, String label) { return new AssayWell(WellRole.QC, nominal, List.of(), 1, label); }

    public static AssayWell sample(WellPosition cultureWell, double dilution) {
        return new AssayWell(WellRole.SAMPLE, null, List.of(cultureWell), dilution, null);
    }
}
