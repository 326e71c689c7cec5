package org.cytobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.cytobench.chart.dose.DoseFigure;
import org.cytobench.chart.dose.DoseFigureSettings;
import org.cytobench.fit.Weighting;
import org.cytobench.ui.curve.StandardCurveViewModel;
import org.cytobench.ui.results.ResultsView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sample experiment through the figure and curve choices of issue 11: the dose figure follows its settings (saved,
 * undoable), Copy for Prism gives the wide layout, the failed TNF-α plate offers one-click fixes and a per-plate override,
 * a plate without readings shows no verdict, and the experiment's name and notes are editable.
 */
@ExtendWith(ApplicationExtension.class)
class FigureWorkflowTest {

    private final List<String> errors = new ArrayList<>();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = TestWorkbench.show(stage, Path.of("target", "test-recent-figure.txt"), errors);
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> view.model().analysis().isCurrent()
                && !view.model().work().runningProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDoseFigureFollowsItsSavedSettings(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.model().open(MainViewModel.sampleExperiment().orElseThrow())).get(10, TimeUnit.SECONDS);
        settle();
        robot.clickOn(WorkbenchTest.navCell(robot, "Results"));
        robot.clickOn("Dose response");
        WaitForAsyncUtils.waitForFxEvents();
        ResultsView results = robot.lookup("#results-view").queryAs(ResultsView.class);
        var canvas = results.doseFigure().canvas();
        assertTrue(canvas.figure() instanceof DoseFigure, "the Dose response tab draws the dose figure");
        assertTrue(canvas.getWidth() > 300 && canvas.getHeight() > 200, canvas.getWidth() + " × " + canvas.getHeight());

        robot.interact(() -> robot.lookup("#dose-style").queryComboBox().getSelectionModel().select(DoseFigureSettings.Style.BOX));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DoseFigureSettings.Style.BOX, view.model().document().project().figureSettings().style());
        assertTrue(view.model().document().isDirty());
        robot.interact(() -> view.model().document().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DoseFigureSettings.Style.BARS, view.model().document().project().figureSettings().style());
        assertEquals(DoseFigureSettings.Style.BARS, robot.lookup("#dose-style").queryComboBox().getValue());

        // the analyte whose plate failed QC keeps a row in the Groups table, saying why
        var tnf = view.resultsModel().groups().stream().filter(g -> g.analyte().equals("TNF-α")).toList();
        assertEquals(1, tnf.size(), tnf.toString());
        assertTrue(tnf.get(0).flag().contains("failed QC"), tnf.get(0).flag());

        // undo labels name files as they are spelled: "gen5_synergyH1.txt" keeps its underscores (no mnemonic parsing)
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        for (javafx.scene.control.Menu m : bar.getMenus()) {
            for (javafx.scene.control.MenuItem i : m.getItems()) {
                if ("menu-undo".equals(i.getId()) || "menu-redo".equals(i.getId())) assertFalse(i.isMnemonicParsing(), i.getId());
            }
        }

        String prism = WaitForAsyncUtils.asyncFx(() -> view.resultsModel().prismTsv()).get(5, TimeUnit.SECONDS);
        assertTrue(prism.startsWith("IL-6 (pg/mL)\nDonor\tUnstimulated\t"), prism);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aRejectedCurveOffersFixesAndAPerPlateOverride(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.model().open(MainViewModel.sampleExperiment().orElseThrow())).get(10, TimeUnit.SECONDS);
        settle();
        robot.clickOn(WorkbenchTest.navCell(robot, "TNF-α"));
        robot.clickOn("Standard curve");
        WaitForAsyncUtils.waitForFxEvents();
        StandardCurveViewModel curve = view.curveModel();
        assertFalse(curve.plate().passed(), "the sample's TNF-α plate fails QC on purpose");
        List<String> offered = curve.suggestions().stream().map(StandardCurveViewModel.Suggestion::label).toList();
        assertTrue(offered.contains("Try 5PL"), offered.toString());
        assertTrue(offered.stream().anyMatch(s -> s.startsWith("Mask the top standard")), offered.toString());
        assertEquals("Applies to the TNF-α plate", curve.scopeText());

        robot.clickOn("#curve-plate-only");
        settle();
        var run = view.model().document().experiment().assays().stream().filter(r -> r.layout().analyte().name().equals("TNF-α"))
                .findFirst().orElseThrow();
        assertNotNull(run.curveOverride(), "This plate only gives the plate its own settings");
        assertTrue(curve.scopeText().startsWith("This plate only"), curve.scopeText());
        robot.interact(() -> curve.setWeighting(Weighting.NONE));
        settle();
        var experiment = view.model().document().experiment();
        run = experiment.assays().stream().filter(r -> r.layout().analyte().name().equals("TNF-α")).findFirst().orElseThrow();
        assertEquals(Weighting.NONE, run.curveOverride().weighting());
        assertEquals(Weighting.INV_Y2, experiment.curveSettingsFor(run.layout().analyte()).weighting(), "the analyte's setting is untouched");
        assertEquals(Weighting.NONE, curve.plate().fit().weighting(), "the plate was refitted with its own setting");
    }

    @Test
    void aPlateWithoutReadingsShowsNoVerdictAndTheDetailsAreEditable(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.model().open(MainViewModel.sampleExperiment().orElseThrow())).get(10, TimeUnit.SECONDS);
        settle();
        robot.interact(() -> view.model().document().apply("Add an empty plate", e -> e.withAssay(org.cytobench.plate.AssayRun.of(
                new org.cytobench.plate.AssayPlate("IL-2", org.cytobench.plate.PlateFormat.WELLS_96, org.cytobench.plate.Analyte.IL_2,
                        java.util.Map.of())))));
        settle();
        robot.clickOn(WorkbenchTest.navCell(robot, "IL-2"));
        robot.clickOn("Standard curve");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", robot.lookup("#curve-verdict").queryLabeled().getText());
        assertTrue(curveSuggestionsEmpty(robot));

        robot.interact(() -> ExperimentDetailsDialog.apply(view.model().document(), "Tα1 pilot 2", "LPS from lot 42."));
        assertEquals("Tα1 pilot 2", view.model().document().experiment().name());
        assertEquals("LPS from lot 42.", view.model().document().experiment().notes());
        String undo = view.model().document().undoTextProperty().get();
        assertTrue(undo.toLowerCase().contains("edit experiment details"), undo);
        assertNull(null);
    }

    private static boolean curveSuggestionsEmpty(FxRobot robot) {
        return robot.lookup("#curve-suggestions").queryAs(javafx.scene.layout.FlowPane.class).getChildren().isEmpty();
    }
}
