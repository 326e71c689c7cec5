package org.cytobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.WellPosition;
import org.cytobench.project.Project;
import org.cytobench.ui.culture.TemplateViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Import through the preview, save, reopen; and a bad file that must change nothing. */
@ExtendWith(ApplicationExtension.class)
class FileWorkflowTest {

    @TempDir Path dir;
    private final List<String> errors = new ArrayList<>();
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = TestWorkbench.show(stage, Path.of("target", "test-recent.txt"), errors);
    }

    private void waitFor(java.util.concurrent.Callable<javafx.concurrent.Task<?>> start) throws Exception {
        javafx.concurrent.Task<?> task = WaitForAsyncUtils.asyncFx(start).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> task.isDone()
                && !view.model().work().runningProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void importsAnExportThroughThePreviewThenSavesAndReopensIdentically(FxRobot robot) throws Exception {
        robot.interact(() -> view.model().newDocument(new TemplateViewModel().build().orElseThrow()));
        robot.interact(() -> view.importFile(Path.of("sample-data", "2024-11-14_IL-6_Gen5.txt")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.lastImportDialog() != null && view.lastImportDialog().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#well-C5").queryAll().stream().filter(n -> "OVRFLW".equals(((javafx.scene.control.Label) n).getText()))
                .findFirst().orElse(null), "the overflow marker is shown in the preview");
        robot.clickOn((Button) view.lastImportDialog().getDialogPane().lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        Experiment imported = view.experiment();
        assertNotNull(imported.assays().get(0).readings());
        assertTrue(stage.getTitle().endsWith("*"));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> view.model().analysis().isCurrent()).get());
        WaitForAsyncUtils.waitForFxEvents();
        var before = view.model().analysis().analysis().plates().get(0);
        assertTrue(before.fit().isConverged(), before.fit().reason());
        Path file = dir.resolve("run.cytobench");
        waitFor(() -> view.model().save(file));
        assertEquals("Cytobench — run.cytobench", stage.getTitle());
        robot.interact(() -> view.model().newBlank());
        waitFor(() -> view.model().open(file));
        assertEquals(imported, view.experiment());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> view.model().analysis().isCurrent()).get());
        WaitForAsyncUtils.waitForFxEvents();
        var after = view.model().analysis().analysis().plates().get(0);
        assertEquals(before.fit().parameters(), after.fit().parameters(), "the reopened file gives the same curve");
        assertEquals(before.samples().stream().map(s -> s.concentration()).toList(),
                after.samples().stream().map(s -> s.concentration()).toList());
        assertEquals(1, view.model().document().project().sources().size());
        assertEquals(file.toAbsolutePath(), view.model().recentFiles().get(0));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aFileNoImporterReadsShowsItsMessageAndChangesNothing(FxRobot robot) throws Exception {
        robot.interact(() -> view.model().newDocument(new TemplateViewModel().build().orElseThrow()));
        Project before = view.model().document().project();
        Path junk = dir.resolve("shopping.txt");
        Files.writeString(junk, "milk\neggs\n", StandardCharsets.UTF_8);
        robot.interact(() -> view.importFile(junk));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !errors.isEmpty());
        assertTrue(errors.get(0).startsWith("shopping.txt"), errors.get(0));
        assertEquals(before, view.model().document().project());
        assertFalse(view.model().document().isDirty());
    }

    @Test
    void opensTheBundledSampleExperiment(FxRobot robot) throws Exception {
        Path sample = MainViewModel.sampleExperiment().orElseThrow();
        waitFor(() -> view.model().open(sample));
        assertEquals(3, view.experiment().assays().size());
        assertTrue(view.experiment().assays().stream().allMatch(r -> r.readings() != null));
        assertEquals("Cytobench — thymalfasin-pbmc.cytobench", stage.getTitle());
        assertTrue(view.experiment().assays().stream().anyMatch(r -> r.isMasked(WellPosition.parse("D8"))));
    }
}
