package org.cytobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.cytobench.io.multiplex.MultiplexExportsDir;
import org.cytobench.analysis.BeadCountRule;
import org.cytobench.testsupport.ThirtyPlex;
import org.cytobench.ui.culture.TemplateViewModel;
import org.cytobench.ui.importing.MultiplexPreviewPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import preview of the 30-plex: analytes, search, and IL10's bead counts under the experiment's minimum outlined. */
@ExtendWith(ApplicationExtension.class)
class MultiplexPreviewWorkflowTest {

    private final List<String> errors = new ArrayList<>();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = TestWorkbench.show(stage, Path.of("target", "test-recent-mxpreview.txt"), errors);
    }

    @Test
    void thePreviewListsTheAnalytesAndMarksLowBeadCounts(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view.model().newDocument(new TemplateViewModel().build().orElseThrow());
            view.model().document().applyProject("minimum 230", p -> p.withAnalysisSettings(
                    p.analysisSettings().withBeadCount(new BeadCountRule(230, false))));
        });
        robot.interact(() -> view.importFile(MultiplexExportsDir.require().resolve(ThirtyPlex.FILE)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.lastImportDialog() != null && view.lastImportDialog().isShowing());
        MultiplexPreviewPane pane = view.lastImportDialog().multiplexPreview();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> pane.preview() != null).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pane.isVisible());
        assertEquals(30, pane.analyteList().getItems().size());
        assertTrue(robot.lookup("#multiplex-preview-summary").queryLabeled().getText()
                .contains("2 background, 17 standards (16 levels), 6 controls, 71 unknowns"));
        robot.clickOn("#multiplex-preview-search").write("il10");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("IL10"), List.copyOf(pane.analyteList().getItems()));
        robot.interact(() -> pane.analyteList().getSelectionModel().select("IL10"));
        robot.clickOn("#multiplex-preview-beads");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, pane.outlined().size());
        assertEquals(7, robot.lookup(".well-warning").queryAll().size());
        robot.clickOn("#multiplex-preview-layout");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, robot.lookup(".well-warning").queryAll().size());
        assertTrue(errors.isEmpty(), errors::toString);
    }
}
