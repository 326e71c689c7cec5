package org.cytobench.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.StandardSeries;
import org.cytobench.plate.WellPosition;

/**
 * ELISA plates whose readings come from a known 4PL: background 0.05 OD, top 2.5 OD, EC50 150 pg/mL, slope 1.2, a 570 nm
 * reference read of 0.04 OD on every well, and a fixed ±0.4% alternating error so the fit has residuals.
 * Standards 1000 → 15.625 pg/mL (7 levels) in columns 11–12, zero standard H11–H12, blanks G10–H10.
 */
final class SyntheticPlates {
    private SyntheticPlates() {}

    static final double A = 0.05, D = 2.5, C = 150, B = 1.2, REF = 0.04;

    static double od(double conc) {
        return D + (A - D) / (1 + Math.pow(conc / C, B));
    }

    /** Readings for a layout: each well's response from its true concentration (standards: nominal). */
    static final class Builder {
        private AssayPlate layout;
        private final Map<WellPosition, Double> responses = new HashMap<>();
        private final Map<WellPosition, String> markers = new HashMap<>();
        private int parity;

        Builder() {
            layout = new AssayPlate("IL-6 plate", PlateFormat.WELLS_96, Analyte.IL_6, Map.of())
                    .withStandardSeries(new StandardSeries(1000, 2, 7), 0, List.of(10, 11), true);
            for (Map.Entry<WellPosition, AssayWell> e : layout.wells().entrySet()) {
                responses.put(e.getKey(), noisy(od(e.getValue().nominalConcentration())));
            }
            blank("G10");
            blank("H10");
        }

        Builder blank(String well) {
            layout = layout.withWell(WellPosition.parse(well), AssayWell.BLANK);
            responses.put(WellPosition.parse(well), A);
            return this;
        }

        /** A sample of culture well {@code culture} at dilution {@code dilution} whose true (diluted) concentration is {@code conc}. */
        Builder sample(String well, String culture, double dilution, double conc) {
            return sampleResponse(well, culture, dilution, noisy(od(conc)));
        }

        Builder sampleResponse(String well, String culture, double dilution, double od) {
            layout = layout.withWell(WellPosition.parse(well), AssayWell.sample(WellPosition.parse(culture), dilution));
            responses.put(WellPosition.parse(well), od);
            return this;
        }

        Builder qc(String well, double nominal, double trueConc) {
            layout = layout.withWell(WellPosition.parse(well), AssayWell.qc(nominal, "QC " + (int) nominal));
            responses.put(WellPosition.parse(well), od(trueConc));
            return this;
        }

        /** Overwrites a standard well's response as if it held {@code conc} instead of its nominal. */
        Builder misload(String well, double conc) {
            responses.put(WellPosition.parse(well), od(conc));
            return this;
        }

        /** Multiplies a well's OD, e.g. to make replicates disagree. */
        Builder scale(String well, double factor) {
            responses.computeIfPresent(WellPosition.parse(well), (k, v) -> v * factor);
            return this;
        }

        Builder marker(String well, String marker) {
            responses.remove(WellPosition.parse(well));
            markers.put(WellPosition.parse(well), marker);
            return this;
        }

        AssayRun run() {
            Map<WellPosition, Double> primary = new HashMap<>();
            Map<WellPosition, Double> reference = new HashMap<>();
            for (WellPosition w : PlateFormat.WELLS_96.wells()) {
                if (!markers.containsKey(w)) primary.put(w, responses.getOrDefault(w, A) + REF);
                reference.put(w, REF);
            }
            PlateData data = new PlateData("plate 1", 8, 12, List.of(
                    new Read("450", ReadKind.RAW, 450.0, primary, markers),
                    new Read("570", ReadKind.RAW, 570.0, reference, Map.of())), List.of());
            return AssayRun.of(layout).withReadings(data, "450", "570", "synthetic.txt");
        }

        private double noisy(double od) {
            return od * (parity++ % 2 == 0 ? 1.004 : 0.996);
        }
    }
}
