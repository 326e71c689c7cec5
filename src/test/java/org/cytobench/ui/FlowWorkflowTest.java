package org.cytobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.cytobench.flow.gating.GatingEngine;
import org.cytobench.flow.gating.RectangleGate;
import org.cytobench.ui.flow.FlowViewModel;
import org.cytobench.ui.flow.SampleStatistics;
import org.cytobench.ui.flow.SimulatedFlowProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The flow view driven with the mouse on the simulated set: a rectangle dragged on the control's plot becomes a gate of
 * the template (one undoable edit) whose counts in all 54 samples are the engine's; the overview grid shows one plot per
 * sample with the same gate's %.
 */
@ExtendWith(ApplicationExtension.class)
class FlowWorkflowTest {
    private final List<String> errors = new ArrayList<>();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = TestWorkbench.show(stage, Path.of("target", "test-recent-flow.txt"), errors);
    }

    private FlowViewModel openFlow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.model().document().replace(SimulatedFlowProject.create(), null)).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(WorkbenchTest.navCell(robot, "Flow · T-cell activation"));
        FlowViewModel m = view.flowModel();
        settle(m);
        return m;
    }

    private static void settle(FlowViewModel m) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> m.isSettled() && m.plot() != null).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRectangleDraggedOnTheControlBecomesAGateCountedInEverySample(FxRobot robot) throws Exception {
        FlowViewModel m = openFlow(robot);
        assertTrue(m.selectedSampleProperty().get().control());
        assertEquals("FSC-A", m.plot().x().channel());
        robot.clickOn("#flow-tool-rectangle");
        Node area = robot.lookup("#flow-plot-area").query();
        Point2D from = area.localToScreen(100, 100);
        Point2D to = area.localToScreen(250, 250);
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).drop();
        settle(m);

        assertTrue(m.strategy().has("R1"), "the drawn gate is in the template: " + m.strategy().ids());
        RectangleGate r = (RectangleGate) m.strategy().gate("R1");
        // 320 px show FSC and SSC 0–1024: pixel 100 is 320, 250 is 800; y runs upwards
        double tolerance = 1024 / 320.0 * 1.5;
        assertEquals(320, r.min()[0], tolerance);
        assertEquals(800, r.max()[0], tolerance);
        assertEquals(224, r.min()[1], tolerance);
        assertEquals(704, r.max()[1], tolerance);
        assertEquals("Undo draw rectangle gate", view.model().document().undoTextProperty().get());
        assertEquals(54, m.statistics().size());
        for (SampleStatistics s : m.statistics()) {
            GatingEngine engine = new GatingEngine(m.strategy(), s.sample().scale(), s.sample().fcs().spillover());
            assertEquals(engine.count("R1"), s.population("R1").count(), s.sample().file());
        }
        assertTrue(m.plot().outlines().stream().anyMatch(o -> o.gateId().equals("R1")), "drawn on the plot");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void quadrantRangePolygonAndMoveWithTheMouse(FxRobot robot) throws Exception {
        FlowViewModel m = openFlow(robot);
        Node area = robot.lookup("#flow-plot-area").query();
        // quadrant: one click at pixel (160, 160) = FSC 512, SSC 512
        robot.clickOn("#flow-tool-quadrant");
        robot.clickOn(area.localToScreen(160, 160), MouseButton.PRIMARY);
        settle(m);
        assertTrue(m.strategy().quadrantGroups().stream().anyMatch(q -> q.id().equals("Q1")), m.strategy().ids().toString());
        assertEquals(4, m.statistics().get(0).populations().stream().filter(p -> p.id().startsWith("Q1_")).count());

        // select and drag the Lymphocytes rectangle 32 px to the right: 102.4 FSC units
        double before = ((RectangleGate) m.strategy().gate("Lymphocytes")).min()[0];
        robot.clickOn("#flow-tool-select");
        robot.drag(area.localToScreen(200, 240), MouseButton.PRIMARY).moveTo(area.localToScreen(232, 240)).drop();
        settle(m);
        double after = ((RectangleGate) m.strategy().gate("Lymphocytes")).min()[0];
        assertEquals(before + 102.4, after, 1024 / 320.0 * 1.5);
        for (SampleStatistics s : m.statistics()) {
            GatingEngine engine = new GatingEngine(m.strategy(), s.sample().scale(), s.sample().fcs().spillover());
            assertEquals(engine.count("Lymphocytes"), s.population("Lymphocytes").count(), s.sample().file());
        }
        // range: dragged to the right edge, so an open threshold from pixel 80 (FSC 256)
        robot.clickOn("#flow-tool-range");
        robot.drag(area.localToScreen(80, 200), MouseButton.PRIMARY).moveTo(area.localToScreen(319, 200)).drop();
        settle(m);
        RectangleGate t = (RectangleGate) m.strategy().gate("T1");
        assertEquals(256, t.min()[0], 1024 / 320.0 * 1.5);
        assertTrue(Double.isNaN(t.max()[0]), "open above: a threshold");

        // polygon: three clicks, then a double-click closes it
        robot.clickOn("#flow-tool-polygon");
        robot.clickOn(area.localToScreen(40, 280), MouseButton.PRIMARY);
        robot.clickOn(area.localToScreen(120, 280), MouseButton.PRIMARY);
        robot.clickOn(area.localToScreen(120, 200), MouseButton.PRIMARY);
        robot.doubleClickOn(area.localToScreen(40, 200), MouseButton.PRIMARY);
        settle(m);
        var p = (org.cytobench.flow.gating.PolygonGate) m.strategy().gate("P1");
        assertTrue(p.vertices().length >= 4, "four vertices (the double-click's first click adds the last)");

        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aCornerHandleResizesAGateAndDeleteRemovesItsSubtree(FxRobot robot) throws Exception {
        FlowViewModel m = openFlow(robot);
        Node area = robot.lookup("#flow-plot-area").query();
        robot.clickOn("#flow-tool-select");
        robot.clickOn(area.localToScreen(170, 240), MouseButton.PRIMARY); // inside Lymphocytes (FSC 300–800, SSC 100–400)
        // its max corner (FSC 800, SSC 400) is at pixel (250, 195); drag it 30 px right: FSC + 96
        robot.drag(area.localToScreen(250, 195), MouseButton.PRIMARY).moveTo(area.localToScreen(280, 195)).drop();
        settle(m);
        RectangleGate r = (RectangleGate) m.strategy().gate("Lymphocytes");
        assertEquals(896, r.max()[0], 1024 / 320.0 * 1.5);
        assertEquals(300, r.min()[0], 1e-9, "the other corner stays");
        assertEquals(400, r.max()[1], 1024 / 320.0 * 1.5);
        robot.clickOn("#flow-delete-gate");
        settle(m);
        assertTrue(m.strategy().gates().isEmpty(), "Lymphocytes and every population below it: " + m.strategy().ids());
        WaitForAsyncUtils.asyncFx(() -> view.model().document().undo()).get();
        settle(m);
        assertEquals(8, m.strategy().gates().size());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aGateEditChangesTheFlowDoseResponsesInTheResults(FxRobot robot) throws Exception {
        FlowViewModel m = openFlow(robot);
        WaitForAsyncUtils.asyncFx(() -> m.populationProperty().set("CD4pos")).get();
        settle(m);
        double before = groupMean("% CD69+ of CD4+");
        WaitForAsyncUtils.asyncFx(() -> {
            double[][] p = m.plot().outlines().get(0).points();
            p[0][0] = 250; // the CD69 threshold from 400 down to 250
            return m.reshape("CD4_CD69pos", p);
        }).get();
        settle(m);
        double after = groupMean("% CD69+ of CD4+");
        var expected = org.cytobench.flow.assay.FlowResults.of(view.model().document().project()).doseResponses().get(0);
        double want = expected.groups().get(expected.groups().size() - 1).summary().mean();
        assertEquals(want, after, 1e-12, "the Results view's analysis gates with the edited template");
        assertTrue(after > before, before + " → " + after);
    }

    /** The mean of the last (highest-dose) group of a dose response in the workbench's analysis. */
    private double groupMean(String analyte) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> view.model().analysis().isCurrent()
                && !view.model().work().runningProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();
        var a = view.model().analysis().analysis();
        var d = a.doseResponses().stream().filter(x -> x.analyte().name().equals(analyte)).findFirst().orElseThrow();
        return d.groups().get(d.groups().size() - 1).summary().mean();
    }

    @Test
    void theOverviewShowsOnePlotPerSampleAtTheSameGate(FxRobot robot) throws Exception {
        FlowViewModel m = openFlow(robot);
        WaitForAsyncUtils.asyncFx(() -> m.populationProperty().set("CD4pos")).get();
        settle(m);
        robot.clickOn("Overview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> m.isSettled() && m.overview().size() == 54).get());
        WaitForAsyncUtils.waitForFxEvents();
        var tiles = view.lookup("#flow-overview");
        assertNotNull(tiles);
        javafx.scene.layout.TilePane grid = ((org.cytobench.ui.flow.FlowOverviewView) tiles).tiles();
        assertEquals(54, grid.getChildren().size());
        VBox first = (VBox) grid.getChildren().get(0);
        assertEquals("A1 · " + m.samples().get(0).donor(), ((Label) first.getChildren().get(1)).getText());
        double pct = m.statistics().get(0).population("CD4_CD69pos").percentOfParent();
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f %% CD4_CD69pos", pct), ((Label) first.getChildren().get(3)).getText());
        assertTrue(m.overview().stream().allMatch(t -> t.image() != null && t.image().width() == FlowViewModel.TILE_BINS));
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
