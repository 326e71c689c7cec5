package org.cytobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
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

/** On a multiplex plate the assay editor says the layout is the plate's, and a click changes it for every analyte. */
@ExtendWith(ApplicationExtension.class)
class PlateGroupLayoutWorkflowTest {

    private final List<String> errors = new ArrayList<>();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = TestWorkbench.show(stage, Path.of("target", "test-recent-plate-group.txt"), errors);
    }

    @Test
    void markingBlanksOnOneAnalyteMarksThemOnAllAnalytesOfThePlate(FxRobot robot) {
        Experiment e = Experiment.of("e", CulturePlate.empty("Culture plate", PlateFormat.WELLS_96));
        for (String a : List.of("IL-6", "IL-10", "TNF-a", "IFN-g")) {
            AssayPlate p = new AssayPlate("plate_1", PlateFormat.WELLS_96, new Analyte(a, "pg/mL"), Map.of());
            e = e.withAssay(new AssayRun(p, null, null, null, "p1.csv", Map.of(), "plate_1", null));
        }
        Experiment exp = e;
        robot.interact(() -> view.model().newDocument(exp));
        robot.interact(() -> view.model().selectedNavProperty().set(view.model().navigation().get(2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, view.assayModel().plateIndex());
        Label scope = robot.lookup("#assay-group-scope").queryAs(Label.class);
        assertTrue(scope.isVisible());
        assertEquals("Layout edits apply to all 4 analytes of plate plate_1; masks stay per analyte.", scope.getText());
        assertTrue(robot.lookup("#assay-whole-group").queryAs(CheckBox.class).isSelected());

        robot.drag("#well-H1").dropTo("#well-H3");
        robot.clickOn("#mark-blank");
        WaitForAsyncUtils.waitForFxEvents();
        for (int r = 0; r < 4; r++) {
            assertEquals(WellRole.BLANK, view.experiment().assays().get(r).layout().well(WellPosition.parse("H2")).role(), "analyte " + r);
        }
        robot.interact(() -> view.model().document().undo());
        for (int r = 0; r < 4; r++) {
            assertTrue(view.experiment().assays().get(r).layout().wells().isEmpty(), "one undo for the whole plate");
        }

        robot.clickOn("#assay-whole-group");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Layout edits apply to IL-10 only, not to the other 3 analytes of plate plate_1.", scope.getText());
        robot.drag("#well-H1").dropTo("#well-H3");
        robot.clickOn("#mark-blank");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WellRole.BLANK, view.experiment().assays().get(1).layout().well(WellPosition.parse("H2")).role());
        assertEquals(WellRole.EMPTY, view.experiment().assays().get(0).layout().well(WellPosition.parse("H2")).role());
        assertTrue(errors.isEmpty(), errors::toString);
    }
}
