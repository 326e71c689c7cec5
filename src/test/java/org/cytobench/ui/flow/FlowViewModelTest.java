package org.cytobench.ui.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.cytobench.flow.fcs.FcsFile;
import org.cytobench.flow.fcs.FcsReader;
import org.cytobench.flow.gating.Dimension;
import org.cytobench.flow.gating.Gate;
import org.cytobench.flow.gating.GatingEngine;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.gating.RectangleGate;
import org.cytobench.flow.gatingml.GatingMlReader;
import org.cytobench.flow.plot.GateOutline;
import org.cytobench.project.Project;
import org.cytobench.ui.DocumentViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The flow view's state on the committed simulated set (54 samples), with work run synchronously (or queued, to check
 * that the latest request wins): populations select the gates drawn, and a gate edit changes every sample's % positive
 * exactly as the core GatingEngine computes it on the same events with the edited gate.
 */
class FlowViewModelTest {
    private final List<String> errors = new ArrayList<>();
    private Project project;
    private DocumentViewModel document;
    private FlowViewModel model;

    @BeforeEach
    void setUp() {
        project = SimulatedFlowProject.create();
        document = new DocumentViewModel(project);
        model = new FlowViewModel(document, Runnable::run, Runnable::run, (m, c) -> errors.add(m));
        model.activate();
    }

    @Test
    void listsTheSamplesWithTheirWellsAndStartsOnAnUnstimulatedControl() {
        assertEquals(54, model.samples().size());
        FlowSample first = model.samples().get(0);
        assertEquals("PBMC_Tcell_A01.fcs", first.file());
        assertEquals("A1", first.well().label());
        FlowSample control = model.selectedSampleProperty().get();
        assertTrue(control.control(), control.label());
        assertEquals("Unstimulated", control.group());
        assertTrue(model.isEditable());
        assertEquals(7, model.channels().size());
        assertEquals("CD4 (FITC-A)", model.channels().get(3).label());
        assertEquals(54, model.statistics().size());
        assertTrue(model.isSettled());
        // A9 has 300 events, so about 120 CD4+ cells: below the assay's 200, flagged like the analysis flags it
        SampleStatistics a9 = model.statistics().stream().filter(s -> s.sample().well().label().equals("A9")).findFirst().orElseThrow();
        assertTrue(a9.tooFewEvents(model.readouts().get(0), 200));
        assertFalse(model.statistics().get(0).tooFewEvents(model.readouts().get(0), 200));
    }

    @Test
    void selectingAPopulationChangesThePlotsAxesAndGates() {
        FlowPlotState all = model.plot();
        assertEquals(List.of("Lymphocytes"), ids(all.outlines()));
        assertEquals("FSC-A", all.x().channel());
        assertEquals("SSC-A", all.y().channel());
        assertEquals(1500, all.events());

        model.populationProperty().set("CD3pos");
        FlowPlotState cd3 = model.plot();
        assertEquals(List.of("CD4pos", "CD8pos"), ids(cd3.outlines()));
        assertEquals("FITC-A", cd3.x().channel());
        assertEquals("APC-A", cd3.y().channel());
        assertEquals(GateOutline.Shape.RECTANGLE, cd3.outlines().get(0).shape());
        assertEquals(400, cd3.outlines().get(0).points()[0][0], 1e-12, "CD4+ starts at FITC 400");
        assertEquals(Double.NEGATIVE_INFINITY, cd3.outlines().get(0).points()[0][1], "and is open below on APC");

        model.populationProperty().set("CD4pos");
        FlowPlotState cd4 = model.plot();
        assertEquals(List.of("CD4_CD69pos", "CD4_CD25pos"), ids(cd4.outlines()));
        assertEquals(GateOutline.Shape.RANGE_X, cd4.outlines().get(0).shape());
        assertEquals(GateOutline.Shape.RANGE_Y, cd4.outlines().get(1).shape());
        int cd4count = cd4.tree().stream().filter(p -> p.id().equals("CD4pos")).findFirst().orElseThrow().count();
        assertEquals(cd4count, cd4.events(), "the plot shows the CD4+ events only");
        assertEquals(cd4count, cd4.image().histogram().binned() + cd4.image().histogram().offScale());
    }

