package org.cytobench.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.cytobench.analysis.AboveUloqHandling;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.DoseResponse;
import org.cytobench.analysis.ExperimentAnalyzer;
import org.cytobench.analysis.ReplicateUnit;
import org.cytobench.plate.Experiment;
import org.cytobench.project.ProjectFiles;
import org.junit.jupiter.api.Test;

/** The caption and methods sentences say which n, design, scale and tests produced the numbers. */
class StatisticsTextTest {

    @Test
    void captionStatesTheNTheDesignAndTheTests() throws Exception {
        Experiment e = new ProjectFiles().open(Path.of("sample-data", "thymalfasin-pbmc.cytobench")).experiment();
        DoseResponse il6 = ExperimentAnalyzer.analyze(e, AnalysisSettings.DEFAULT).doseResponse("IL-6").orElseThrow();
        String c = StatisticsText.caption(il6, AnalysisSettings.DEFAULT);
        assertTrue(c.startsWith("n = 3 donor means per group; design: donor-blocked; linear scale"), c);
        assertTrue(c.contains("randomized-block ANOVA") && c.contains("paired t-tests") && c.contains("Satterthwaite"), c);
        String f = StatisticsText.family(il6.families().get(0));
        assertTrue(f.contains("randomized-block ANOVA F(3, 6) = 32.80") && f.contains("blocks (donors): D1, D2, D3"), f);

        AnalysisSettings wells = AnalysisSettings.DEFAULT.withReplicateUnit(ReplicateUnit.CULTURE_WELL).withLogScale(true);
        DoseResponse pooled = ExperimentAnalyzer.analyze(e, wells).doseResponse("IL-6").orElseThrow();
        String p = StatisticsText.caption(pooled, wells);
        assertTrue(p.startsWith("n = 8–9 culture wells per group; design: culture wells pooled (wells treated as independent); log10 scale"), p);
        assertTrue(p.contains("these p-values are too small"), p);
    }

    @Test
    void methodsSayHowOutOfRangeValuesEntered() {
        assertTrue(StatisticsText.censoring(AnalysisSettings.DEFAULT).contains("capped at ULOQ × dilution")
                && StatisticsText.censoring(AnalysisSettings.DEFAULT).contains("re-assayed at a higher dilution"));
        String x = StatisticsText.censoring(AnalysisSettings.DEFAULT.withAboveUloq(AboveUloqHandling.AS_EXTRAPOLATED));
        assertTrue(x.contains("extrapolated from the curve above the highest standard (flagged)"), x);
        assertTrue(!x.contains("never extrapolated"), x);
    }
}
