package org.cytobench.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytobench.io.ImportResult;
import org.cytobench.io.SourceFile;
import org.cytobench.io.multiplex.MultiplexExportsDir;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;
import org.cytobench.project.Project;
import org.cytobench.ui.DocumentViewModel;
import org.cytobench.ui.assay.AssayPlateViewModel;
import org.cytobench.ui.culture.TemplateViewModel;
import org.junit.jupiter.api.Test;

/**
 * The Bio-Plex XML export through the workbench: one run per bead region in one undoable step; its standards have no
 * concentrations (the file's are all 0), and entering the series once on one analyte lays it out for all fifteen.
 */
class BioPlexXmlImportViewModelTest {

    @Test
    void importsFifteenRunsAndTheStandardSeriesIsEnteredOnceForThePlate() throws Exception {
        DocumentViewModel doc = new DocumentViewModel(Project.of(new TemplateViewModel().build().orElseThrow()));
        SourceFile f = MultiplexExportsDir.file("bio-rad-bioplex/allotropy_bio-rad_bio-plex_manager_example_01.xml");
        ImportResult r = ImportViewModel.read(f, ImportViewModel.AUTO);
        ImportViewModel vm = new ImportViewModel(doc, f, r, 0);
        int before = doc.experiment().assays().size();
        assertTrue(vm.isMultiplex());
        assertTrue(vm.confirm());
        assertEquals(before + 15, doc.experiment().assays().size());
        AssayRun echo = doc.experiment().assays().get(before + 4);
        assertEquals("555", echo.plateGroup());
        assertEquals("echo FI - Bkgd", echo.primaryRead());
        assertEquals(WellRole.BLANK, echo.layout().well(WellPosition.parse("B12")).role());
        assertEquals(WellRole.EMPTY, echo.layout().well(WellPosition.parse("A1")).role(), "S1 has no concentration in the file");
        assertEquals("Undo import allotropy_bio-rad_bio-plex_manager_example_01.xml (15 analytes)", doc.undoTextProperty().get());

        // S1–S11 sit in A1–A11 and B1–B11: a two-fold series from 10000 across rows A and B, once, for the plate
        AssayPlateViewModel plate = new AssayPlateViewModel(doc);
        plate.selectPlate(before + 4);
        plate.selection().addAll(java.util.List.of(WellPosition.parse("A1"), WellPosition.parse("B1")));
        plate.topProperty().set("10000");
        plate.levelsProperty().set(11);
        plate.zeroStandardProperty().set(false);
        plate.standardsDownProperty().set(false);
        assertTrue(plate.assignStandards(), plate.formErrorProperty().get());
        for (int k = 0; k < 15; k++) {
            var l = doc.experiment().assays().get(before + k).layout();
            assertEquals(10000.0, l.well(WellPosition.parse("B1")).nominalConcentration(), "analyte " + k);
            assertEquals(10000.0 / 1024, l.well(WellPosition.parse("A11")).nominalConcentration(), 1e-9);
            assertEquals(WellRole.SAMPLE, l.well(WellPosition.parse("C5")).role());
        }
        assertTrue(doc.undoTextProperty().get().endsWith("(all 15 analytes of plate 555)"), doc.undoTextProperty().get());
    }
}
