package org.cytobench.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cytobench.flow.FlowEvents;
import org.cytobench.flow.assay.FcsImportFiles;
import org.cytobench.flow.fcs.FcsWriter;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.CulturePlates;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.FlowAssay;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.WellPosition;
import org.cytobench.project.Project;
import org.cytobench.ui.DocumentViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FCS import dialog's state on the committed simulated files (WELL ID keywords), on files named after their well,
 * and with files that do not read: per-file mapping, donor and treatment from the culture plate, wells mapped twice,
 * wells typed by hand, and a confirm that embeds exactly the good files (SHA-256 of their bytes) in one undoable change.
 */
class FlowImportViewModelTest {
    private static final Path SIMULATED = SimulatedFlowProject.DIR;
    private static final Path CORRUPT = Path.of("..", "shared", "flow-exports", "fcs", "fcsparser_corrupted_corrupted.fcs");
    private final CulturePlate culture = CulturePlates.pbmcStimulation();
    private final DocumentViewModel document = new DocumentViewModel(Project.of(Experiment.of("Thymalfasin", culture)));

    @TempDir Path dir;

    private FlowImportViewModel read(List<Path> files, int target) {
        return new FlowImportViewModel(document, FcsImportFiles.read(files, culture.format(), (d, t, f) -> {}, () -> false), target);
    }

    private static Path simulated(String well) { return SIMULATED.resolve("PBMC_Tcell_" + well + ".fcs"); }