    @Test
    void editingAGateChangesEverySamplesPercentPositiveAsTheEngineComputesIt() throws Exception {
        model.populationProperty().set("CD4pos");
        List<Double> before = percents("CD4_CD69pos");
        GateOutline cd69 = model.plot().outlines().get(0);
        // drag the CD69 threshold from 400 down to 250 (linear axis: display = scale values)
        double[][] p = cd69.points();
        p[0][0] = 250;
        assertTrue(model.reshape("CD4_CD69pos", p));
        assertEquals("Undo edit gate CD4_CD69pos", document.undoTextProperty().get());

        GatingStrategy original = GatingMlReader.read("t", project.experiment().flowAssays().get(0).gatingMl().getBytes(StandardCharsets.UTF_8));
        List<Gate> gates = new ArrayList<>();
        for (Gate g : original.gates()) {
            gates.add(g.id().equals("CD4_CD69pos")
                    ? new RectangleGate("CD4_CD69pos", "CD4pos", List.of(Dimension.of("PE-A")), new double[] {250}, new double[] {Double.NaN}) : g);
        }
        GatingStrategy expected = GatingStrategy.of(gates);
        List<Double> after = percents("CD4_CD69pos");
        int changed = 0;
        for (int i = 0; i < 54; i++) {
            FcsFile f = FcsReader.read(model.samples().get(i).file(), project.source(model.samples().get(i).file()).orElseThrow().bytes());
            GatingEngine engine = GatingEngine.of(expected, f);
            double want = 100.0 * engine.count("CD4_CD69pos") / engine.count("CD4pos");
            assertEquals(want, after.get(i), 1e-12, f.name());
            if (Math.abs(after.get(i) - before.get(i)) > 1e-9) changed++;
        }
        assertTrue(changed >= 50, "a threshold moved into the negative peak's tail changes nearly every sample: " + changed);
        assertTrue(model.plot().percentOfParent("CD4_CD69pos") > before.get(model.selectedSampleProperty().get().index()));

        document.undo();
        assertEquals(before, percents("CD4_CD69pos"), "undo restores every sample's value");
    }

    @Test
    void drawingANewGateAddsAPopulationCountedInEverySample() {
        assertTrue(model.drawRectangle(400, 150, 650, 300));
        assertTrue(model.strategy().has("R1"));
        assertEquals(List.of("Lymphocytes", "R1"), ids(model.plot().outlines()));
        for (SampleStatistics s : model.statistics()) {
            double[] fsc = s.sample().scale().column("FSC-A");
            double[] ssc = s.sample().scale().column("SSC-A");
            int n = 0;
            for (int e = 0; e < fsc.length; e++) if (fsc[e] >= 400 && fsc[e] < 650 && ssc[e] >= 150 && ssc[e] < 300) n++;
            assertEquals(n, s.population("R1").count(), s.sample().file());
        }
    }

    @Test
    void aReportedPopulationJoinsTheReadoutsAndTheDoseResponses() {
        assertTrue(model.drawRectangle(400, 150, 650, 300));
        assertTrue(model.setReported("R1", true));
        assertEquals("% R1 of all events", model.readouts().get(4).label());
        var doses = org.cytobench.flow.assay.FlowResults.of(document.project()).doseResponses();
        assertEquals(List.of("% CD69+ of CD4+", "% CD25+ of CD4+", "% CD69+ of CD8+", "% CD25+ of CD8+", "% R1 of all events"),
                doses.stream().map(d -> d.analyte().name()).toList());
        document.undo();
        assertEquals(4, model.readouts().size());
    }

    @Test
    void renamingAPopulationKeepsItsNumbersAndItsReadout() {
        List<Double> before = percents("CD4_CD69pos");
        assertTrue(model.renameGate("CD4_CD69pos", "CD69pos_of_CD4"));
        assertTrue(model.strategy().has("CD69pos_of_CD4"));
        assertFalse(model.strategy().has("CD4_CD69pos"));
        assertEquals("CD69pos_of_CD4", model.readouts().get(0).populationId());
        assertEquals("% CD69+ of CD4+", model.readouts().get(0).label());
        assertEquals(before, percents("CD69pos_of_CD4"));
        assertFalse(model.renameGate("CD4pos", "CD4+"));
        assertEquals("The population could not be renamed: 'CD4+' is not a Gating-ML id: start with a letter, then letters, digits, . - or _",
                errors.get(0));
        assertTrue(model.renameGate("CD3pos", "T_cells"));
        assertEquals("T_cells", model.strategy().gate("CD4pos").parentId(), "children follow");
        document.undo();
        document.undo();
        assertEquals(before, percents("CD4_CD69pos"));
    }

