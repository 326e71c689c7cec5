package org.cytobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A Gen5 export with a Layout block imported through the preview into an empty assay plate: its layout, in one undo step. */
@ExtendWith(ApplicationExtension.class)
class FileLayoutImportWorkflowTest {

    private final List<String> errors = new ArrayList<>();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = TestWorkbench.show(stage, Path.of("target", "test-recent-file-layout.txt"), errors);
    }

    @Test
    void importingIntoAnEmptyPlateGivesTheFilesLayoutInOneUndoableStep(FxRobot robot) throws Exception {
        AssayPlate empty = new AssayPlate("IL-6 plate", PlateFormat.WELLS_96, new Analyte("IL-6", "pg/mL"), Map.of());
        Experiment e = Experiment.of("e", CulturePlate.empty("Culture plate", PlateFormat.WELLS_96)).withAssay(AssayRun.of(empty));
        robot.interact(() -> view.model().newDocument(e));
        robot.interact(() -> view.importFile(Path.of("sample-data", "2024-11-14_IL-6_Gen5.txt")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.lastImportDialog() != null && view.lastImportDialog().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox use = (CheckBox) view.lastImportDialog().getDialogPane().lookup("#import-use-file-layout");
        assertTrue(use.isVisible() && use.isSelected(), "offered and ticked for an empty plate");
        assertTrue(use.getText().startsWith("Use the layout from the file: "), use.getText());
        robot.clickOn((Button) view.lastImportDialog().getDialogPane().lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        AssayPlate l = view.experiment().assays().get(0).layout();
        assertEquals(WellRole.STANDARD, l.well(WellPosition.parse("A11")).role());
        assertEquals(1000.0, l.well(WellPosition.parse("A11")).nominalConcentration());
        assertEquals(WellRole.QC, l.well(WellPosition.parse("A10")).role());
        assertEquals(20.0, l.well(WellPosition.parse("A1")).dilutionFactor());
        assertTrue(view.experiment().assays().get(0).readings() != null);
        robot.interact(() -> view.model().document().undo());
        assertTrue(view.experiment().assays().get(0).layout().wells().isEmpty(), "one undo takes the layout back");
        assertEquals(null, view.experiment().assays().get(0).readings(), "and the readings with it");
        assertTrue(errors.isEmpty(), errors::toString);
    }
}
