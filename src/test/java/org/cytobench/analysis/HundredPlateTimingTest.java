package org.cytobench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.cytobench.bench.AnalyzeBenchmark;
import org.cytobench.plate.Experiment;
import org.cytobench.project.ProjectFiles;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's 100-plate experiment analysed once, as a correctness check of the benchmark input and a coarse guard
 * against an order-of-magnitude slowdown (the bound is loose because the build machine is shared; the real number is
 * in docs/benchmarks.md).
 */
class HundredPlateTimingTest {

    @Test
    void analysesAHundredPlatesWellUnderTheGuard() throws Exception {
        Experiment e = AnalyzeBenchmark.hundredPlates(new ProjectFiles().open(Path.of("sample-data", "thymalfasin-pbmc.cytobench")).experiment());
        ExperimentAnalyzer.analyze(e, AnalysisSettings.DEFAULT); // warm-up
        long start = System.nanoTime();
        ExperimentAnalysis a = ExperimentAnalyzer.analyze(e, AnalysisSettings.DEFAULT);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(100, a.plates().size());
        assertEquals(3, a.doseResponses().size());
        // 33 IL-6 plates: every culture well is measured 33 times and averaged, so the group means equal one plate's
        assertEquals(67, a.plates().stream().filter(PlateAnalysis::passed).count());
        System.out.printf("100 plates analysed in %.3f s%n", seconds);
        assertTrue(seconds < 20, "100 plates took " + seconds + " s");
    }
}
