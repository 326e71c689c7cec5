package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cytobench.project.ProjectFiles;
import org.cytobench.testsupport.ThirtyPlex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --bead-count-min N [--exclude-low-beads]} on the 30-plex: IL10's Standard3 (H5, 222 beads in the file's
 * Count table) and Standard8 (A6, 226) leave the fit at a minimum of 230; at the default 50 nothing is excluded.
 */
class AnalyzeBeadCountTest {

    private static int analyze(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String row(Path wells, String prefix) throws Exception {
        List<String> lines = Files.readAllLines(wells);
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void theMinimumAndExclusionComeFromTheCommandLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plex.cytobench");
        new ProjectFiles().save(ThirtyPlex.project(), file);
        assertEquals(1, analyze("analyze", file.toString(), "--out", dir.resolve("default").toString(), "--no-charts"));
        assertTrue(row(dir.resolve("default/wells.csv"), "plate_1,IL10,H5,").contains(",ok,"));

        assertEquals(1, analyze("analyze", file.toString(), "--out", dir.resolve("out").toString(), "--no-charts",
                "--bead-count-min", "230", "--exclude-low-beads"));
        assertTrue(row(dir.resolve("out/wells.csv"), "plate_1,IL10,H5,").endsWith(",masked,,bead count 222 < 230,5212.5,,"));
        assertTrue(row(dir.resolve("out/curves.csv"), "plate_1,IL10,5pl,1/y2,a,")
                .contains(",A6 masked: bead count 226 < 230; H5 masked: bead count 222 < 230,"));
        // the file keeps its own setting: the options are for this run only
        assertEquals(org.cytobench.analysis.BeadCountRule.DEFAULT, new ProjectFiles().open(file).analysisSettings().beadCount());
    }

    @Test
    void aBadMinimumIsAUsageError(@TempDir Path dir) {
        assertEquals(3, analyze("analyze", "x.cytobench", "--out", dir.toString(), "--bead-count-min", "fifty"));
        assertEquals(3, analyze("analyze", "x.cytobench", "--out", dir.toString(), "--bead-count-min", "-1"));
    }
}
