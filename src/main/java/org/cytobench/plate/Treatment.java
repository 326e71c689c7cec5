package org.cytobench.plate;

import java.util.Objects;

/**
 * What was done to the cells of one culture well.
 *
 * @param stimulus          the stimulus (or {@link Stimulus#NONE})
 * @param thymalfasinNgPerMl thymalfasin pre-treatment dose in ng/mL; 0 is the vehicle control
 * @param vehicle           whether vehicle was added (true for dosed wells and vehicle controls)
 * @param donor             donor identifier, e.g. "D1"
 * @param cellsPerMl        seeding density (cells/mL)
 * @param volumeUl          culture volume per well (µL)
 */
public record Treatment(Stimulus stimulus, double thymalfasinNgPerMl, boolean vehicle, String donor,
                        double cellsPerMl, double volumeUl) {

    public static final double DEFAULT_CELLS_PER_ML = 1e6;
    public static final double DEFAULT_VOLUME_UL = 100;

    public Treatment {
        Objects.requireNonNull(stimulus, "stimulus");
        if (!(thymalfasinNgPerMl >= 0)) throw new IllegalArgumentException("thymalfasin dose must be ≥ 0 ng/mL");
        if (!(cellsPerMl > 0)) throw new IllegalArgumentException("cell density must be > 0");
        if (!(volumeUl > 0)) throw new IllegalArgumentException("well volume must be > 0");
        donor = donor == null ? "" : donor.strip();
    }

    public static Treatment of(Stimulus stimulus, double dose, boolean vehicle, String donor) {
        return new Treatment(stimulus, dose, vehicle, donor, DEFAULT_CELLS_PER_ML, DEFAULT_VOLUME_UL);
    }

    public Treatment withStimulus(Stimulus s) { return new Treatment(s, thymalfasinNgPerMl, vehicle, donor, cellsPerMl, volumeUl); }
    public Treatment withDose(double d) { return new Treatment(stimulus, d, vehicle, donor, cellsPerMl, volumeUl); }
    public Treatment withVehicle(boolean v) { return new Treatment(stimulus, thymalfasinNgPerMl, v, donor, cellsPerMl, volumeUl); }
    public Treatment withDonor(String d) { return new Treatment(stimulus, thymalfasinNgPerMl, vehicle, d, cellsPerMl, volumeUl); }

    /** The treatment group this well belongs to, regardless of donor: "LPS 100 ng/mL + thymalfasin 50 ng/mL". */
    public TreatmentGroup group() {
        return new TreatmentGroup(stimulus.label(), thymalfasinNgPerMl, vehicle);
    }
}
