package org.cytobench.project;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.analysis.AboveUloqHandling;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.BelowLloqHandling;
import org.cytobench.analysis.BlankHandling;
import org.cytobench.analysis.ErrorBars;
import org.cytobench.analysis.QcRules;
import org.cytobench.analysis.ReplicateUnit;
import org.cytobench.fit.CurveModel;
import org.cytobench.fit.Weighting;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.CulturePlates;
import org.cytobench.plate.CurveSettings;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.MaskedWell;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.StandardSeries;
import org.cytobench.plate.Stimulus;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.WellPosition;

/** A project that uses every part of the model: the reference culture plate, one full ELISA plate, markers, masks, kinetics. */
final class ProjectFixtures {
    private ProjectFixtures() {}

    static Project fullProject() {
        CulturePlate culture = CulturePlates.pbmcStimulation()
                .withWell(WellPosition.parse("G1"), new Treatment(Stimulus.ANTI_CD3_CD28, 0, true, "D1", 2e6, 200))
                .withWell(WellPosition.parse("G2"), Treatment.of(Stimulus.custom("PMA/ionomycin", null, null), 50, true, "D1"));
        AssayPlate layout = new AssayPlate("IL-6 plate 1", PlateFormat.WELLS_96, Analyte.IL_6, Map.of())
                .withDefaultSamples(culture, 2)
                .withWell(WellPosition.parse("H12"), AssayWell.BLANK)
                .withWell(WellPosition.parse("H11"), AssayWell.qc(250, "QC mid"));
        layout = layout.withWell(WellPosition.parse("H1"), AssayWell.standard(1000))
                .withWell(WellPosition.parse("H2"), AssayWell.ZERO_STANDARD);
        AssayPlate layout2 = new AssayPlate(null, PlateFormat.WELLS_96, Analyte.custom("IL-1β"), Map.of())
                .withStandardSeries(new StandardSeries(1000, 2, 7), 0, List.of(10, 11), true);

        Map<WellPosition, Double> v450 = new LinkedHashMap<>();
        Map<WellPosition, Double> v570 = new LinkedHashMap<>();
        int i = 0;
        for (WellPosition w : PlateFormat.WELLS_96.wells()) {
            v450.put(w, 0.05 + 0.0317 * i + 1e-7 * i * i);   // awkward decimals: the round trip must keep every bit
            v570.put(w, 0.041 + (i % 7) * 0.001);
            i++;
        }
        v450.remove(WellPosition.parse("A1"));
        PlateData readings = new PlateData("Plate 1", 8, 12, List.of(
                new Read("450", ReadKind.RAW, 450.0, v450, Map.of(WellPosition.parse("A1"), "OVRFLW")),
                new Read("570", ReadKind.RAW, 570.0, v570, Map.of()),
                new Read("Blank 450", ReadKind.DERIVED, null, Map.of(WellPosition.parse("B2"), -0.001), Map.of(WellPosition.parse("B3"), "?????"))),
                List.of(kinetic()));
        AssayRun run = AssayRun.of(layout).withReadings(readings, "450", "570", "il6 plate1.txt")
                .withMask(new MaskedWell(WellPosition.parse("C5"), "bubble seen in the well"))
                .withMask(new MaskedWell(WellPosition.parse("D7"), "pipetting error (noted at the bench)"));
        Experiment e = Experiment.of("Thymalfasin PBMC – donor pilot", culture)
                .withAssay(run)
                .withAssay(AssayRun.of(layout2))
                .withCurveSettings("IL-6", CurveSettings.DEFAULT)
                .withCurveSettings("IL-1β", new CurveSettings(CurveModel.FIVE_PL, Weighting.INV_X2))
                .withNotes("Cells thawed 24 h before.\nµ, α, γ, ² and \"quotes\" survive.");

        // every setting away from its default, so that a field the mapper forgets cannot go unnoticed
        AnalysisSettings settings = new AnalysisSettings(BlankHandling.ZERO_STANDARD_IN_FIT, BelowLloqHandling.EXCLUDE,
                AboveUloqHandling.EXCLUDE, ErrorBars.SEM, new QcRules(15, 20, 0.8, 5, 12.5, 17.5, 15, 22.5),
                ReplicateUnit.CULTURE_WELL, true);

        byte[] binary = new byte[300];
        for (int b = 0; b < binary.length; b++) binary[b] = (byte) (b * 7);
        byte[] utf16 = "\uFEFFPlate:\tPlate1\r\n".getBytes(StandardCharsets.UTF_16LE);
        return new Project(e, settings, List.of(new SourceFile("il6 plate1.txt", utf16), new SourceFile("raw.bin", binary)));
    }

    private static KineticRead kinetic() {
        List<Double> times = List.of(0.0, 30.0, 60.0);
        Map<WellPosition, List<Double>> series = new LinkedHashMap<>();
        series.put(WellPosition.parse("A1"), List.of(0.1, 0.2, 0.3));
        series.put(WellPosition.parse("A2"), new ArrayList<>(Arrays.asList(0.1, null, 0.35)));
        return new KineticRead("OD630", 630.0, times, series, Map.of(WellPosition.parse("A2"), "OVRFLW", WellPosition.parse("A3"), "MISSED"));
    }
}
