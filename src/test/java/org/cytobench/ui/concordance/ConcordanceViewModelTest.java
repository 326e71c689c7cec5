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

    /** The Bio-Plex 13-plex: IL-1b's well with FI 1960.8, whose Obs Conc the file gives as 37.53 (checked by hand). */
    @Test
    void findsBioPlexObservedConcentrations() throws Exception {
        org.cytobench.io.SourceFile f = org.cytobench.io.multiplex.MultiplexExportsDir.file("bio-rad-bioplex/labkey_pnLINCO20070302A.xlsx");
        var plate = org.cytobench.io.multiplex.MultiplexImporters.importFile(f, null).plates().get(0);
        var e = org.cytobench.multiplex.MultiplexImport.addTo(org.cytobench.plate.Experiment.of("13-plex",
                org.cytobench.plate.CulturePlate.empty("culture", org.cytobench.plate.PlateFormat.WELLS_96)),
                org.cytobench.multiplex.MultiplexImport.toAssayRuns(plate, f.name(), null, org.cytobench.analysis.BeadCountRule.DEFAULT));
        Project bioplex = Project.of(e).withSource(f);
        List<AnalyteConcordance> list = ConcordanceTable.of(bioplex, ExperimentAnalyzer.analyze(e, bioplex.analysisSettings()));
        AnalyteConcordance il1b = ConcordanceViewModel.find(list, e.assays(), 0);
        assertEquals("IL-1b", il1b.analyte());
        assertEquals("Logistic - 4PL", il1b.vendorModel());
        WellConcordance w = il1b.wells().stream().filter(x -> x.signal() != null && x.signal() == 1960.8).findFirst().orElseThrow();
        assertEquals(37.53, w.vendor(), 0);
        assertTrue(ConcordanceViewModel.summary(il1b).startsWith(il1b.compared() + " wells compared"));
    }
}