    @Test
    void aGateDrawnOnLogicleAxesIsShownOnLogicleAxesAgain() {
        model.populationProperty().set("CD4_CD69pos"); // no children yet: the axes stay as they were
        model.xChannelProperty().set("PE-A");
        model.yChannelProperty().set("BV421-A");
        model.xScaleProperty().set(org.cytobench.flow.plot.AxisScale.LOGICLE);
        model.yScaleProperty().set(org.cytobench.flow.plot.AxisScale.LOGICLE);
        assertTrue(model.drawRectangle(0.5, 0.5, 0.9, 0.9));
        GatingStrategy s = model.strategy();
        org.cytobench.flow.transform.LogicleTransform t = (org.cytobench.flow.transform.LogicleTransform) s.transforms().get("logicle_PE-A");
        assertEquals(1024, t.t(), 0, "T is the channel's range");
        assertEquals(1, s.transforms().size(), "an equal transform is reused");
        model.xScaleProperty().set(org.cytobench.flow.plot.AxisScale.LINEAR);
        model.yScaleProperty().set(org.cytobench.flow.plot.AxisScale.LINEAR);
        model.populationProperty().set(null);
        model.populationProperty().set("CD4_CD69pos");
        assertEquals(org.cytobench.flow.plot.AxisScale.LOGICLE, model.xScaleProperty().get());
        assertEquals(org.cytobench.flow.plot.AxisScale.LOGICLE, model.yScaleProperty().get());
        double[][] shown = model.plot().outlines().get(0).points();
        assertArrayEquals(new double[] {0.5, 0.5}, shown[0], 1e-12, "shown where it was drawn (through the inverse logicle and back)");
        assertArrayEquals(new double[] {0.9, 0.9}, shown[1], 1e-12);
        FlowSample c = model.selectedSampleProperty().get();
        double[] pe = c.scale().column("PE-A");
        double[] bv = c.scale().column("BV421-A");
        GatingEngine engine = new GatingEngine(s, c.scale(), null);
        java.util.BitSet parent = engine.membership("CD4_CD69pos");
        int n = 0;
        for (int e = parent.nextSetBit(0); e >= 0; e = parent.nextSetBit(e + 1)) {
            double x = t.apply(pe[e]);
            double y = t.apply(bv[e]); // the same logicle (same range): one transform in the template serves both axes
            if (x >= 0.5 && x < 0.9 && y >= 0.5 && y < 0.9) n++;
        }
        assertEquals(n, model.plot().tree().stream().filter(p -> p.id().equals("R1")).findFirst().orElseThrow().count());
    }

    @Test
    void gatesAreEditedOnlyOnTheControl() {
        FlowSample stimulated = model.samples().stream().filter(s -> !s.control()).findFirst().orElseThrow();
        model.selectedSampleProperty().set(stimulated);
        assertFalse(model.isEditable());
        String before = document.experiment().flowAssays().get(0).gatingMl();
        assertFalse(model.drawQuadrants(500, 200));
        assertEquals(before, document.experiment().flowAssays().get(0).gatingMl());
        assertTrue(model.controlSample().control());
    }

    @Test
    void theLatestStatisticsRequestWins() {
        Queue<Runnable> queued = new ArrayDeque<>();
        FlowViewModel m = new FlowViewModel(document, queued::add, Runnable::run, (msg, c) -> errors.add(msg));
        m.activate();
        while (!queued.isEmpty()) queued.poll().run(); // read the samples, first plot and statistics
        assertEquals(54, m.statistics().size());
        int[] published = {0};
        m.statistics().addListener((javafx.collections.ListChangeListener<SampleStatistics>) c -> published[0]++);
        m.populationProperty().set("CD4pos");
        while (!queued.isEmpty()) queued.poll().run();
        GateOutline cd69 = m.plot().outlines().get(0);
        double[][] p1 = cd69.points();
        p1[0][0] = 300;
        assertTrue(m.reshape("CD4_CD69pos", p1));
        double[][] p2 = cd69.points();
        p2[0][0] = 200;
        assertTrue(m.reshape("CD4_CD69pos", p2)); // before the first edit's statistics ran
        while (!queued.isEmpty()) queued.poll().run();
        assertEquals(1, published[0], "the superseded request published nothing");
        RectangleGate g = (RectangleGate) m.strategy().gate("CD4_CD69pos");
        assertEquals(200, g.min()[0], 1e-12);
        GatingEngine engine = new GatingEngine(m.strategy(), m.samples().get(5).scale(), null);
        assertEquals(engine.count("CD4_CD69pos"), m.statistics().get(5).population("CD4_CD69pos").count());
        assertTrue(m.isSettled());
    }

    @Test
    void cancelStopsTheWorkAndDropsItsResults() {
        Queue<Runnable> queued = new ArrayDeque<>();
        FlowViewModel m = new FlowViewModel(document, queued::add, Runnable::run, (msg, c) -> errors.add(msg));
        m.activate();
        while (!queued.isEmpty()) queued.poll().run();
        List<SampleStatistics> before = List.copyOf(m.statistics());
        assertTrue(m.drawRectangle(400, 150, 650, 300));
        assertTrue(m.busyProperty().get());
        m.cancel();
        while (!queued.isEmpty()) queued.poll().run();
        assertEquals(before, m.statistics(), "the cancelled gating published nothing");
        assertFalse(m.busyProperty().get());
        assertTrue(m.isSettled());
        assertTrue(m.strategy().has("R1"), "the edit itself stays (undo reverts it)");
    }

    private List<Double> percents(String id) {
        List<Double> out = new ArrayList<>();
        for (SampleStatistics s : model.statistics()) out.add(s.population(id).percentOfParent());
        return out;
    }

    private static List<String> ids(List<GateOutline> o) { return o.stream().map(GateOutline::gateId).toList(); }
}
