package org.cytobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.cytobench.project.Project;
import org.cytobench.testsupport.ThirtyPlex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Concordance tab of a 30-plex analyte: computed in the background, shown and copied. */
@ExtendWith(ApplicationExtension.class)
class ConcordanceWorkflowTest {

    private final List<String> errors = new ArrayList<>();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = TestWorkbench.show(stage, Path.of("target", "test-recent-concordance.txt"), errors);
    }

    @Test
    void showsIl10BesideTheVendorAndCopiesTheWells(FxRobot robot) throws Exception {
        Project p = ThirtyPlex.project();
        WaitForAsyncUtils.asyncFx(() -> view.model().document().replace(p, null)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> view.model().analysis().isCurrent()).get());
        robot.clickOn(WorkbenchTest.navCell(robot, "IL10"));
        robot.clickOn("Concordance");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> view.concordanceModel().current() != null).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#concordance-summary").queryLabeled().getText()
                .startsWith("IL10 (plate_1): 94 wells compared · median |difference| 0.640 %"));
        assertEquals("Logistic 5P", robot.lookup("#concordance-vendor-model").queryLabeled().getText());
        assertEquals("5pl 1/y2", robot.lookup("#concordance-cytobench-model").queryLabeled().getText());
        String copied = WaitForAsyncUtils.asyncFx(() -> ((Copyable) view.currentView()).copyText()).get(5, TimeUnit.SECONDS);
        List<String> lines = copied.lines().toList();
        assertEquals("Well\tRole\tSample\tSignal\tVendor conc.\tVendor flag\tCytobench conc.\tCytobench status\tDifference %\tStatus differs",
                lines.get(0));
        assertTrue(lines.contains("B1\tqc\tControl1\t9952.5\t6544.7\t\t6453.5\tok\t-1.39\t"), copied);
        assertEquals(view.concordanceModel().wells().size() + 1, lines.size());
        assertTrue(errors.isEmpty(), errors::toString);
    }
}
