package org.cytobench.flow.assay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.DoseResponse;
import org.cytobench.analysis.GroupStats;
import org.cytobench.analysis.ReplicateUnit;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.FlowAssay;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.TreatmentGroup;
import org.cytobench.plate.WellPosition;
import org.cytobench.project.Project;
import org.cytobench.report.ExperimentOutputs;
import org.cytobench.report.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole flow path on the committed simulated files of the sample culture plate: wells mapped from WELL ID, one
 * Gating-ML template applied to all 54 samples, % CD69+/CD25+ of CD4+/CD8+ per culture well equal to the generator's
 * own counts, the low-event well flagged and left out, and the dose-response statistics (donor means, Dunnett against
 * LPS + vehicle) computed on exactly those values; then analyze's tables.
 */
class FlowAssayEndToEndTest {
    private static List<SimulatedPbmcFlow.Sample> truth;
    private static Project project;

    @BeforeAll
    static void setUp() throws IOException {
        truth = SimulatedPbmcFlow.generate();
        List<SourceFile> sources = new ArrayList<>();
        for (SimulatedPbmcFlow.Sample s : truth) sources.add(new SourceFile(s.file(), SimulatedPbmcFlowTest.resource(s.file())));
        CulturePlate culture = SimulatedPbmcFlow.culture();
        Experiment e = new Experiment("Thymalfasin T-cell activation", culture, List.of(), Map.of(), "", List.of(SimulatedPbmcFlow.assay()));
        project = new Project(e, AnalysisSettings.DEFAULT, sources);
    }

    @Test
    void everyWellsPercentagesAreTheGeneratorsCounts() {
        FlowAssayResult r = FlowResults.of(project).assays().get(0);
        assertEquals(54, r.samples().size());
        for (int i = 0; i < truth.size(); i++) {
            SimulatedPbmcFlow.Sample t = truth.get(i);
            FlowSampleResult s = r.samples().get(i);
            assertEquals(t.well(), s.cultureWell(), "mapped from WELL ID: " + s.file());
            assertNull(s.problem());
            for (int k = 0; k < 4; k++) {
                ReadoutValue v = s.values().get(k);
                assertEquals(t.positives()[k], v.count(), s.file() + " " + v.readout().label());
                assertEquals(t.parents()[k], v.parentCount(), s.file() + " parent of " + v.readout().label());
                assertEquals(t.percent(k), v.value(), 1e-12);
                assertEquals(t.parents()[k] < 200, v.tooFewEvents());
            }
        }
        FlowSampleResult low = r.samples().stream().filter(s -> s.cultureWell().equals(SimulatedPbmcFlow.LOW_EVENT_WELL)).findFirst().orElseThrow();
        assertEquals(300, low.events());
        assertTrue(low.values().get(0).tooFewEvents(), "300 events leave about 120 CD4+ cells: flagged");
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("PBMC_Tcell_A09.fcs (A9): % CD69+ of CD4+ has only")), r.notes().toString());
    }

    @Test
    void doseResponseUsesDonorMeansOfTheUsableWells() {
        FlowResults flow = FlowResults.of(project);
        assertEquals(4, flow.doseResponses().size());
        CulturePlate culture = project.experiment().culture();
        for (int k = 0; k < 4; k++) {
            DoseResponse d = flow.doseResponses().get(k);
            assertEquals(SimulatedPbmcFlow.READOUT_LABELS.get(k), d.analyte().name());
            assertEquals("%", d.analyte().unit());
            // every group has the same donors: the default design blocks them (decision 0004)
            assertEquals(ReplicateUnit.DONOR_BLOCKED, d.replicateUnit());
            Map<TreatmentGroup, Map<String, List<Double>>> byGroupDonor = new TreeMap<>();
            for (SimulatedPbmcFlow.Sample t : truth) {
                if (t.parents()[k] < 200) continue;
                Treatment tr = culture.treatment(t.well());
                byGroupDonor.computeIfAbsent(tr.group(), g -> new LinkedHashMap<>()).computeIfAbsent(tr.donor(), x -> new ArrayList<>()).add(t.percent(k));
            }
            assertEquals(6, d.groups().size());
            for (GroupStats g : d.groups()) {
                double[] donorMeans = byGroupDonor.get(g.group()).values().stream()
                        .mapToDouble(l -> l.stream().mapToDouble(Double::doubleValue).average().orElseThrow()).toArray();
                assertEquals(3, g.summary().n(), g.label());
                assertEquals(java.util.Arrays.stream(donorMeans).average().orElseThrow(), g.summary().mean(), 1e-9, d.analyte().name() + " " + g.label());
            }
        }
        // the design (CD69+ of CD4+: 18 % with LPS + vehicle, 35 % with LPS + 100 ng/mL) is recovered and is significant
        DoseResponse cd69 = flow.doseResponses().get(0);
        GroupStats top = cd69.groups().stream().filter(g -> g.group().thymalfasinNgPerMl() == 100).findFirst().orElseThrow();
        GroupStats vehicle = cd69.groups().stream().filter(g -> g.group().isVehicleControl() && !g.group().isUnstimulated()).findFirst().orElseThrow();
        assertEquals(35, top.summary().mean(), 3);
        assertEquals(18, vehicle.summary().mean(), 3);
        assertTrue(cd69.comparison(top.group()).orElseThrow().dunnett().p() < 0.01, "Dunnett vs LPS + vehicle");
    }

    @Test
    void analyzeWritesFlowRowsIntoWellsAndGroups(@TempDir Path dir) throws Exception {
        ExperimentOutputs.Written w = ExperimentOutputs.write(project, dir, new ExperimentOutputs.Options(72, true), Progress.NONE);
        List<String> groups = Files.readAllLines(dir.resolve("groups.csv"), StandardCharsets.UTF_8);
        long cd69Rows = groups.stream().filter(l -> l.startsWith("% CD69+ of CD4+,") || l.startsWith("\"% CD69+ of CD4+\",")).count();
        // six treatment groups, and the analyte's note row (groups.csv gives every analyte note a row) naming the population
        assertEquals(6 + 1, cd69Rows, String.join("\n", groups));
        assertTrue(groups.stream().anyMatch(l -> l.startsWith("% CD69+ of CD4+,,") && l.contains("percent-of-parent of population")),
                String.join("\n", groups));
        List<String> wells = Files.readAllLines(dir.resolve("wells.csv"), StandardCharsets.UTF_8);
        assertEquals(1 + 54 * 4, wells.size(), "header + one row per sample and readout");
        assertTrue(wells.stream().anyMatch(l -> l.contains("PBMC_Tcell_A09.fcs") && l.contains("too few events")));
        assertTrue(Files.size(dir.resolve("report.pdf")) > 0);
        assertTrue(w.files().stream().anyMatch(f -> f.getFileName().toString().startsWith("dose-")), w.files().toString());
        assertEquals(4, w.analysis().doseResponses().size());
    }
}
