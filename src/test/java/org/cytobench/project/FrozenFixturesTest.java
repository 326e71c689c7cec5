package org.cytobench.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.util.List;
import org.cytobench.analysis.AboveUloqHandling;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.BelowLloqHandling;
import org.cytobench.analysis.BlankHandling;
import org.cytobench.analysis.ErrorBars;
import org.cytobench.analysis.QcRules;
import org.cytobench.analysis.ReplicateUnit;
import org.cytobench.fit.CurveModel;
import org.cytobench.fit.Weighting;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.Stimulus;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;
import org.junit.jupiter.api.Test;

/**
 * One file per format version, written by the Cytobench that introduced the version and never edited since. Every later
 * build must open them (through its migrations) with the same content. Never regenerate these files: add a new one
 * for a new version instead.
 */
class FrozenFixturesTest {

    private static Project load(String resource) throws Exception {
        try (InputStream in = FrozenFixturesTest.class.getResourceAsStream(resource)) {
            return new ProjectCodec().decode(in.readAllBytes(), resource);
        }
    }

    /** Format 1 as written before the analysis settings had their fields: the settings take their defaults. */
    @Test
    void earlyVersion1FileStillOpens() throws Exception {
        Project p = load("/project/v1/pilot.cytobench");
        assertExperiment(p.experiment());
        assertEquals(AnalysisSettings.DEFAULT, p.analysisSettings());
        assertEquals(2, p.sources().size());
        assertEquals("9a76b8af8f16f19d60de2b3999c22f9d10be4395c90ea3bfc5eb6cd6254243af", p.source("raw.bin").orElseThrow().sha256());
    }

    /** Format 1 with every analysis setting stored. */
    @Test
    void completeVersion1FileStillOpens() throws Exception {
        Project p = load("/project/v1/complete.cytobench");
        assertExperiment(p.experiment());
        AnalysisSettings s = p.analysisSettings();
        assertEquals(BlankHandling.ZERO_STANDARD_IN_FIT, s.blankHandling());
        assertEquals(BelowLloqHandling.EXCLUDE, s.belowLloq());
        assertEquals(AboveUloqHandling.EXCLUDE, s.aboveUloq());
        assertEquals(ErrorBars.SEM, s.errorBars());
        assertEquals(new QcRules(15, 20, 0.8, 5, 12.5, 17.5, 15, 22.5), s.qcRules());
        assertEquals(ReplicateUnit.CULTURE_WELL, s.replicateUnit());
        assertTrue(s.includeFailedPlates());
        assertEquals("9cfc678560aa9d230978453c31d45adcf0383bb0fae4bc01a9bed83f2fe5668d", p.source("il6 plate1.txt").orElseThrow().sha256());
    }

    private static void assertExperiment(Experiment e) {
        assertEquals("Thymalfasin PBMC – donor pilot", e.name());
        assertEquals("Cells thawed 24 h before.\nµ, α, γ, ² and \"quotes\" survive.", e.notes());

        assertEquals(56, e.culture().wells().size());
        Treatment b1 = e.culture().treatment(WellPosition.parse("F9"));
        assertEquals(Stimulus.lps(100), b1.stimulus());
        assertEquals(100.0, b1.thymalfasinNgPerMl());
        assertEquals("D3", b1.donor());
        Treatment g1 = e.culture().treatment(WellPosition.parse("G1"));
        assertEquals(Stimulus.ANTI_CD3_CD28, g1.stimulus());
        assertEquals(2e6, g1.cellsPerMl());
        assertEquals(200.0, g1.volumeUl());

        assertEquals(2, e.assays().size());
        AssayRun il6 = e.assays().get(0);
        assertEquals(Analyte.IL_6, il6.layout().analyte());
        assertEquals(AssayWell.standard(1000), il6.layout().well(WellPosition.parse("H1")));
        assertEquals(WellRole.ZERO_STANDARD, il6.layout().well(WellPosition.parse("H2")).role());
        assertEquals(AssayWell.qc(250, "QC mid"), il6.layout().well(WellPosition.parse("H11")));
        assertEquals(AssayWell.sample(WellPosition.parse("B7"), 2), il6.layout().well(WellPosition.parse("B7")));
        assertEquals("450", il6.primaryRead());
        assertEquals("570", il6.referenceRead());
        assertEquals("il6 plate1.txt", il6.sourceFile());
        assertEquals("bubble seen in the well", il6.masks().get(WellPosition.parse("C5")).reason());
        assertEquals(2, il6.masks().size());

        PlateData d = il6.readings();
        assertEquals(List.of("450", "570", "Blank 450"), d.reads().stream().map(r -> r.name()).toList());
        assertEquals("OVRFLW", d.read("450").orElseThrow().marker(WellPosition.parse("A1")));
        assertNull(d.read("450").orElseThrow().value(WellPosition.parse("A1")));
        assertEquals(0.0817001, d.read("450").orElseThrow().value(WellPosition.parse("A2")));
        assertEquals(0.042, d.read("570").orElseThrow().value(WellPosition.parse("A2")));
        assertEquals(ReadKind.DERIVED, d.read("Blank 450").orElseThrow().kind());
        assertEquals(java.util.Arrays.asList(0.1, null, 0.35), d.kinetic().get(0).series().get(WellPosition.parse("A2")));

        AssayRun il1b = e.assays().get(1);
        assertEquals("IL-1β", il1b.layout().name());
        assertEquals(16, il1b.layout().wells().size());
        assertNull(il1b.readings());
        assertEquals(CurveModel.FIVE_PL, e.curveSettingsFor(Analyte.custom("IL-1β")).model());
        assertEquals(Weighting.INV_X2, e.curveSettingsFor(Analyte.custom("IL-1β")).weighting());
    }

    /** While format 1 is current, writing what was read must give the fixture back byte for byte: the writer is stable. */
    @Test
    void version1WriterStillWritesTheFixtureExactly() throws Exception {
        assumeTrue(ProjectFormat.CURRENT_VERSION == 1, "the current format is newer than 1");
        byte[] fixture;
        try (InputStream in = FrozenFixturesTest.class.getResourceAsStream("/project/v1/complete.cytobench")) {
            fixture = in.readAllBytes();
        }
        assertArrayEquals(fixture, new ProjectCodec().encode(load("/project/v1/complete.cytobench")));
    }
}
