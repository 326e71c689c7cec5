package org.cytobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cytobench.plate.FlowAssay;
import org.cytobench.ui.flow.FlowImportDialog;
import org.cytobench.ui.flow.SimulatedFlowProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Three simulated FCS files imported into the sample experiment through File → Import FCS files' dialog, one well typed
 * by hand: a second flow assay with those files and wells, shown in the navigation, gone again after one undo; then a
 * sample's well changed with Map samples to wells… in the flow view.
 */
@ExtendWith(ApplicationExtension.class)
class FlowImportWorkflowTest {

    private final List<String> errors = new ArrayList<>();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = TestWorkbench.show(stage, Path.of("target", "test-recent-flow-import.txt"), errors);
    }

    @Test
    void importsThreeFilesWithOneWellChangedByHandIntoANewFlowAssay(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.model().open(MainViewModel.sampleExperiment().orElseThrow())).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !view.experiment().flowAssays().isEmpty());
        int before = view.experiment().flowAssays().size();
        assertEquals(1, before, "the sample's own flow assay");
        List<Path> files = List.of(file("A01"), file("B02"), file("C03"));
        robot.interact(() -> view.flowImport().importFiles(files, robot.targetWindow()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.flowImport().lastDialog() != null && view.flowImport().lastDialog().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        FlowImportDialog dialog = view.flowImport().lastDialog();
        DialogPane pane = dialog.getDialogPane();
        assertEquals(3, dialog.table().getItems().size());
        assertEquals("B2", dialog.table().getItems().get(1).well().label());

        @SuppressWarnings("unchecked")
        ComboBox<String> well = (ComboBox<String>) pane.lookup("#flow-well-1");
        robot.clickOn(well.getEditor()).press(KeyCode.END).release(KeyCode.END).eraseText(4);
        robot.write("d5").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", ((javafx.scene.control.Label) pane.lookup("#flow-import-well-error")).getText());
        assertEquals("D5", dialog.table().getItems().get(1).well().label(), well.getEditor().getText());
        assertTrue(dialog.isShowing(), "Enter in the well field does not close the dialog");
        assertEquals("D2", dialog.table().getItems().get(1).donorProperty().get());

        Button ok = (Button) pane.lookupButton(ButtonType.OK);
        assertFalse(ok.isDisabled());
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(before + 1, view.experiment().flowAssays().size());
        FlowAssay added = view.experiment().flowAssays().get(before);
        assertEquals(List.of("PBMC_Tcell_A01.fcs", "PBMC_Tcell_B02.fcs", "PBMC_Tcell_C03.fcs"),
                added.samples().stream().map(FlowAssay.FlowSample::sourceFile).toList());
        assertEquals(List.of("A1", "D5", "C3"), added.samples().stream().map(s -> s.cultureWell().label()).toList());
        for (Path f : files) assertTrue(view.model().document().project().source(f.getFileName().toString()).isPresent(), f.toString());
        NavItem shown = view.model().selectedNavProperty().get();
        assertEquals(NavItem.Kind.FLOW, shown.kind());
        assertEquals(before, shown.index());

        robot.interact(() -> view.model().document().undo());
        assertEquals(before, view.experiment().flowAssays().size());
        assertTrue(view.model().document().project().source("PBMC_Tcell_A01.fcs").isEmpty());
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void mapSamplesInTheFlowViewChangesAWellInOneUndoStep(FxRobot robot) throws Exception {
        robot.interact(() -> view.model().document().replace(SimulatedFlowProject.create(), null));
        robot.interact(() -> view.model().selectedNavProperty().set(view.model().navigation().stream()
                .filter(n -> n.kind() == NavItem.Kind.FLOW).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.flowModel().samples().size() == 54 && view.flowModel().isSettled());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#flow-map-samples");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.listWindows().stream().map(Window::getScene).filter(s -> s != null && s.getRoot() instanceof DialogPane)
                .map(s -> (DialogPane) s.getRoot()).filter(p -> "flow-mapping-dialog".equals(p.getId())).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<String> a1 = (ComboBox<String>) pane.lookup("#flow-well-0");
        @SuppressWarnings("unchecked")
        ComboBox<String> b1 = (ComboBox<String>) pane.lookup("#flow-well-1");
        assertEquals("A1", a1.getValue());
        assertEquals("A2", b1.getValue());
        robot.interact(() -> a1.setValue("A2"));
        assertTrue(pane.lookupButton(ButtonType.OK).isDisabled(), "A2 is taken twice");
        robot.interact(() -> b1.setValue("A1"));
        robot.clickOn((Button) pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        FlowAssay a = view.experiment().flowAssays().get(0);
        assertEquals("A2", a.samples().get(0).cultureWell().label());
        assertEquals("A1", a.samples().get(1).cultureWell().label());
        assertEquals("Undo map 2 flow samples to culture wells", view.model().document().undoTextProperty().get());
        robot.interact(() -> view.model().document().undo());
        assertEquals(null, view.experiment().flowAssays().get(0).samples().get(0).cultureWell());
        assertTrue(errors.isEmpty(), errors::toString);
    }

    private static Path file(String well) { return SimulatedFlowProject.DIR.resolve("PBMC_Tcell_" + well + ".fcs"); }
}
