package org.cytobench.sampledata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.StandardSeries;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.WellPosition;

/**
 * Simulates the 450 and 570 nm reads of one sandwich-ELISA plate of the reference experiment. Noise is drawn from a
 * seeded {@link Random} (whose sequence Java specifies exactly) and curves use {@link StrictMath}, so the same seed gives
 * the same bytes on every machine.
 */
final class ElisaPlateSimulator {

    /** 1000 → 15.625 pg/mL, 2-fold, 7 levels. */
    static final StandardSeries STANDARDS = new StandardSeries(1000, 2, 7);
    /** Above this OD the reader reports OVRFLW instead of a number. */
    static final double READER_LIMIT = 4.0;

    /** Things that went wrong on the bench, for the example to show. */
    record Incidents(Set<WellPosition> overflow, Set<WellPosition> bubbles, Map<WellPosition, Double> actualConcentration) {
        static final Incidents NONE = new Incidents(Set.of(), Set.of(), Map.of());
    }

    /** The simulated reads: numbers at full precision (the writers round them as the instruments do) and markers. */
    record Reads(Map<WellPosition, Double> od450, Map<WellPosition, Double> od570, Map<WellPosition, String> markers450) {}

    private ElisaPlateSimulator() {}

    /**
     * The layout used for every cytokine: samples at the culture wells' positions (A1–F9), QC controls low/mid/high in
     * A10–F10 (duplicates), blanks in G10–H10, standards 1000 → 15.6 pg/mL down columns 11–12 with the zero standard in
     * row H.
     */
    static AssayPlate layout(String name, AnalyteModel model, CulturePlate culture) {
        Map<WellPosition, AssayWell> wells = new LinkedHashMap<>();
        double[] qc = {40, 40, 200, 200, 800, 800};
        String[] qcLabel = {"QC low", "QC low", "QC mid", "QC mid", "QC high", "QC high"};
        for (int r = 0; r < qc.length; r++) wells.put(new WellPosition(r, 9), AssayWell.qc(qc[r], qcLabel[r]));
        wells.put(WellPosition.parse("G10"), AssayWell.BLANK);
        wells.put(WellPosition.parse("H10"), AssayWell.BLANK);
        return new AssayPlate(name, PlateFormat.WELLS_96, model.analyte(), wells)
                .withStandardSeries(STANDARDS, 0, List.of(10, 11), true)
                .withDefaultSamples(culture, model.dilution());
    }

    /**
     * @param bio a multiplicative biological factor per culture well, shared by all cytokines of that well
     */
    static Reads simulate(AssayPlate layout, AnalyteModel model, CulturePlate culture, Map<WellPosition, Double> bio,
                          Incidents incidents, long seed) {
        Random rnd = new Random(seed);
        Map<WellPosition, Double> od450 = new LinkedHashMap<>();
        Map<WellPosition, Double> od570 = new LinkedHashMap<>();
        Map<WellPosition, String> markers = new LinkedHashMap<>();
        for (WellPosition w : PlateFormat.WELLS_96.wells()) {
            // Always draw the same numbers per well, whatever its role, so one change does not reshuffle the plate.
            double gContent = rnd.nextGaussian(), gMult = rnd.nextGaussian(), gAdd = rnd.nextGaussian();
            double gBg = rnd.nextGaussian(), gRef = rnd.nextGaussian();
            double specific = specificOd(layout.well(w), w, model, culture, bio, incidents, gContent);
            double background = 0.042 + 0.003 * gBg;          // plate and optics: seen at 450 and at 570
            double a450 = specific * StrictMath.exp(0.02 * gMult) + 0.002 * gAdd + background;
            double a570 = 0.97 * background + 0.006 * specific + 0.0012 * gRef;
            if (incidents.bubbles().contains(w)) {              // a bubble scatters light at both wavelengths
                a450 += 0.55;
                a570 += 0.12;
            }
            if (incidents.overflow().contains(w)) {             // conjugate splashed into the well: far above the reader's range
                markers.put(w, "OVRFLW");
                a570 += 0.31;
            } else {
                od450.put(w, a450);
            }
            od570.put(w, a570);
        }
        return new Reads(od450, od570, markers);
    }

    private static double specificOd(AssayWell well, WellPosition w, AnalyteModel model, CulturePlate culture,
                                     Map<WellPosition, Double> bio, Incidents incidents, double g) {
        return switch (well.role()) {
            case STANDARD -> model.od(incidents.actualConcentration().getOrDefault(w, well.nominalConcentration())
                    * StrictMath.exp(0.03 * g));                 // pipetting of the dilution series
            case ZERO_STANDARD -> model.od(0);
            case QC -> model.od(well.nominalConcentration() * StrictMath.exp(0.04 * g));
            case SAMPLE -> {
                Treatment t = culture.treatment(well.cultureWells().get(0));
                double sup = model.supernatant(t.stimulus().isStimulated(), t.thymalfasinNgPerMl(), t.donor())
                        * bio.get(well.cultureWells().get(0)) * StrictMath.exp(0.05 * g);
                yield model.od(sup / well.dilutionFactor());
            }
            case BLANK, EMPTY -> 0.006;                          // substrate only
        };
    }

    /** The biological factor of each culture well (lognormal, CV about 9%), shared by the three cytokine plates. */
    static Map<WellPosition, Double> biology(CulturePlate culture, long seed) {
        Random rnd = new Random(seed);
        Map<WellPosition, Double> f = new LinkedHashMap<>();
        for (WellPosition w : culture.wells().keySet()) f.put(w, StrictMath.exp(0.09 * rnd.nextGaussian()));
        return f;
    }
}
