package org.cytobench.sampledata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.analysis.DoseComparison;
import org.cytobench.analysis.DoseResponse;
import org.cytobench.analysis.GroupStats;
import org.cytobench.analysis.ReplicateUnit;
import org.cytobench.flow.assay.FlowAssayResult;
import org.cytobench.flow.assay.FlowResults;
import org.cytobench.flow.assay.FlowSampleResult;
import org.cytobench.flow.assay.ReadoutValue;
import org.cytobench.flow.assay.SimulatedPbmcFlow;
import org.cytobench.io.SourceFile;
import org.cytobench.pdf.PdfContent;
import org.cytobench.plate.FlowAssay;
import org.cytobench.plate.Treatment;
import org.cytobench.project.Project;
import org.cytobench.project.ProjectFiles;
import org.cytobench.report.ExperimentOutputs;
import org.cytobench.report.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flow assay of the bundled sample experiment (sample-data/thymalfasin-pbmc.cytobench), the whole path: the embedded
 * FCS files are the seeded generator's output ({@link SimulatedPbmcFlow#SAMPLE}), the template lymphocytes → single cells
 * → live → CD3+ → CD4+/CD8+ → CD69+, CD25+ counts exactly the generator's own labels in every file, each treatment's mean
 * % CD69+/CD25+ lies within sampling error of the design, Dunnett against LPS + vehicle finds the designed effect, and
 * analyze writes the flow rows, dose figures and the report's flow section.
 */
class SampleDataFlowTest {
    static final Path PROJECT = SampleDataTest.DIR.resolve(SampleDataGenerator.PROJECT_FILE);
    private static Project project;
    private static List<SimulatedPbmcFlow.Sample> truth;
    private static FlowResults flow;

    @BeforeAll
    static void open() throws Exception {
        project = new ProjectFiles().open(PROJECT);
        truth = SimulatedPbmcFlow.generate(SimulatedPbmcFlow.SAMPLE);
        flow = FlowResults.of(project);
    }

    @Test
    void embeddedFcsFilesAreTheGeneratorsOutputMappedToTheirCultureWells() {
        assertEquals(1, project.experiment().flowAssays().size());
        FlowAssay a = project.experiment().flowAssays().get(0);
        assertEquals("T-cell activation", a.name());
        assertEquals(54, a.samples().size());
        assertEquals(project.experiment().culture().wells().keySet().stream().toList(),
                a.samples().stream().map(FlowAssay.FlowSample::cultureWell).toList());
        for (int i = 0; i < truth.size(); i++) {
            SimulatedPbmcFlow.Sample t = truth.get(i);
            assertEquals(t.file(), a.samples().get(i).sourceFile());
            SourceFile embedded = project.source(t.file()).orElseThrow();
            assertArrayEquals(t.fcs(), embedded.bytes(), t.file() + " is not the generator's output");
        }
        assertEquals(SimulatedPbmcFlow.gatingMl(SimulatedPbmcFlow.SAMPLE), a.gatingMl());
        assertEquals(SimulatedPbmcFlow.READOUT_LABELS, a.readouts().stream().map(FlowAssay.FlowReadout::label).toList());
        assertEquals(200, a.minEvents());
        assertTrue(Files.isRegularFile(PROJECT));
    }

