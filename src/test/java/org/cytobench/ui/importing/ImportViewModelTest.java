package org.cytobench.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.WellPosition;
import org.cytobench.project.Project;
import org.cytobench.ui.DocumentViewModel;
import org.cytobench.ui.culture.TemplateViewModel;
import org.junit.jupiter.api.Test;

class ImportViewModelTest {

    static final Path IL6 = Path.of("sample-data", "2024-11-14_IL-6_Gen5.txt");

    private final DocumentViewModel doc = new DocumentViewModel(Project.of(new TemplateViewModel().build().orElseThrow()));

    @Test
    void previewsTheSampleExportAndLandsOnlyWhenConfirmed() throws Exception {
        SourceFile f = SourceFile.read(IL6);
        ImportResult r = ImportViewModel.read(f, ImportViewModel.AUTO);
        ImportViewModel vm = new ImportViewModel(doc, f, r, 2);
        assertEquals("gen5-text", r.format());
        assertEquals(0, vm.targetProperty().get(), "the file name names IL-6, the first plate");
        assertTrue(vm.primaryReadProperty().get().contains("450"), vm.primaryReadProperty().get());
        assertTrue(vm.referenceReadProperty().get().contains("570"), vm.referenceReadProperty().get());
        assertEquals("OVRFLW", vm.primary().orElseThrow().marker(WellPosition.parse("C5")));
        assertEquals("", vm.problemProperty().get());
        assertNull(doc.experiment().assays().get(0).readings(), "nothing lands before confirming");

        assertTrue(vm.confirm());
        AssayRun run = doc.experiment().assays().get(0);
        assertEquals(r.plates().get(0), run.readings());
        assertEquals(vm.primaryReadProperty().get(), run.primaryRead());
        assertEquals(f.name(), run.sourceFile());
        assertEquals(f.sha256(), doc.project().source(f.name()).orElseThrow().sha256());
        assertEquals("Undo import 2024-11-14_IL-6_Gen5.txt into IL-6", doc.undoTextProperty().get());
        doc.undo();
        assertNull(doc.experiment().assays().get(0).readings());
        assertTrue(doc.project().sources().isEmpty());
    }

    @Test
    void refusesTheSameReadAsReference() throws Exception {
        SourceFile f = SourceFile.read(IL6);
        ImportViewModel vm = new ImportViewModel(doc, f, ImportViewModel.read(f, ImportViewModel.AUTO), 0);
        vm.referenceReadProperty().set(vm.primaryReadProperty().get());
        assertEquals("The reference read must differ from the read used.", vm.problemProperty().get());
        assertFalse(vm.confirm());
    }

    @Test
    void aFileNoImporterReadsFailsWithTheImportersSentence() {
        SourceFile junk = new SourceFile("notes.txt", "shopping list: milk, eggs\n".getBytes(StandardCharsets.UTF_8));
        ImportException e = assertThrows(ImportException.class, () -> ImportViewModel.read(junk, ImportViewModel.AUTO));
        assertTrue(e.getMessage().startsWith("notes.txt"), e.getMessage());
    }

    @Test
    void aKineticFileOffersEndpointReductionsAndTimePoints() {
        WellPosition a1 = WellPosition.parse("A1");
        org.cytobench.plate.KineticRead k = new org.cytobench.plate.KineticRead("450", 450.0, java.util.List.of(0.0, 60.0, 120.0),
                java.util.Map.of(a1, java.util.List.of(0.10, 0.30, 0.50)), java.util.Map.of());
        org.cytobench.plate.PlateData kinetic = new org.cytobench.plate.PlateData("Plate 1", 8, 12, java.util.List.of(), java.util.List.of(k));
        SourceFile f = new SourceFile("IL-6 kinetic.txt", "x".getBytes(StandardCharsets.UTF_8));
        ImportViewModel vm = new ImportViewModel(doc, f, new ImportResult(f.name(), "gen5-text", java.util.List.of(kinetic), java.util.List.of()), 0);
        assertEquals(java.util.List.of("450 (last read)", "450 (mean slope per min)", "450 (max slope per min, 3 points)",
                "450 (read 1, 0 s)", "450 (read 2, 60 s)"), vm.readNames());
        assertEquals("450 (last read)", vm.primaryReadProperty().get());
        assertEquals(0.50, vm.primary().orElseThrow().value(a1), 1e-12);
        vm.primaryReadProperty().set("450 (mean slope per min)");
        assertEquals(0.20, vm.primary().orElseThrow().value(a1), 1e-12, "0.2 OD per minute");
        assertTrue(vm.confirm(), vm.problemProperty().get());
        assertEquals(0.20, doc.experiment().assays().get(0).readings().read("450 (mean slope per min)").orElseThrow().value(a1), 1e-12);
    }
}
