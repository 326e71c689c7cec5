package org.cytobench.sampledata;

import java.util.Map;
import org.cytobench.plate.Analyte;

/**
 * The simulated truth for one cytokine: how the ELISA turns concentration into optical density, and how much of the
 * cytokine the PBMC cultures released under each treatment.
 *
 * @param odZero        specific OD at zero concentration (non-specific binding), 4PL parameter a
 * @param odTop         specific OD at saturation, 4PL parameter d
 * @param ec50          concentration at the curve's midpoint (pg/mL), 4PL parameter c
 * @param slope         Hill slope, 4PL parameter b
 * @param unstimulated  supernatant concentration of unstimulated wells for donor factor 1 (pg/mL)
 * @param lpsVehicle    supernatant concentration of LPS + vehicle wells for donor factor 1 (pg/mL)
 * @param foldByDose    thymalfasin effect under LPS: concentration relative to the LPS vehicle control, per dose (ng/mL)
 * @param donorFactor   donor-to-donor difference in cytokine release, multiplicative
 * @param dilution      how much the supernatants were diluted before the ELISA
 */
record AnalyteModel(Analyte analyte, double odZero, double odTop, double ec50, double slope,
                    double unstimulated, double lpsVehicle, Map<Double, Double> foldByDose,
                    Map<String, Double> donorFactor, double dilution) {

    /** Specific OD (without plate background) at an in-well concentration: y = d + (a − d) / (1 + (x/c)^b). */
    double od(double pgPerMl) {
        if (pgPerMl <= 0) return odZero;
        return odTop + (odZero - odTop) / (1 + StrictMath.pow(pgPerMl / ec50, slope));
    }

    /** Mean supernatant concentration (before dilution) of a culture well, before biological noise. */
    double supernatant(boolean stimulated, double thymalfasinNgPerMl, String donor) {
        double base = stimulated ? lpsVehicle * foldByDose.getOrDefault(thymalfasinNgPerMl, 1.0) : unstimulated;
        return base * donorFactor.getOrDefault(donor, 1.0);
    }

    /**
     * The three cytokines of the reference experiment. The effects are illustrative, chosen to be plausible for an
     * immunomodulatory peptide given before LPS: IL-6 and TNF-α lowered dose-dependently, IL-10 raised.
     */
    static final AnalyteModel IL_6 = new AnalyteModel(Analyte.IL_6, 0.052, 3.05, 520, 1.15,
            120, 11000, Map.of(10.0, 0.88, 50.0, 0.68, 100.0, 0.52), Map.of("D1", 1.0, "D2", 0.80, "D3", 1.22), 20);
    static final AnalyteModel TNF_ALPHA = new AnalyteModel(Analyte.TNF_ALPHA, 0.060, 2.85, 610, 1.10,
            45, 2600, Map.of(10.0, 0.90, 50.0, 0.72, 100.0, 0.58), Map.of("D1", 1.0, "D2", 0.84, "D3", 1.18), 5);
    static final AnalyteModel IL_10 = new AnalyteModel(Analyte.IL_10, 0.048, 3.20, 700, 1.20,
            14, 260, Map.of(10.0, 1.18, 50.0, 1.45, 100.0, 1.75), Map.of("D1", 1.0, "D2", 0.80, "D3", 1.22), 1);
}
