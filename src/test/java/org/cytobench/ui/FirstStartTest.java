package org.cytobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cytobench.desktop.BundledSample;
import org.cytobench.project.Project;
import org.cytobench.project.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first start of a copied or installed program: no checkout around it, no settings, maybe no display. */
class FirstStartTest {

    @TempDir
    Path dir;

    @Test
    void farFromAnyCheckoutTheSamplePackedInTheJarIsUsed() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("Downloads"));
        Path jar = Files.writeString(elsewhere.resolve("cytobench.jar"), "not read");
        Path cache = dir.resolve("cache");
        Path sample = MainViewModel.sampleExperiment(elsewhere, jar, cache).orElseThrow();
        assertEquals(BundledSample.copyLocation(cache), sample);
        assertEquals(3, new ProjectFiles().open(sample).experiment().assays().size());
    }

    @Test
    void inACheckoutTheSampleDataFileIsUsed() {
        Path sample = MainViewModel.sampleExperiment(Path.of(""), null, dir.resolve("cache")).orElseThrow();
        assertEquals(Path.of("sample-data", MainViewModel.SAMPLE_FILE).toAbsolutePath().normalize(), sample);
        assertFalse(Files.exists(dir.resolve("cache")), "nothing is written when the checkout's sample is there");
    }

    @Test
    void theBundledSampleOpensReadOnlyUntilSavedElsewhere() throws Exception {
        Project sample = new ProjectFiles().open(BundledSample.copyTo(dir));
        DocumentViewModel doc = new DocumentViewModel(Project.of(MainViewModel.blankExperiment()));
        doc.replaceReadOnly(sample, MainViewModel.READ_ONLY_SAMPLE);
        assertTrue(doc.isReadOnly());
        assertNull(doc.file(), "Save must ask where (Save As)");
        assertEquals("Cytobench — Sample (read-only) — Save As to keep changes", doc.titleProperty().get());
        doc.markSaved(dir.resolve("mine.cytobench"), doc.project());
        assertFalse(doc.isReadOnly());
        assertEquals("Cytobench — mine.cytobench", doc.titleProperty().get());
    }

    @Test
    void withoutADisplayTheWorkbenchSaysSoInOneLineAndExitsWithUsage() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--settings-dir", dir.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(3, p.exitValue(), err);
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.startsWith("cytobench: no display found"), err);
        assertTrue(err.contains("fit, import, analyze"), err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void theRecentFilesOfTheOldSettingsFolderAreCarriedOverOnce() throws Exception {
        Path legacy = Files.createDirectories(dir.resolve("home/.cytobench")).resolve("recent-files.txt");
        Path kept = Files.writeString(dir.resolve("kept.cytobench"), "{}");
        Files.writeString(legacy, kept + "\n");
        Path store = dir.resolve("config/cytobench/recent-files.txt");
        RecentFiles.adoptLegacyList(store, legacy);
        assertEquals(List.of(kept), new RecentFiles(store).list());
        Files.writeString(legacy, "");
        RecentFiles.adoptLegacyList(store, legacy);
        assertEquals(List.of(kept), new RecentFiles(store).list(), "copied once, never overwritten");
        assertTrue(Files.exists(legacy), "the old list stays for an older Cytobench");
    }
}
