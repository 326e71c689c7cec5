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

/** The analyte navigator on the 30-plex plate: typing filters the list, clicking an analyte shows its plate and curve. */
@ExtendWith(ApplicationExtension.class)
class NavigatorWorkflowTest {

    private final List<String> errors = new ArrayList<>();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = TestWorkbench.show(stage, Path.of("target", "test-recent-navigator.txt"), errors);
    }

    private void openThirtyPlex() throws Exception {
        Project p = ThirtyPlex.project();
        WaitForAsyncUtils.asyncFx(() -> view.model().document().replace(p, null)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> view.model().analysis().isCurrent()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> shownRuns() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> view.navigator().list().getItems().stream()
                .filter(i -> i.kind() == NavItem.Kind.ASSAY).map(i -> view.model().navigator().entry(i).name()).toList()).get();
    }

    @Test
    void typingFiltersTheAnalytesAndClickingOneShowsItsCurve(FxRobot robot) throws Exception {
        openThirtyPlex();
        assertEquals(30, shownRuns().size());
        robot.clickOn("#navigator-search").write("tnf");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("TNFa"), shownRuns());
        assertEquals("1 assay runs match", robot.lookup("#navigator-shown").queryLabeled().getText());
        // typing did not leave the culture plate
        assertEquals(NavItem.Kind.CULTURE, view.model().selectedNavProperty().get().kind());
        robot.clickOn(WorkbenchTest.navCell(robot, "TNFa"));
        robot.clickOn("Standard curve");
        WaitForAsyncUtils.waitForFxEvents();
        int tnf = view.model().selectedNavProperty().get().index();
        assertEquals("TNFa", view.experiment().assays().get(tnf).layout().analyte().name());
        assertEquals("TNFa", view.curveModel().plate().analyte().name());
        // clearing the search keeps TNFa selected and brings back every analyte under its plate's header
        robot.doubleClickOn("#navigator-search").eraseText(3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(30, shownRuns().size());
        assertEquals(tnf, view.model().selectedNavProperty().get().index());
        assertTrue(robot.lookup(".navigator-group").queryAll().stream()
                .anyMatch(n -> "plate_1".equals(((javafx.scene.control.Label) n).getText())));
        assertTrue(robot.lookup(".qc-badge-fail").queryAll().size() > 0);
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void theAnalyteChosenInTheNavigatorIsTheDoseFigures(FxRobot robot) throws Exception {
        Path sample = MainViewModel.sampleExperiment().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> view.model().open(sample)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> view.model().analysis().isCurrent()
                && !view.model().work().runningProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(WorkbenchTest.navCell(robot, "IL-10"));
        robot.clickOn(WorkbenchTest.navCell(robot, "Results"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("IL-10", ((org.cytobench.ui.results.ResultsView) view.currentView()).doseFigure().model().analyteProperty().get());
        robot.clickOn(WorkbenchTest.navCell(robot, "IL-6"));
        robot.clickOn(WorkbenchTest.navCell(robot, "Results"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("IL-6", ((org.cytobench.ui.results.ResultsView) view.currentView()).doseFigure().model().analyteProperty().get());
        assertTrue(errors.isEmpty(), errors::toString);
    }
}