    @Test
    void mapsEverySimulatedFileToTheWellItsWellIdKeywordNames() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(SIMULATED)) { files = s.filter(p -> p.toString().endsWith(".fcs")).sorted().toList(); }
        FlowImportViewModel vm = read(files, FlowImportViewModel.NEW_ASSAY);
        assertEquals(54, vm.rows().size());
        assertTrue(vm.rejected().isEmpty());
        for (MappedFile r : vm.rows()) {
            WellPosition expected = WellPosition.parse(r.name().replaceAll(".*_([A-H])0?(\\d+)\\.fcs", "$1$2"));
            assertEquals(expected, r.well(), r.name());
            Treatment t = culture.treatment(expected);
            assertEquals(t.donor(), r.donorProperty().get(), r.name());
            assertEquals(t.group().label(), r.treatmentProperty().get(), r.name());
            assertEquals("", r.problem(), r.name());
            assertEquals(r.name().equals("PBMC_Tcell_A09.fcs") ? 300 : 1500, r.events(), r.name());
            assertTrue(r.cytometer().startsWith("simulated (Cytobench test generator, seed 20261201)"), r.cytometer());
        }
        assertEquals("A1", vm.rows().get(0).well().label());
        assertEquals("D1", vm.rows().get(0).donorProperty().get());
        assertEquals("Unstimulated", vm.rows().get(0).treatmentProperty().get());
        assertTrue(vm.canConfirmProperty().get());
        assertTrue(vm.templateProperty().get().origin().startsWith("Protocol default"), vm.templateProperty().get().origin());
    }

    @Test
    void filesWithoutWellKeywordsAreMappedFromTheirNamesOrLeftUnmapped() throws Exception {
        Path named = write("Specimen_001_B7_B07.fcs", Map.of());
        Path hts = write("Sample_Well_C02.fcs", Map.of("TUBE NAME", "tube 4"));
        Path none = write("tube 3.fcs", Map.of());
        Path outside = write("Plate1_H12.fcs", Map.of());
        FlowImportViewModel vm = read(List.of(named, hts, none, outside), FlowImportViewModel.NEW_ASSAY);
        assertEquals("B7", vm.rows().get(0).well().label());
        assertEquals("D3", vm.rows().get(0).donorProperty().get());
        assertEquals("C2", vm.rows().get(1).well().label(), "a TUBE NAME that is no well label falls back to the name");
        assertNull(vm.rows().get(2).well());
        assertEquals("not mapped", vm.rows().get(2).problem());
        assertEquals("H12", vm.rows().get(3).well().label());
        assertEquals("H12: no treatment on the culture plate", vm.rows().get(3).problem());
        assertEquals("1 file is not mapped: listed in the assay but not analysed", vm.hintProperty().get());
        assertTrue(vm.canConfirmProperty().get(), "unmapped files may be imported");
    }

    @Test
    void filesThatDoNotReadAreListedWithTheirReasonAndLeftOut() throws Exception {
        Path cut = dir.resolve("cut_A04.fcs");
        byte[] whole = Files.readAllBytes(simulated("A04"));
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path empty = Files.write(dir.resolve("empty.fcs"), new byte[0]);
        List<Path> good = List.of(simulated("A01"), simulated("B02"), simulated("C03"));
        FlowImportViewModel vm = read(List.of(good.get(0), cut, good.get(1), empty, good.get(2)), FlowImportViewModel.NEW_ASSAY);
        assertEquals(List.of("PBMC_Tcell_A01.fcs", "PBMC_Tcell_B02.fcs", "PBMC_Tcell_C03.fcs"), vm.rows().stream().map(MappedFile::name).toList());
        assertEquals(List.of("cut_A04.fcs", "empty.fcs"), vm.rejected().stream().map(FcsImportFiles.Rejected::file).toList());
        for (FcsImportFiles.Rejected r : vm.rejected()) assertFalse(r.reason().isBlank(), r.toString());
        assertTrue(vm.rejected().get(0).reason().contains("past the end of the file"), vm.rejected().get(0).reason());

        Project before = document.project();
        assertEquals(0, vm.confirm());
        Project after = document.project();
        assertEquals(3, after.sources().size(), "exactly the good files are embedded");
        for (Path p : good) {
            SourceFile s = after.source(p.getFileName().toString()).orElseThrow();
            assertEquals(sha256(Files.readAllBytes(p)), s.sha256(), p.toString());
        }
        FlowAssay a = after.experiment().flowAssays().get(0);
        assertEquals("T-cell activation", a.name());
        assertEquals(List.of("A1", "B2", "C3"), a.samples().stream().map(s -> s.cultureWell().label()).toList());
        assertEquals(4, a.readouts().size());
        assertTrue(a.gatingMl().contains("CD4_CD69pos"));
        assertEquals("Undo import 3 FCS files", document.undoTextProperty().get());
        document.undo();
        assertSame(before, document.project(), "one undo restores the project");
    }

    @Test
    void theSharedCorruptFileIsRefusedWithTheReadersReason() throws Exception {
        assumeTrue(Files.isRegularFile(CORRUPT), "../shared/flow-exports is not present");
        Path copy = Files.copy(CORRUPT, dir.resolve(CORRUPT.getFileName()));
        FlowImportViewModel vm = read(List.of(copy, simulated("A02")), FlowImportViewModel.NEW_ASSAY);
        assertEquals(1, vm.rows().size());
        assertEquals(1, vm.rejected().size());
        String expected;
        try {
            org.cytobench.flow.fcs.FcsReader.read(copy);
            throw new AssertionError("the corrupt file read");
        } catch (org.cytobench.flow.fcs.FlowFileException e) {
            expected = e.problem();
        }
        assertEquals(expected, vm.rejected().get(0).reason());
        vm.confirm();
        assertEquals(List.of("PBMC_Tcell_A02.fcs"), document.project().sources().stream().map(SourceFile::name).toList());
    }

    @Test
    void aWellMappedTwiceBlocksTheImportUntilOneIsChangedByHand() throws Exception {
        Path rerun = Files.copy(simulated("A01"), dir.resolve("rerun.fcs"));
        FlowImportViewModel vm = read(List.of(simulated("A01"), rerun), FlowImportViewModel.NEW_ASSAY);
        MappedFile second = vm.rows().get(1);
        assertEquals("A1 also: rerun.fcs", vm.rows().get(0).problem());
        assertEquals("A1 also: PBMC_Tcell_A01.fcs", second.problem());
        assertFalse(vm.canConfirmProperty().get());
        assertEquals("2 files share a culture well: give each its own well", vm.summaryProperty().get());

        assertEquals(Optional.of("\"Z99\" is not a well label (e.g. B7)"), vm.setWell(second, "Z99"));
        assertEquals(Optional.of("H12 has no treatment on the culture plate"), vm.setWell(second, "H12"));
        assertEquals("A1", second.well().label(), "a refused label keeps the well");
        assertEquals(Optional.empty(), vm.setWell(second, " b04 "));
        assertEquals("B4", second.well().label());
        assertEquals("D2", second.donorProperty().get());
        assertEquals("", vm.rows().get(0).problem());
        assertTrue(vm.canConfirmProperty().get());
        vm.confirm();
        assertEquals(List.of("A1", "B4"), document.experiment().flowAssays().get(0).samples().stream().map(s -> s.cultureWell().label()).toList());
    }

    @Test
    void filesAddedToAnExistingAssayKeepItsGatesAndMeetItsWells() throws Exception {
        read(List.of(simulated("A01"), simulated("A02")), FlowImportViewModel.NEW_ASSAY).confirm();
        String gates = document.experiment().flowAssays().get(0).gatingMl();
        Path other = Files.copy(simulated("A02"), dir.resolve("second_tube.fcs"));
        FlowImportViewModel vm = read(List.of(simulated("A02"), simulated("A03"), other), 0);
        assertEquals(0, vm.targetProperty().get());
        // the same file again replaces its sample, so only the new file competes for its well
        assertEquals("A2 also: second_tube.fcs", vm.rows().get(0).problem());
        assertEquals("", vm.rows().get(1).problem());
        assertEquals("A2 also: PBMC_Tcell_A02.fcs", vm.rows().get(2).problem());
        assertTrue(vm.setWell(vm.rows().get(2), "").isPresent(), "its WELL ID would map it to A2 again when analysed");
        assertEquals(java.util.Optional.empty(), vm.setWell(vm.rows().get(2), "A4"));
        assertTrue(vm.canConfirmProperty().get());
        assertEquals(0, vm.confirm());
        FlowAssay a = document.experiment().flowAssays().get(0);
        assertEquals(1, document.experiment().flowAssays().size());
        assertEquals(gates, a.gatingMl());
        assertEquals(List.of("PBMC_Tcell_A01.fcs", "PBMC_Tcell_A02.fcs", "PBMC_Tcell_A03.fcs", "second_tube.fcs"),
                a.samples().stream().map(FlowAssay.FlowSample::sourceFile).toList());
        assertEquals("A4", a.samples().get(3).cultureWell().label());
        assertEquals(4, document.project().sources().size());
    }

    @Test
    void anExistingSampleMappedOnlyByItsKeywordsHoldsItsWell() throws Exception {
        Project simulated = SimulatedFlowProject.create();
        DocumentViewModel doc = new DocumentViewModel(simulated);
        Map<WellPosition, List<String>> wells = org.cytobench.flow.assay.FlowSampleWells.of(simulated, simulated.experiment().flowAssays().get(0));
        assertEquals(54, wells.size(), "no well stored, every one from WELL ID");
        assertEquals(List.of("PBMC_Tcell_A01.fcs"), wells.get(WellPosition.parse("A1")));
        Path retube = Files.copy(simulated("A01"), dir.resolve("retube.fcs"));
        FlowImportViewModel vm = new FlowImportViewModel(doc, FcsImportFiles.read(List.of(retube), culture.format(), (d, t, f) -> {}, () -> false),
                0, List.of(wells));
        assertEquals("A1 also: PBMC_Tcell_A01.fcs", vm.rows().get(0).problem());
        assertFalse(vm.canConfirmProperty().get());
    }

    @Test
    void aGatingMlFileReplacesTheDefaultTemplateAndItsLeafGatesAreReported() throws Exception {
        FlowImportViewModel vm = read(List.of(simulated("A01")), FlowImportViewModel.NEW_ASSAY);
        Path gates = SIMULATED.resolve("tcell-gates.xml");
        vm.useTemplate(FlowImportViewModel.readTemplate("tcell-gates.xml", Files.readAllBytes(gates)));
        assertEquals("Gates of tcell-gates.xml (Gating-ML).", vm.templateProperty().get().origin());
        vm.confirm();
        FlowAssay a = document.experiment().flowAssays().get(0);
        assertEquals(Files.readString(gates), a.gatingMl());
        assertEquals(List.of("% CD4_CD69pos of CD4pos", "% CD4_CD25pos of CD4pos", "% CD8_CD69pos of CD8pos", "% CD8_CD25pos of CD8pos"),
                a.readouts().stream().map(FlowAssay.FlowReadout::label).toList());
    }

    @Test
    void filesWithoutThePanelsMarkersGetNoDefaultButCanJoinAnExistingAssay() throws Exception {
        read(List.of(simulated("A01")), FlowImportViewModel.NEW_ASSAY).confirm();
        List<String> ch = List.of("FSC-A", "SSC-A", "FL1-A");
        byte[] fcs = FcsWriter.write(new FlowEvents(ch, new double[3][2]), java.util.Arrays.asList(null, null, "CD19"),
                new double[] {1024, 1024, 1024}, new LinkedHashMap<>(Map.of("WELL ID", "B01")), FcsWriter.DataType.INT16);
        Path bcell = Files.write(dir.resolve("bcell.fcs"), fcs);
        FlowImportViewModel vm = read(List.of(bcell), FlowImportViewModel.NEW_ASSAY);
        assertNull(vm.templateProperty().get());
        assertEquals("bcell.fcs: the default T-cell template needs CD3, CD4, CD8, CD69 or CD25 (as $PnN for scatter, $PnS for markers); "
                + "choose a Gating-ML file or FlowJo workspace instead", vm.templateProblemProperty().get());
        assertFalse(vm.canConfirmProperty().get());
        vm.targetProperty().set(0);
        assertTrue(vm.canConfirmProperty().get(), "an existing assay brings its own gates");
    }

    /** A small FCS 3.1 file with the test panel's channels and the given keywords (no WELL ID). */
    private Path write(String name, Map<String, String> keywords) throws Exception {
        List<String> ch = List.of("FSC-A", "SSC-A", "PerCP-Cy5-5-A", "FITC-A", "APC-A", "PE-A", "BV421-A");
        double[][] data = new double[ch.size()][3];
        for (double[] d : data) d[1] = 500;
        byte[] fcs = FcsWriter.write(new FlowEvents(ch, data), List.of("FSC", "SSC", "CD3", "CD4", "CD8", "CD69", "CD25"),
                new double[] {1024, 1024, 1024, 1024, 1024, 1024, 1024}, new LinkedHashMap<>(keywords), FcsWriter.DataType.INT16);
        return Files.write(dir.resolve(name), fcs);
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
