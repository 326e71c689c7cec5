package org.cytobench.multiplex;

import org.cytobench.analysis.BeadCountRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cytobench.fit.CurveModel;
import org.cytobench.fit.Weighting;
import org.cytobench.io.SourceFile;
import org.cytobench.io.multiplex.MultiplexExportsDir;
import org.cytobench.io.multiplex.MultiplexImporters;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.io.multiplex.luminex.XponentCsvImporter;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.CulturePlates;
import org.cytobench.plate.CurveSettings;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;
import org.junit.jupiter.api.Test;

/** A multiplex plate becomes one AssayRun per analyte sharing its plate group, laid out as the vendor's file says. */
class MultiplexImportTest {

    private static WellPosition w(String s) { return WellPosition.parse(s); }

    @Test
    void thirtyPlexBecomesThirtyRunsWithTheVendorsLayout() throws Exception {
        SourceFile f = MultiplexExportsDir.file("luminex-xponent/serolyzer_pone.0187901.s001.csv");
        MultiplexPlate plate = MultiplexImporters.importFile(f, null).plates().get(0);
        CulturePlate culture = CulturePlates.pbmcStimulation();
        MultiplexRuns runs = MultiplexImport.toAssayRuns(plate, f.name(), culture, BeadCountRule.DEFAULT);
        assertEquals(30, runs.runs().size());
        assertTrue(runs.runs().stream().allMatch(r -> "plate_1".equals(r.plateGroup()) && r.isMultiplex()));
        assertTrue(runs.runs().stream().allMatch(r -> f.name().equals(r.sourceFile())));
        AssayRun il10 = runs.runs().get(3);
        assertEquals("IL10", il10.layout().analyte().name());
        assertEquals("pg/mL", il10.layout().analyte().unit());
        assertEquals("IL10 Net MFI", il10.primaryRead());
        assertNull(il10.referenceRead());
        assertEquals(19448.0, il10.readings().read("IL10 Net MFI").orElseThrow().value(w("A2")));
        assertTrue(il10.readings().read("FGF Net MFI").isEmpty()); // only its own analyte's reads
        assertEquals(AssayWell.BLANK, il10.layout().well(w("A1")));
        assertEquals(AssayWell.standard(20850), il10.layout().well(w("A2")));
        assertEquals(AssayWell.standard(20850), il10.layout().well(w("H4")));
        AssayWell control = il10.layout().well(w("B1"));
        assertEquals(WellRole.QC, control.role());
        assertEquals(3475.0, control.nominalConcentration()); // 6950 undiluted, dilution 2
        assertEquals(2.0, control.dilutionFactor());
        assertEquals("Control1", control.label());
        AssayWell sample = il10.layout().well(w("C1"));
        assertEquals(WellRole.SAMPLE, sample.role());
        assertEquals(2.0, sample.dilutionFactor());
        assertEquals("B_sid_13_CSP", sample.label());
        assertEquals(List.of(w("C1")), sample.cultureWells());
        // the layout is the plate's: same roles on every run
        for (AssayRun r : runs.runs()) {
            for (WellPosition p : PlateFormat.WELLS_96.wells()) assertEquals(il10.layout().well(p).role(), r.layout().well(p).role());
        }
        // the lost decimal point: laid out as the series implies, and said so
        assertEquals(AssayWell.standard(215.625), runs.runs().get(0).layout().well(w("H6"))); // FGF Standard5
        assertTrue(runs.flags().stream().anyMatch(s -> s.startsWith("FGF Standard5: laid out at 215.625") && s.contains("215625")),
                runs.flags()::toString);
        assertEquals(new CurveSettings(CurveModel.FIVE_PL, Weighting.INV_Y2), runs.curveSettings().get("IL10"));
        Experiment e = MultiplexImport.addTo(Experiment.of("x", culture), runs);
        assertEquals(30, e.assays().size());
        assertEquals(new CurveSettings(CurveModel.FIVE_PL, Weighting.INV_Y2), e.curveSettingsFor(e.assays().get(3)));
    }

    private static final String SMALL = """
            Program,xPONENT
            Batch,mini
            DataType:,Net MFI
            Location,Sample,IL6,TNFa
            "1(1,A1)",Background0,1,2
            "2(1,B1)",Standard1,5000,6000
            "3(1,C1)",Sample7,700,800
            DataType:,Count
            Location,Sample,IL6,TNFa
            "1(1,A1)",Background0,60,61
            "2(1,B1)",Standard1,55,40
            "3(1,C1)",Sample7,51,12
            """;

    @Test
    void lowBeadCountsAreFlaggedAndOptionallyMasked() throws Exception {
        MultiplexPlate p = new XponentCsvImporter().readMultiplex(new SourceFile("m.csv", SMALL.getBytes(StandardCharsets.UTF_8)))
                .plates().get(0);
        MultiplexRuns flagged = MultiplexImport.toAssayRuns(p, "m.csv", null, BeadCountRule.DEFAULT);
        assertTrue(flagged.flags().contains("TNFa: 2 wells with fewer than 50 beads: B1 (40), C1 (12)"), flagged.flags()::toString);
        assertTrue(flagged.runs().get(1).masks().isEmpty());
        assertTrue(flagged.flags().contains("IL6: the file gives no standards with expected concentrations; lay them out before analysing"));
        assertEquals(MultiplexImport.FALLBACK, flagged.curveSettings().get("IL6")); // analysis off: 5PL with 1/y²

        MultiplexRuns masked = MultiplexImport.toAssayRuns(p, "m.csv", null, new BeadCountRule(35, true));
        assertEquals("bead count 12 < 35", masked.runs().get(1).masks().get(w("C1")).reason());
        assertEquals(1, masked.runs().get(1).masks().size());
        assertTrue(masked.runs().get(0).masks().isEmpty());
        assertEquals(WellRole.SAMPLE, masked.runs().get(0).layout().well(w("C1")).role());
        assertTrue(masked.runs().get(0).layout().well(w("C1")).cultureWells().isEmpty()); // no culture plate given
    }
}
