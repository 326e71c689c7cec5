package org.cytobench.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.cytobench.fit.CurveModel;
import org.cytobench.fit.Weighting;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.CurveSettings;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.FlowAssay;
import org.cytobench.plate.FlowAssay.FlowReadout;
import org.cytobench.plate.FlowAssay.FlowSample;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

/** The fields format 2 added (decision 0006): multiplex plate groups, per-plate curve overrides, flow assays. */
class FormatTwoFieldsTest {

    private final ProjectCodec codec = new ProjectCodec();

    private static Project multiplexAndFlow() {
        Project base = ProjectFixtures.fullProject();
        Experiment e = base.experiment();
        AssayPlate il6 = new AssayPlate("Panel plate 1", PlateFormat.WELLS_96, Analyte.IL_6, Map.of());
        AssayPlate il10 = new AssayPlate("Panel plate 1", PlateFormat.WELLS_96, Analyte.IL_10, Map.of());
        e = e.withAssay(AssayRun.of(il6).withPlateGroup("Panel plate 1"))
                .withAssay(AssayRun.of(il10).withPlateGroup("Panel plate 1")
                        .withCurveOverride(new CurveSettings(CurveModel.FIVE_PL, Weighting.NONE)));
        FlowAssay flow = new FlowAssay("T-cell activation",
                List.of(new FlowSample("A1.fcs", WellPosition.parse("A1")), new FlowSample("unmapped.fcs", null)),
                "<gating:Gating-ML/>", List.of(new FlowReadout("CD69+ of CD4+", "% CD69+ of CD4+", null)), 150);
        return base.withExperiment(e.withFlowAssays(List.of(flow)));
    }

    @Test
    void plateGroupsOverridesAndFlowAssaysRoundTrip() throws Exception {
        Project p = multiplexAndFlow();
        Project back = codec.decode(codec.encode(p), "x.cytobench");
        assertEquals(p, back);
        List<AssayRun> runs = back.experiment().assays();
        AssayRun il10 = runs.get(runs.size() - 1);
        assertEquals("Panel plate 1", il10.plateGroup());
        assertTrue(il10.isMultiplex());
        assertEquals(new CurveSettings(CurveModel.FIVE_PL, Weighting.NONE), back.experiment().curveSettingsFor(il10));
        // the other analyte of the same plate keeps its analyte's settings
        assertEquals(CurveSettings.DEFAULT, back.experiment().curveSettingsFor(runs.get(runs.size() - 2)));
        FlowAssay f = back.experiment().flowAssays().get(0);
        assertEquals(150, f.minEvents());
        assertEquals("percent-of-parent", f.readouts().get(0).statistic());
        assertNull(f.samples().get(1).cultureWell());
    }

    @Test
    void figureSettingsRoundTripAndDefaultToTheAnalysisErrorBars() throws Exception {
        var fig = org.cytobench.chart.dose.DoseFigureSettings.DEFAULT
                .withStyle(org.cytobench.chart.dose.DoseFigureSettings.Style.VIOLIN)
                .withErrorBars(org.cytobench.chart.dose.DoseFigureSettings.Error.CI95)
                .withSignificance(org.cytobench.chart.dose.DoseFigureSettings.Significance.P_VALUES)
                .withShowNs(false).withLogY(true).withDonorLines(false).withFontPt(7).withWidthMm(174).withHeightMm(60.0)
                .withTitle("IL-6 release").withYLabel("IL-6 (pg/mL)").withPanelLetters(false).withCaption(false)
                .withPalette(org.cytobench.chart.dose.DoseFigureSettings.Palette.GREYS);
        Project p = ProjectFixtures.fullProject().withFigureSettings(fig);
        assertEquals(fig, codec.decode(codec.encode(p), "x.cytobench").figureSettings());
        // the v1 fixture has SEM error bars in its analysis settings and no figure: its figure shows SEM
        try (InputStream in = FormatTwoFieldsTest.class.getResourceAsStream("/project/v1/complete.cytobench")) {
            Project v1 = codec.decode(in.readAllBytes(), "complete.cytobench");
            assertEquals(v1.analysisSettings().errorBars() == org.cytobench.analysis.ErrorBars.SEM
                    ? org.cytobench.chart.dose.DoseFigureSettings.Error.SEM : org.cytobench.chart.dose.DoseFigureSettings.Error.SD,
                    v1.figureSettings().errorBars());
        }
    }

    @Test
    void aVersionOneFileOpensWithoutTheNewFields() throws Exception {
        Project v1;
        try (InputStream in = FormatTwoFieldsTest.class.getResourceAsStream("/project/v1/complete.cytobench")) {
            v1 = codec.decode(in.readAllBytes(), "complete.cytobench");
        }
        assertTrue(v1.experiment().flowAssays().isEmpty());
        for (AssayRun r : v1.experiment().assays()) {
            assertFalse(r.isMultiplex());
            assertNull(r.curveOverride());
        }
        // and it is written back as the current version
        JsonNode root = new ObjectMapper().readTree(codec.encode(v1));
        assertEquals(ProjectFormat.CURRENT_VERSION, root.get("formatVersion").asInt());
    }

    @Test
    void aSingleAnalytePlateWritesNoneOfTheNewFields() throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(codec.encode(ProjectFixtures.fullProject()));
        JsonNode assay = root.get("assays").get(0);
        assertFalse(assay.has("plateGroup"));
        assertFalse(assay.has("curveOverride"));
    }

    /**
     * The frozen format-2 fixture (never regenerated; written once with -Dcytobench.fixtures.write=true): every field
     * format 2 added reads back as it was written.
     */
    @Test
    void theFrozenVersionTwoFixtureOpensWithEveryNewField() throws Exception {
        java.nio.file.Path fixture = java.nio.file.Path.of("src/test/resources/project/v2/complete.cytobench");
        if (Boolean.getBoolean("cytobench.fixtures.write")) {
            java.nio.file.Files.createDirectories(fixture.getParent());
            var fig = org.cytobench.chart.dose.DoseFigureSettings.DEFAULT.withStyle(org.cytobench.chart.dose.DoseFigureSettings.Style.BOX)
                    .withWidthMm(114).withTitle("IL-6 release");
            java.nio.file.Files.write(fixture, codec.encode(multiplexAndFlow().withFigureSettings(fig)));
        }
        Project p;
        try (InputStream in = FormatTwoFieldsTest.class.getResourceAsStream("/project/v2/complete.cytobench")) {
            p = codec.decode(in.readAllBytes(), "complete.cytobench");
        }
        List<AssayRun> runs = p.experiment().assays();
        assertEquals("Panel plate 1", runs.get(runs.size() - 1).plateGroup());
        assertEquals(new CurveSettings(CurveModel.FIVE_PL, Weighting.NONE), runs.get(runs.size() - 1).curveOverride());
        assertEquals("T-cell activation", p.experiment().flowAssays().get(0).name());
        assertEquals(150, p.experiment().flowAssays().get(0).minEvents());
        assertEquals(org.cytobench.chart.dose.DoseFigureSettings.Style.BOX, p.figureSettings().style());
        assertEquals(114, p.figureSettings().widthMm());
        assertEquals("IL-6 release", p.figureSettings().title());
    }
}
