package org.cytobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export layout, edit the spreadsheet, File → Import layout: one undoable edit; a bad map changes nothing. */
@ExtendWith(ApplicationExtension.class)
class LayoutWorkflowTest {

    @TempDir Path dir;
    private final List<String> errors = new ArrayList<>();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = TestWorkbench.show(stage, dir.resolve("recent.txt"), errors);
    }

    private void waitFor(Callable<Task<?>> start) throws Exception {
        Task<?> task = WaitForAsyncUtils.asyncFx(start).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> task.isDone()
                && !view.model().work().runningProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportEditImportAndUndoTheCultureLayout() throws Exception {
        waitFor(() -> view.model().open(Path.of("sample-data/thymalfasin-pbmc.cytobench")));
        Experiment before = view.model().document().experiment();
        Path map = dir.resolve("culture.csv");
        waitFor(() -> view.layoutFiles().exportTo(map));
        String csv = Files.readString(map);
        Files.writeString(map, csv.replaceFirst("\nD1,", "\nD1,D9,").replaceFirst("\nD,D1,", "\nD,D9,"));
        waitFor(() -> view.layoutFiles().importFrom(map));
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("D9", view.model().document().experiment().culture().treatment(WellPosition.parse("D1")).donor());
        assertEquals("Undo import layout from culture.csv", view.model().document().undoTextProperty().get());
        WaitForAsyncUtils.asyncFx(() -> view.model().document().undo()).get(5, TimeUnit.SECONDS);
        assertEquals(before, view.model().document().experiment());
    }

    @Test
    void aBadMapIsReportedNamingTheCellAndChangesNothing() throws Exception {
        waitFor(() -> view.model().open(Path.of("sample-data/thymalfasin-pbmc.cytobench")));
        Experiment before = view.model().document().experiment();
        StringBuilder b = new StringBuilder("treatment,1,2,3,4,5,6,7,8,9,10,11,12\n");
        for (char r = 'A'; r <= 'H'; r++) b.append(r).append(",LPS 100 ng/mL\n");
        b.append("\ndose,1,2,3,4,5,6,7,8,9,10,11,12\n");
        for (char r = 'A'; r <= 'H'; r++) b.append(r).append(r == 'C' ? ",lots\n" : ",10\n");
        Path map = Files.writeString(dir.resolve("bad.csv"), b.toString());
        waitFor(() -> view.layoutFiles().importFrom(map));
        assertEquals(List.of("bad.csv, line 14, column 2 (well C1): block 'dose': 'lots' is not a number (thymalfasin ng/mL)"), errors);
        assertEquals(before, view.model().document().experiment());
    }

    @Test
    void theMenusOfferLayoutFilesAndHelp() throws Exception {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) view.lookup("#menu-bar");
        List<String> menus = bar.getMenus().stream().map(javafx.scene.control.Menu::getText).toList();
        assertEquals(List.of("File", "Edit", "Help"), menus.subList(0, 3));
        List<String> file = bar.getMenus().get(0).getItems().stream().map(javafx.scene.control.MenuItem::getText).toList();
        assertTrue(file.containsAll(List.of("Import layout…", "Export layout…")), file.toString());
        javafx.scene.control.Menu help = bar.getMenus().get(2);
        assertEquals("About Cytobench", help.getItems().get(1).getText());
        javafx.scene.control.Menu docs = (javafx.scene.control.Menu) help.getItems().get(0);
        assertEquals(org.cytobench.desktop.AboutText.DOCS.size(), docs.getItems().size());
        assertTrue(HelpMenu.read("/org/cytobench/docs/qc.md").contains("ICH M10"));
    }
}
