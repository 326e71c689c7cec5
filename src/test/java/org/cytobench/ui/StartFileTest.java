package org.cytobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cytobench.project.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartFileTest {

    @TempDir
    Path home;

    /**
     * The view model starts an analysis at once and hands its result to the FX thread; without a toolkit that hand-over
     * throws on the worker thread (harmless for these assertions, but it printed stack traces into every build).
     */
    @BeforeAll
    static void startToolkit() {
        try {
            javafx.application.Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another UI test in this JVM started it
        }
    }

    private MainViewModel model(RecentFiles recent) {
        return new MainViewModel(new ProjectFiles(), recent, (m, c) -> { });
    }

    @Test
    void firstStartOpensTheBundledSample() {
        assertEquals(MainViewModel.sampleExperiment(), model(new RecentFiles(home.resolve("recent.txt"))).fileToOpenAtStart());
        assertEquals(Path.of("sample-data", MainViewModel.SAMPLE_FILE).toAbsolutePath().normalize(),
                MainViewModel.sampleExperiment().orElseThrow());
    }

    @Test
    void laterStartsReopenTheLastExperimentOrTheSampleWhenItIsGone() throws Exception {
        RecentFiles recent = new RecentFiles(home.resolve("recent.txt"));
        Path last = Files.writeString(home.resolve("last.cytobench"), "{}");
        recent.add(home.resolve("moved-away.cytobench"));
        recent.add(last);
        assertEquals(last, model(recent).fileToOpenAtStart().orElseThrow());
        Files.delete(last);
        assertEquals(MainViewModel.sampleExperiment(), model(recent).fileToOpenAtStart());
    }
}