    @Test
    void templateCountsTheGeneratorsLabelsInEveryFile() {
        FlowAssayResult r = flow.assays().get(0);
        assertEquals(54, r.samples().size());
        for (int i = 0; i < truth.size(); i++) {
            SimulatedPbmcFlow.Sample t = truth.get(i);
            FlowSampleResult s = r.samples().get(i);
            assertNull(s.problem(), s.file());
            assertEquals(t.well(), s.cultureWell());
            assertEquals(t.events(), s.events());
            for (int k = 0; k < 4; k++) {
                ReadoutValue v = s.values().get(k);
                assertEquals(t.positives()[k], v.count(), s.file() + " " + v.readout().label());
                assertEquals(t.parents()[k], v.parentCount(), s.file() + " parent of " + v.readout().label());
                assertEquals(t.parents()[k] < 200, v.tooFewEvents(), s.file());
            }
        }
        // only well A9 (400 events) has too few CD4+ and CD8+ cells; every other well has enough for every readout
        for (FlowSampleResult s : r.samples()) {
            boolean low = s.cultureWell().equals(SimulatedPbmcFlow.LOW_EVENT_WELL);
            for (ReadoutValue v : s.values()) assertEquals(low, v.tooFewEvents(), s.file() + " " + v.readout().label() + " " + v.parentCount());
        }
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("2024-11-14_Tcell_A09.fcs (A9): % CD69+ of CD4+ has only")), r.notes().toString());
    }

    /**
     * Each group's mean (of donor means) against the design (the donors' shifts average 0), within 4 standard errors of
     * the binomial sampling: a well's % has variance p(1 − p)/n over its n parent cells, a donor mean averages its usable
     * wells, the group mean its three donors.
     */
    @Test
    void groupMeansRecoverTheDesignWithinSamplingError() {
        var culture = project.experiment().culture();
        for (int k = 0; k < 4; k++) {
            DoseResponse d = flow.doseResponses().get(k);
            assertEquals(SimulatedPbmcFlow.READOUT_LABELS.get(k), d.analyte().name());
            assertEquals(ReplicateUnit.DONOR_BLOCKED, d.replicateUnit());
            assertEquals(6, d.groups().size());
            for (GroupStats g : d.groups()) {
                Map<String, List<double[]>> byDonor = new LinkedHashMap<>(); // donor -> {p, n} of its usable wells
                for (SimulatedPbmcFlow.Sample t : truth) {
                    Treatment tr = culture.treatment(t.well());
                    if (!tr.group().equals(g.group()) || t.parents()[k] < 200) continue;
                    byDonor.computeIfAbsent(tr.donor(), x -> new ArrayList<>()).add(new double[] {SimulatedPbmcFlow.design(k, tr), t.parents()[k]});
                }
                double expected = 0;
                double variance = 0;
                for (List<double[]> wells : byDonor.values()) {
                    for (double[] w : wells) {
                        expected += 100 * w[0] / wells.size() / byDonor.size();
                        variance += 1e4 * w[0] * (1 - w[0]) / w[1] / Math.pow(wells.size() * byDonor.size(), 2);
                    }
                }
                double se = Math.sqrt(variance);
                assertEquals(SimulatedPbmcFlow.DESIGN[k][SimulatedPbmcFlow.groupIndex(g.group())], expected, byDonor.get("D3").size() < 3 ? 1.01 : 1e-9,
                        "the design's group value (A9 lost: D3's shift weighs less)");
                assertTrue(se < 1.3, d.analyte().name() + " " + g.label() + " SE " + se);
                assertEquals(expected, g.summary().mean(), 4 * se, d.analyte().name() + " " + g.label());
            }
        }
    }

    @Test
    void dunnettAgainstLpsPlusVehicleFindsTheDesignedCd69Rise() {
        DoseResponse cd69 = flow.doseResponses().get(0);
        GroupStats vehicle = cd69.groups().stream().filter(g -> g.group().isVehicleControl() && !g.group().isUnstimulated()).findFirst().orElseThrow();
        assertEquals(18, vehicle.summary().mean(), 2);
        for (double dose : List.of(50.0, 100.0)) {
            GroupStats g = cd69.groups().stream().filter(x -> x.group().thymalfasinNgPerMl() == dose).findFirst().orElseThrow();
            DoseComparison c = cd69.comparison(g.group()).orElseThrow();
            assertTrue(g.summary().mean() > vehicle.summary().mean() + 5, g.label());
            assertTrue(c.dunnett().p() < 0.01, g.label() + " Dunnett p " + c.dunnett().p());
        }
    }

    @Test
    void analyzeWritesTheFlowRowsFiguresAndReportSection(@TempDir Path dir) throws Exception {
        ExperimentOutputs.Written w = ExperimentOutputs.write(project, dir, new ExperimentOutputs.Options(72, true), Progress.NONE);
        List<String> wells = Files.readAllLines(dir.resolve("wells.csv"), StandardCharsets.UTF_8);
        assertEquals(54 * 4, wells.stream().filter(l -> l.startsWith("T-cell activation,")).count());
        assertEquals(4, wells.stream().filter(l -> l.contains("2024-11-14_Tcell_A09.fcs") && l.contains("too few events")).count());
        List<String> groups = Files.readAllLines(dir.resolve("groups.csv"), StandardCharsets.UTF_8);
        for (String label : SimulatedPbmcFlow.READOUT_LABELS) {
            assertEquals(6 + 1, groups.stream().filter(l -> l.startsWith(label + ",")).count(), label + ": six groups and the note row");
        }
        for (String stem : List.of("dose-CD69-of-CD4", "dose-CD25-of-CD4", "dose-CD69-of-CD8", "dose-CD25-of-CD8")) {
            assertTrue(Files.exists(dir.resolve(stem + ".png")), stem);
        }
        String report = PdfContent.of(Files.readAllBytes(dir.resolve("report.pdf"))).text().replaceAll("\\s+", " ");
        if (Boolean.getBoolean("cytobench.dump")) Files.writeString(Path.of("target/sample-report.txt"), report);
        assertTrue(report.contains("Flow cytometry: T-cell activation"), "the flow section");
        assertTrue(report.contains("applied unchanged to every sample"), "the methods sentence");
        assertTrue(report.contains("Lymphocytes → Singlets → Live → CD3pos → {CD4pos → {CD4_CD69pos, CD4_CD25pos}, CD8pos → {CD8_CD69pos, CD8_CD25pos}}"),
                "the gating tree");
        assertTrue(report.contains("Dose response: % CD69+ of CD4+ (%)"), "the readout's dose-response section");
        assertTrue(report.contains("2024-11-14_Tcell_A09.fcs"));
        List<String> analytes = new ArrayList<>(List.of("IL-6", "TNF-α", "IL-10"));
        analytes.addAll(SimulatedPbmcFlow.READOUT_LABELS);
        assertEquals(analytes, w.analysis().doseResponses().stream().map(d -> d.analyte().name()).toList(), "the cytokines, then the flow readouts");
    }
}
