package org.cytobench.ui.concordance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cytobench.analysis.ExperimentAnalyzer;
import org.cytobench.multiplex.AnalyteConcordance;
import org.cytobench.multiplex.WellConcordance;
import org.cytobench.project.Project;
import org.cytobench.report.ConcordanceTable;
import org.cytobench.testsupport.ThirtyPlex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the Concordance tab shows for IL10 of the 30-plex xPONENT plate; the numbers are those of concordance.csv. */
class ConcordanceViewModelTest {

    private static Project project;
    private static List<AnalyteConcordance> all;

    @BeforeAll
    static void compare() throws Exception {
        project = ThirtyPlex.project();
        all = ConcordanceTable.of(project, ExperimentAnalyzer.analyze(project.experiment(), project.analysisSettings()));
    }

    @Test
    void findsTheRunsAnalyteInItsPlate() {
        AnalyteConcordance il10 = ConcordanceViewModel.find(all, project.experiment().assays(), 3);
        assertEquals("IL10", il10.analyte());
        assertEquals("plate_1", il10.plate());
        assertNull(ConcordanceViewModel.find(all, project.experiment().assays(), 99));
    }

    @Test
    void summarisesIl10AsConcordanceCsvDoes() {
        AnalyteConcordance il10 = ConcordanceViewModel.find(all, project.experiment().assays(), 3);
        // concordance.csv's IL10 analyte row: 94 compared, median 0.6399 %, max 50.05 %, 17 differing by status
        assertEquals("94 wells compared · median |difference| 0.640 % · max 50.1 % · 17 wells differ by status (in range for one only)",
                ConcordanceViewModel.summary(il10));
        assertEquals("Logistic 5P", il10.vendorModel());
        assertTrue(il10.vendorEquation().startsWith("MFI = 0.816535778517361 + (24472.230728556"), il10.vendorEquation());
        assertEquals("5pl 1/y2", il10.cytobenchModel());
        assertTrue(ConcordanceViewModel.refitSummary(il10).endsWith("max |difference| to the vendor 1.29E-06 %"),
                ConcordanceViewModel.refitSummary(il10));
    }

    @Test
    void wellRowsCarryBothConcentrations() {
        AnalyteConcordance il10 = ConcordanceViewModel.find(all, project.experiment().assays(), 3);
        // Standard1 (A2): Net MFI 19448, the vendor's 21257.70 (read by hand in the file), Cytobench extrapolates above the ULOQ
        WellConcordance a2 = il10.wells().stream().filter(w -> w.well().label().equals("A2")).findFirst().orElseThrow();
        assertEquals(19448, a2.signal(), 0);
        assertEquals(21257.70, a2.vendor(), 0.005);
        assertEquals("extrapolated", a2.cytobenchStatus());
        assertTrue(a2.statusDiffers());
        assertEquals("2.09 %", ConcordanceViewModel.percent(a2.relativeDifference()));
        // Control1 (B1, dilution 2): vendor 6544.73, Cytobench 6453.47 (−1.39 %)
        WellConcordance b1 = il10.wells().stream().filter(w -> w.well().label().equals("B1")).findFirst().orElseThrow();
        assertEquals(6544.7325506269, b1.vendor(), 1e-9);
        assertEquals(6453.47, b1.cytobench(), 0.01);
        assertEquals("-1.39 %", ConcordanceViewModel.percent(b1.relativeDifference()));
        assertEquals("—", ConcordanceViewModel.percent((Double) null));
    }
}
