package org.cytobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cytobench.plate.Stimulus;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless (Monocle): template, selecting wells by dragging and headers, assigning, undo. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchTest {

    @TempDir static Path home;
    private final List<String> errors = new ArrayList<>();
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = TestWorkbench.show(stage, home.resolve("recent.txt"), errors);
    }

    static javafx.scene.Node navCell(FxRobot robot, String prefix) {
        return robot.lookup(".list-cell").queryAll().stream()
                .filter(c -> ((javafx.scene.control.Labeled) c).getText() != null && ((javafx.scene.control.Labeled) c).getText().startsWith(prefix))
                .findFirst().orElseThrow();
    }

    private static WellPosition w(String s) { return WellPosition.parse(s); }

    @Test
    void createFromTemplateThenAssignWellsByDraggingAndUndo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField doses = robot.lookup("#template-doses").queryAs(TextField.class);
        robot.interact(() -> doses.setText("10, 100"));
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn((Button) pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        // 3 donors × (unstim, vehicle, LPS+vehicle, 2 doses) × 3 replicates
        assertEquals(45, view.experiment().culture().wells().size());
        assertEquals("Cytobench — Thymalfasin PBMC stimulation", stage.getTitle());

        robot.drag("#well-G1").dropTo("#well-G3");
        assertEquals(Set.of(w("G1"), w("G2"), w("G3")), view.cultureModel().selection());
        robot.interact(() -> {
            view.cultureModel().stimulusKindProperty().set(Stimulus.Kind.ANTI_CD3_CD28);
            view.cultureModel().doseProperty().set("0");
            view.cultureModel().donorProperty().set("D1");
        });
        robot.clickOn("#assign");
        assertEquals(Treatment.of(Stimulus.ANTI_CD3_CD28, 0, true, "D1"), view.experiment().culture().treatment(w("G2")));
        assertTrue(stage.getTitle().endsWith("*"));

        robot.clickOn("#row-H");
        assertEquals(12, view.cultureModel().selection().size());
        robot.clickOn("#well-A1").press(KeyCode.SHIFT).clickOn("#well-B2").release(KeyCode.SHIFT);
        assertEquals(Set.of(w("A1"), w("A2"), w("B1"), w("B2")), view.cultureModel().selection());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(view.experiment().culture().treatment(w("G2")));
        assertEquals("Cytobench — Thymalfasin PBMC stimulation", stage.getTitle());
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Stimulus.ANTI_CD3_CD28, view.experiment().culture().treatment(w("G2")).stimulus());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void unsavedChangesAreConfirmedBeforeTheDocumentIsReplaced(FxRobot robot) {
        robot.interact(() -> view.model().document().apply("Write notes", e -> e.withNotes("donor 3 late")));
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane confirm = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Save the changes to Untitled experiment?", confirm.getHeaderText());
        robot.clickOn((Button) confirm.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("donor 3 late", view.experiment().notes());
        assertEquals("Cytobench — Untitled experiment*", stage.getTitle());

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane again = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Button dontSave = (Button) again.getButtonTypes().stream().filter(b -> b.getText().equals("Don't save"))
                .map(again::lookupButton).findFirst().orElseThrow();
        robot.clickOn(dontSave);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node n = robot.lookup("#template-doses").query();
        while (!(n instanceof DialogPane)) n = n.getParent();
        DialogPane template = (DialogPane) n;
        robot.clickOn((Button) template.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", view.experiment().notes());
        assertEquals(54, view.experiment().culture().wells().size());
    }

    @Test
    void assayPlateLayoutIsEditedFromTheNavigation(FxRobot robot) {
        robot.interact(() -> view.model().newDocument(new org.cytobench.ui.culture.TemplateViewModel().build().orElseThrow()));
        robot.clickOn(navCell(robot, "IL-6"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, view.assayModel().plateIndex());
        robot.drag("#well-H1").dropTo("#well-H3");
        robot.clickOn("#mark-blank");
        assertEquals(org.cytobench.plate.WellRole.BLANK, view.experiment().assays().get(0).layout().well(w("H2")).role());
        robot.clickOn("#col-11");
        assertEquals(8, view.assayModel().selection().size());
    }
}
