package org.cytobench.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.BlankHandling;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.ExperimentAnalyzer;
import org.cytobench.analysis.ReplicateUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results are not stored but recomputed on open; they must be exactly those computed before saving. */
class RecomputedResultsTest {

    @TempDir Path dir;

    @Test
    void resultsAfterSaveAndOpenEqualThoseBefore() throws Exception {
        ProjectFiles files = new ProjectFiles();
        Project sample = files.open(Path.of("sample-data", "thymalfasin-pbmc.cytobench"));
        // non-default settings too, so that a setting lost on the way would change the results
        Project edited = sample.withAnalysisSettings(sample.analysisSettings()
                .withBlankHandling(BlankHandling.ZERO_STANDARD_IN_FIT).withReplicateUnit(ReplicateUnit.CULTURE_WELL));
        for (Project before : new Project[] {sample, edited}) {
            ExperimentAnalysis expected = ExperimentAnalyzer.analyze(before.experiment(), before.analysisSettings());
            Path f = dir.resolve("roundtrip.cytobench");
            files.save(before, f);
            Project after = files.open(f);
            assertEquals(before, after);
            ExperimentAnalysis actual = ExperimentAnalyzer.analyze(after.experiment(), after.analysisSettings());
            assertEquals(expected.toString(), actual.toString());   // every number, as printed to full precision
            assertEquals(expected, actual);
            assertFalse(expected.allPlatesPassed(), "the sample's TNF-α plate fails QC");
        }
    }

    @Test
    void theSettingsChangeTheResults() throws Exception {
        Project sample = new ProjectFiles().open(Path.of("sample-data", "thymalfasin-pbmc.cytobench"));
        AnalysisSettings other = sample.analysisSettings().withBlankHandling(BlankHandling.ZERO_STANDARD_IN_FIT);
        assertFalse(ExperimentAnalyzer.analyze(sample.experiment(), sample.analysisSettings()).toString()
                .equals(ExperimentAnalyzer.analyze(sample.experiment(), other).toString()));
    }
}
