package org.cytobench.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.cytobench.io.ImportResult;
import org.cytobench.io.SampleExportsDir;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;
import org.cytobench.project.Project;
import org.cytobench.ui.DocumentViewModel;
import org.cytobench.ui.culture.TemplateViewModel;
import org.junit.jupiter.api.Test;

/** The layout a plate-reader export states, offered by the import preview and applied with the readings in one edit. */
class FileLayoutImportTest {

    static final Path IL6 = Path.of("sample-data", "2024-11-14_IL-6_Gen5.txt");

    private static WellPosition w(String s) { return WellPosition.parse(s); }

    /** An experiment whose only assay plate has no wells laid out yet. */
    static Experiment withEmptyPlate() {
        AssayPlate empty = new AssayPlate("IL-6 plate", PlateFormat.WELLS_96, new Analyte("IL-6", "pg/mL"), Map.of());
        return Experiment.of("e", CulturePlate.empty("Culture plate", PlateFormat.WELLS_96)).withAssay(AssayRun.of(empty));
    }

    @Test
    void anEmptyPlateTakesTheGen5LayoutWithTheReadingsInOneUndoableEdit() throws Exception {
        DocumentViewModel doc = new DocumentViewModel(Project.of(withEmptyPlate()));
        SourceFile f = SourceFile.read(IL6);
        ImportResult r = ImportViewModel.read(f, ImportViewModel.AUTO);
        ImportViewModel vm = new ImportViewModel(doc, f, r, 0);
        assertTrue(vm.fileLayout().isPresent());
        assertTrue(vm.useFileLayoutProperty().get(), "offered by default: the plate is empty");
        assertTrue(vm.fileLayoutText().startsWith("Use the layout from the file: "), vm.fileLayoutText());
        assertTrue(vm.confirm());
        AssayPlate l = doc.experiment().assays().get(0).layout();
        // the bundled IL-6 export: STD1 1000 in A11, A12; CTL1 40 in A10; SPL1 at Dil 20 in A1
        assertEquals(WellRole.STANDARD, l.well(w("A11")).role());
        assertEquals(1000.0, l.well(w("A12")).nominalConcentration());
        assertEquals(WellRole.QC, l.well(w("A10")).role());
        assertEquals(40.0, l.well(w("A10")).nominalConcentration());
        assertEquals(WellRole.SAMPLE, l.well(w("A1")).role());
        assertEquals(20.0, l.well(w("A1")).dilutionFactor());
        assertEquals("IL-6 plate", l.name());
        assertEquals(r.plates().get(0), doc.experiment().assays().get(0).readings());
        assertEquals("Undo import 2024-11-14_IL-6_Gen5.txt into IL-6 plate with the file's layout", doc.undoTextProperty().get());
        doc.undo();
        assertTrue(doc.experiment().assays().get(0).layout().wells().isEmpty(), "one undo takes layout and readings back");
        assertNull(doc.experiment().assays().get(0).readings());
    }

    @Test
    void aPlateAlreadyLaidOutKeepsItsLayoutUnlessAsked() throws Exception {
        DocumentViewModel doc = new DocumentViewModel(Project.of(new TemplateViewModel().build().orElseThrow()));
        AssayPlate before = doc.experiment().assays().get(0).layout();
        SourceFile f = SourceFile.read(IL6);
        ImportViewModel vm = new ImportViewModel(doc, f, ImportViewModel.read(f, ImportViewModel.AUTO), 0);
        assertTrue(vm.fileLayout().isPresent());
        assertFalse(vm.useFileLayoutProperty().get(), "never overwrites a layout by default");
        assertTrue(vm.confirm());
        assertEquals(before, doc.experiment().assays().get(0).layout());

        vm.useFileLayoutProperty().set(true);
        assertTrue(vm.confirm());
        assertEquals(1000.0, doc.experiment().assays().get(0).layout().well(w("A11")).nominalConcentration());
    }

    @Test
    void softMaxGroupsLayTheirStandardsAndDilutionsOut() throws Exception {
        DocumentViewModel doc = new DocumentViewModel(Project.of(withEmptyPlate()));
        SourceFile f = SampleExportsDir.file("molecular-devices-softmax/smp_elisa_prothrombinF12_1plate_450_620_excel_resaved_latin1.txt");
        ImportViewModel vm = new ImportViewModel(doc, f, ImportViewModel.read(f, ImportViewModel.AUTO), 0);
        assertTrue(vm.useFileLayoutProperty().get());
        assertTrue(vm.confirm(), vm.problemProperty().get());
        AssayPlate l = doc.experiment().assays().get(0).layout();
        assertEquals(3000.0, l.well(w("A3")).nominalConcentration());
        assertEquals(46.875, l.well(w("G1")).nominalConcentration());
        assertEquals(WellRole.ZERO_STANDARD, l.well(w("H2")).role());
        assertEquals(10.0, l.well(w("B4")).dilutionFactor());
        assertEquals("P1", l.well(w("B4")).label());
    }

    @Test
    void aFileWithoutALayoutOffersNone() throws Exception {
        DocumentViewModel doc = new DocumentViewModel(Project.of(withEmptyPlate()));
        SourceFile f = SampleExportsDir.file("biotek-gen5/gen5_synergyH1_abs450_OVRFLW_MISSED_simulated.txt");
        ImportViewModel vm = new ImportViewModel(doc, f, ImportViewModel.read(f, ImportViewModel.AUTO), 0);
        assertTrue(vm.fileLayout().isEmpty());
        assertFalse(vm.useFileLayoutProperty().get());
        assertEquals("", vm.fileLayoutText());
    }
}
