package org.cytobench.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.CulturePlates;
import org.cytobench.plate.MaskedWell;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.StandardSeries;
import org.cytobench.plate.WellPosition;

/** A realistic IL-6 ELISA plate for chart tests: 4PL standards 1000 → 15.6 pg/mL in columns 1–2 (rows A–G, zero in H). */
final class ChartFixtures {
    private ChartFixtures() {}

    static final double A = 0.05, B = 1.3, C = 400, D = 3.2;

    static double od(double conc) { return D + (A - D) / (1 + Math.pow(conc / C, B)); }

    /** Standards in columns 1-2 (7 levels + zero), culture samples elsewhere, C3 masked, H12 overflowed. */
    static AssayRun il6Run() {
        CulturePlate culture = CulturePlates.pbmcStimulation();
        AssayPlate layout = new AssayPlate("IL-6 plate 1", PlateFormat.WELLS_96, Analyte.IL_6, Map.of())
                .withStandardSeries(new StandardSeries(1000, 2, 7), 0, List.of(0, 1), true);
        Map<WellPosition, AssayWell> samples = new HashMap<>();
        for (WellPosition w : culture.wells().keySet()) {
            WellPosition target = new WellPosition(w.row(), w.column() + 2);
            if (target.column() < 12) samples.put(target, AssayWell.sample(w, 1));
        }
        samples.put(WellPosition.parse("G12"), AssayWell.BLANK);
        samples.put(WellPosition.parse("H12"), AssayWell.BLANK);
        samples.put(WellPosition.parse("G11"), AssayWell.qc(200, "QC mid"));
        layout = layout.withWells(samples);
        Random rnd = new Random(7);
        Map<WellPosition, Double> values = new HashMap<>();
        Map<WellPosition, String> markers = new HashMap<>();
        for (WellPosition w : PlateFormat.WELLS_96.wells()) {
            AssayWell role = layout.well(w);
            double conc = switch (role.role()) {
                case STANDARD, QC, ZERO_STANDARD -> role.nominalConcentration();
                case SAMPLE -> 20 + 40 * w.row() + 5 * w.column();
                default -> 0;
            };
            values.put(w, od(conc) * (1 + 0.03 * rnd.nextGaussian()));
        }
        values.remove(WellPosition.parse("H11"));
        markers.put(WellPosition.parse("H11"), "OVRFLW");
        Read read450 = new Read("450", ReadKind.RAW, 450.0, values, markers);
        PlateData data = new PlateData("Plate 1", 8, 12, List.of(read450), List.of());
        return AssayRun.of(layout).withReadings(data, "450", null, "il6-plate1.txt")
                .withMask(new MaskedWell(WellPosition.parse("C3"), "bubble in well"));
    }
}
