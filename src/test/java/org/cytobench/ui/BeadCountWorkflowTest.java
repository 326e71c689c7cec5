package org.cytobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cytobench.analysis.PlateAnalysis;
import org.cytobench.analysis.BeadCountRule;
import org.cytobench.project.Project;
import org.cytobench.testsupport.ThirtyPlex;
import org.cytobench.ui.assay.AssayPlateView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bead-count setting beside IL10's heat map on the 30-plex: raising the minimum to 230 outlines IL10's seven wells
 * counted under 230 (B1 214 … F8 228, see BeadCountsTest), "flag and exclude" masks them in the analysis, undo goes back.
 */
@ExtendWith(ApplicationExtension.class)
class BeadCountWorkflowTest {

    private final List<String> errors = new ArrayList<>();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = TestWorkbench.show(stage, Path.of("target", "test-recent-beads.txt"), errors);
    }

    private PlateAnalysis il10() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> view.model().analysis().isCurrent()).get());
        WaitForAsyncUtils.waitForFxEvents();
        return view.model().analysis().analysis().plates().get(3);
    }

    private int outlined() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((AssayPlateView) view.currentView()).readings().lowBeadWells().size()).get();
    }

    @Test
    void theMinimumChangesTheFlaggedAndExcludedWells(FxRobot robot) throws Exception {
        Project p = ThirtyPlex.project();
        WaitForAsyncUtils.asyncFx(() -> view.model().document().replace(p, null)).get(10, TimeUnit.SECONDS);
        il10();
        robot.clickOn(WorkbenchTest.navCell(robot, "IL10"));
        robot.clickOn("#tab-heat-map");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, outlined());
        assertTrue(il10().masked().isEmpty());

        robot.doubleClickOn("#bead-minimum .text-field").eraseText(3).write("230").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new BeadCountRule(230, false), view.model().document().project().analysisSettings().beadCount());
        assertEquals(7, outlined());
        PlateAnalysis flagged = il10();
        assertTrue(flagged.masked().isEmpty());
        assertTrue(flagged.verdict().warnings().stream().anyMatch(w -> w.startsWith("7 wells with fewer than 230 beads (flagged")),
                flagged.verdict().warnings()::toString);

        robot.clickOn("#bead-exclude");
        WaitForAsyncUtils.waitForFxEvents();
        PlateAnalysis excluded = il10();
        assertEquals(7, excluded.masked().size());
        assertEquals(7, outlined());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(BeadCountRule.DEFAULT, view.model().document().project().analysisSettings().beadCount());
        assertTrue(il10().masked().isEmpty());
        assertEquals(0, outlined());
        assertEquals("50", robot.lookup("#bead-minimum .text-field").queryTextInputControl().getText());
        assertTrue(errors.isEmpty(), errors::toString);
    }
}
