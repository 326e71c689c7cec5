package org.cytobench.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytobench.io.ImportResult;
import org.cytobench.io.SourceFile;
import org.cytobench.io.multiplex.MultiplexExportsDir;
import org.cytobench.plate.AssayRun;
import org.cytobench.project.Project;
import org.cytobench.ui.DocumentViewModel;
import org.cytobench.ui.culture.TemplateViewModel;
import org.junit.jupiter.api.Test;

/** The workbench's import of a multiplex export: one undoable edit adding a run per analyte, sharing the plate group. */
class MultiplexImportViewModelTest {

    private final DocumentViewModel doc = new DocumentViewModel(Project.of(new TemplateViewModel().build().orElseThrow()));

    @Test
    void importingTheThirtyPlexAddsThirtyRunsInOneUndoableStep() throws Exception {
        SourceFile f = MultiplexExportsDir.file("luminex-xponent/serolyzer_pone.0187901.s001.csv");
        ImportResult r = ImportViewModel.read(f, ImportViewModel.AUTO);
        ImportViewModel vm = new ImportViewModel(doc, f, r, 0);
        int before = doc.experiment().assays().size();
        assertTrue(vm.isMultiplex());
        assertEquals("", vm.problemProperty().get());
        assertTrue(vm.confirm());
        assertEquals(before + 30, doc.experiment().assays().size());
        AssayRun il10 = doc.experiment().assays().get(before + 3);
        assertEquals("plate_1", il10.plateGroup());
        assertEquals("IL10 Net MFI", il10.primaryRead());
        assertEquals(f.sha256(), doc.project().source(f.name()).orElseThrow().sha256());
        assertEquals("Undo import serolyzer_pone.0187901.s001.csv (30 analytes)", doc.undoTextProperty().get());
        doc.undo();
        assertEquals(before, doc.experiment().assays().size());
    }

    @Test
    void okUsesThePlateThePreviewReadInsteadOfReadingTheFileAgain() throws Exception {
        SourceFile f = MultiplexExportsDir.file("luminex-xponent/serolyzer_pone.0187901.s001.csv");
        ImportResult r = ImportViewModel.read(f, ImportViewModel.AUTO);
        ImportViewModel vm = new ImportViewModel(doc, f, r, 0);
        // a preview of the 62-plex handed over for this result: OK adds its 62 analytes, so it did not read the file again
        var read62 = MultiplexPreview.read(MultiplexExportsDir.file(
                "luminex-xponent/serolyzer_P1_SEROPED_PBT_62PLEX_PLATE1_03312023_RUN001.csv"), null, 0).plate();
        vm.previewRead(ImportViewModel.read(f, ImportViewModel.AUTO), 0, read62);
        int before = doc.experiment().assays().size();
        assertTrue(vm.confirm());
        assertEquals(before + 30, doc.experiment().assays().size(), "a preview of another result is ignored");
        doc.undo();
        vm.previewRead(r, 0, read62);
        assertTrue(vm.confirm());
        assertEquals(before + 62, doc.experiment().assays().size());
    }
}
