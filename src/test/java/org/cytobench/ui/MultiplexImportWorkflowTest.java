package org.cytobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.cytobench.io.multiplex.MultiplexExportsDir;
import org.cytobench.plate.Experiment;
import org.cytobench.ui.culture.TemplateViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A multiplex export imported through the workbench's preview: OK adds one assay run per analyte. */
@ExtendWith(ApplicationExtension.class)
class MultiplexImportWorkflowTest {

    private final List<String> errors = new ArrayList<>();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = TestWorkbench.show(stage, Path.of("target", "test-recent-multiplex.txt"), errors);
    }

    @Test
    void importingTheThirtyPlexThroughThePreviewAddsThirtyRuns(FxRobot robot) throws Exception {
        Path file = MultiplexExportsDir.require().resolve("luminex-xponent/serolyzer_pone.0187901.s001.csv");
        robot.interact(() -> view.model().newDocument(new TemplateViewModel().build().orElseThrow()));
        int before = view.experiment().assays().size();
        robot.interact(() -> view.importFile(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.lastImportDialog() != null && view.lastImportDialog().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn((Button) view.lastImportDialog().getDialogPane().lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        Experiment e = view.experiment();
        assertEquals(before + 30, e.assays().size(), errors::toString);
        assertTrue(e.assays().subList(before, before + 30).stream().allMatch(r -> "plate_1".equals(r.plateGroup())));
        assertEquals("IL10 Net MFI", e.assays().get(before + 3).primaryRead());
        assertTrue(errors.isEmpty(), errors::toString);
    }
}
