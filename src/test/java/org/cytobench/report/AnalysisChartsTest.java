package org.cytobench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.DoseResponse;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.ExperimentAnalyzer;
import org.cytobench.analysis.GroupStats;
import org.cytobench.chart.dose.DoseFigureSettings;
import org.cytobench.chart.dose.DosePanelData;
import org.cytobench.plate.Experiment;
import org.cytobench.project.ProjectFiles;
import org.junit.jupiter.api.Test;

/** The dose panels the figure draws, from the bundled sample's analysis. */
class AnalysisChartsTest {

    private static Experiment sample() throws Exception {
        return new ProjectFiles().open(Path.of("sample-data", "thymalfasin-pbmc.cytobench")).experiment();
    }

    @Test
    void onTheLogScaleTheErrorBarsAreTheGeometricSpreadNotMissing() throws Exception {
        ExperimentAnalysis a = ExperimentAnalyzer.analyze(sample(), AnalysisSettings.DEFAULT.withLogScale(true));
        DoseResponse d = a.doseResponses().get(0);
        DosePanelData panel = AnalysisCharts.dosePanel(d, a.settings());
        int checked = 0;
        for (DosePanelData.Group g : panel.groups()) {
            assertTrue(g.geometric());
            GroupStats stats = d.groups().stream()
                    .filter(s -> AnalysisCharts.category(s.group()).equals(g.category()) && s.group().stimulus().equals(g.stimulus()))
                    .findFirst().orElseThrow();
            if (stats.n() < 2) continue;
            assertEquals(stats.logSummary().sd(), g.sd(), 0);
            double hi = g.upper(DoseFigureSettings.Error.SD);
            assertEquals(stats.summary().mean() * Math.pow(10, stats.logSummary().sd()), hi, 1e-9 * hi);
            assertTrue(g.lower(DoseFigureSettings.Error.SD) > 0, "a geometric bar never reaches zero");
            checked++;
        }
        assertTrue(checked > 0);
    }

    @Test
    void onTheLinearScaleTheyAreMeanPlusMinusSd() throws Exception {
        ExperimentAnalysis a = ExperimentAnalyzer.analyze(sample(), AnalysisSettings.DEFAULT);
        DosePanelData.Group g = AnalysisCharts.dosePanel(a.doseResponses().get(0), a.settings()).groups().get(1);
        assertFalse(g.geometric());
        assertEquals(g.mean() + g.sd(), g.upper(DoseFigureSettings.Error.SD), 0);
    }

    @Test
    void theCurvesResponseIsAnOdOnlyForAPlateReadersWavelength() throws Exception {
        var run = sample().assays().get(0);
        assertEquals("OD ELISA:450 − ELISA:570 (blank-subtracted)", AnalysisCharts.responseLabel(run, true));
        var bead = new org.cytobench.plate.AssayRun(run.layout(), run.readings(), "IL10 Net MFI", null, run.sourceFile(), run.masks())
                .withPlateGroup("plate_1");
        assertEquals("IL10 Net MFI", AnalysisCharts.responseLabel(bead, false));
        assertEquals("IL10 Net MFI (blank-subtracted)", AnalysisCharts.responseLabel(bead, true));
        var fluorescence = new org.cytobench.plate.AssayRun(run.layout(), run.readings(), "RFU 485/528", null, run.sourceFile(), run.masks());
        assertEquals("RFU 485/528", AnalysisCharts.responseLabel(fluorescence, false));
    }

    @Test
    void theReportsMultiplexHeatMapOutlinesTheWellsUnderTheBeadMinimum() throws Exception {
        var project = org.cytobench.testsupport.ThirtyPlex.project();
        var il10 = project.experiment().assays().stream().filter(r -> r.layout().analyte().name().equals("IL10")).findFirst().orElseThrow();
        // IL10's lowest counts: H5 222, A6 226 (the file's Count table); at 230 they are outlined, at the default 50 none
        var at230 = AnalysisSettings.DEFAULT.withBeadCount(new org.cytobench.analysis.BeadCountRule(230, false));
        assertTrue(subtitles(AnalysisCharts.heatMap(il10, at230)).contains("red outline: fewer than 230 beads"));
        assertFalse(subtitles(AnalysisCharts.heatMap(il10, AnalysisSettings.DEFAULT)).contains("red outline"));
        var elisa = sample().assays().get(0);
        assertFalse(subtitles(AnalysisCharts.heatMap(elisa, at230)).contains("red outline"), "an ELISA plate has no beads");
    }

    private static String subtitles(org.jfree.chart.JFreeChart c) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < c.getSubtitleCount(); i++) {
            if (c.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) s.append(t.getText()).append('\n');
        }
        return s.toString();
    }
}
