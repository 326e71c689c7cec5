package org.cytobench.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cytobench.ui.MainView;
import org.cytobench.ui.MainViewModel;
import org.cytobench.ui.RecentFiles;
import org.cytobench.project.ProjectFiles;
import org.cytobench.testsupport.ThirtyPlex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The wells table of the 30-plex: 30 × 96 rows, or one analyte's 96 with the analyte filter (and the status filter on top). */
@ExtendWith(ApplicationExtension.class)
class ResultsAnalyteFilterTest {

    private final List<String> errors = new ArrayList<>();
    private MainView view;

    @Start
    void start(javafx.stage.Stage stage) {
        MainViewModel model = new MainViewModel(new ProjectFiles(), new RecentFiles(Path.of("target", "test-recent-filter.txt")),
                (m, c) -> errors.add(m));
        view = new MainView(model);
        stage.setScene(new javafx.scene.Scene(view, 1366, 768));
        stage.show();
    }

    @Test
    void theAnalyteFilterShowsOneAnalytesWells(FxRobot robot) throws Exception {
        var p = ThirtyPlex.project();
        WaitForAsyncUtils.asyncFx(() -> view.model().document().replace(p, null)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> view.model().analysis().isCurrent()).get());
        WaitForAsyncUtils.waitForFxEvents();
        ResultsViewModel r = view.resultsModel();
        assertEquals(30, r.analytes().size());
        assertEquals(30 * 96, r.wells().size());
        robot.interact(() -> r.analyteFilterProperty().set("IL10"));
        assertEquals(96, r.wells().size());
        assertTrue(r.wells().stream().allMatch(w -> w.analyte().equals("IL10")));
        robot.interact(() -> r.statusFilterProperty().set(org.cytobench.analysis.ValueStatus.OK));
        // as wells.csv of analyze on the same plate: IL10 has 77 wells ok, 17 < LLOQ, 2 extrapolated
        assertEquals(77, r.wells().size());
        robot.interact(() -> { r.analyteFilterProperty().set(null); r.statusFilterProperty().set(null); });
        assertEquals(30 * 96, r.wells().size());
        assertTrue(errors.isEmpty(), errors::toString);
    }
}
