package org.cytobench.ui.assay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.CulturePlates;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;
import org.cytobench.ui.DocumentViewModel;
import org.cytobench.ui.grid.WellRectangle;
import org.cytobench.project.Project;
import org.junit.jupiter.api.Test;

class AssayPlateViewModelTest {

    private final DocumentViewModel doc = new DocumentViewModel(Project.of(Experiment.of("t", CulturePlates.pbmcStimulation())));
    private final AssayPlateViewModel vm = new AssayPlateViewModel(doc);

    private static WellPosition w(String s) { return WellPosition.parse(s); }

    @Test
    void addsAPlateThatMirrorsTheCulturePlate() {
        assertEquals(0, vm.addPlate(Analyte.IL_6, PlateFormat.WELLS_96, true));
        assertEquals(1, vm.addPlate(Analyte.IL_6, PlateFormat.WELLS_96, false));
        assertEquals("IL-6 (2)", doc.experiment().assays().get(1).layout().name());
        AssayPlate p = doc.experiment().assays().get(0).layout();
        assertEquals(54, p.wells().size());
        assertEquals(List.of(w("B4")), p.well(w("B4")).cultureWells());
    }

    @Test
    void fillsStandardsDownTheSelectedColumns() {
        vm.addPlate(Analyte.IL_6, PlateFormat.WELLS_96, true);
        vm.selection().addAll(WellRectangle.between(w("A11"), w("A12")));
        vm.topProperty().set("1000");
        vm.dilutionStepProperty().set("2");
        vm.levelsProperty().set(7);
        assertTrue(vm.assignStandards());
        AssayPlate p = vm.plate();
        assertEquals(500.0, p.well(w("B12")).nominalConcentration());
        assertEquals(15.625, p.well(w("G11")).nominalConcentration());
        assertEquals(WellRole.ZERO_STANDARD, p.well(w("H12")).role());
        assertTrue(vm.warnings().isEmpty(), vm.warnings().toString());
    }

    @Test
    void fillsStandardsAcrossRowsAndRefusesWhenTheyDoNotFit() {
        vm.addPlate(Analyte.IL_10, PlateFormat.WELLS_96, false);
        vm.standardsDownProperty().set(false);
        vm.selection().addAll(List.of(w("G1"), w("H1")));
        assertTrue(vm.assignStandards());
        assertEquals(1000.0, vm.plate().well(w("H1")).nominalConcentration());
        assertEquals(WellRole.ZERO_STANDARD, vm.plate().well(w("G8")).role());
        vm.selection().clear();
        vm.selection().add(w("A6"));
        assertFalse(vm.assignStandards());
        assertEquals("8 standard wells do not fit right of column 6 (the plate has 12 columns).", vm.formErrorProperty().get());
    }

    @Test
    void marksBlanksSamplesWithDilutionAndQc() {
        vm.addPlate(Analyte.TNF_ALPHA, PlateFormat.WELLS_96, false);
        vm.selection().add(w("H1"));
        vm.assignBlank();
        vm.selection().clear();
        vm.selection().add(w("A1"));
        vm.sampleDilutionProperty().set("2");
        vm.assignSamples();
        vm.selection().clear();
        vm.selection().add(w("H2"));
        vm.qcConcentrationProperty().set("250");
        vm.assignQc();
        AssayPlate p = vm.plate();
        assertEquals(WellRole.BLANK, p.well(w("H1")).role());
        assertEquals(2.0, p.well(w("A1")).dilutionFactor());
        assertEquals(250.0, p.well(w("H2")).nominalConcentration());
        assertEquals(List.of("No standards: select wells and use Standards to fill a series."), vm.warnings());
    }

    @Test
    void copiesTheLayoutOfAnotherPlateKeepingNameAndAnalyte() {
        vm.addPlate(Analyte.IL_6, PlateFormat.WELLS_96, true);
        vm.selection().add(w("H12"));
        vm.assignBlank();
        vm.addPlate(Analyte.IL_10, PlateFormat.WELLS_96, false);
        assertTrue(vm.copyLayoutFrom(0));
        AssayPlate p = vm.plate();
        assertEquals("IL-10", p.name());
        assertEquals(Analyte.IL_10, p.analyte());
        assertEquals(doc.experiment().assays().get(0).layout().wells(), p.wells());
        vm.addPlate(Analyte.IL_2, PlateFormat.WELLS_384, false);
        assertFalse(vm.copyLayoutFrom(0));
    }

    @Test
    void masksAndUnmasksTheSelectedWellsWithAReasonInOneUndoableStep() {
        vm.addPlate(Analyte.IL_6, PlateFormat.WELLS_96, true);
        vm.selection().addAll(List.of(w("A1"), w("A2")));
        assertFalse(vm.maskSelection(" "));
        assertEquals("Masking needs a reason.", vm.formErrorProperty().get());
        assertTrue(vm.maskSelection("bubble"));
        assertEquals("bubble", vm.run().masks().get(w("A2")).reason());
        assertEquals("Undo mask 2 wells (bubble)", doc.undoTextProperty().get());
        vm.selection().remove(w("A1"));
        assertTrue(vm.unmaskSelection());
        assertTrue(vm.run().isMasked(w("A1")));
        assertFalse(vm.run().isMasked(w("A2")));
        doc.undo();
        doc.undo();
        assertTrue(vm.run().masks().isEmpty());
    }

    @Test
    void warnsAboutSamplesOfUnusedCultureWellsAndWellsSampledTwice() {
        vm.addPlate(Analyte.IL_6, PlateFormat.WELLS_96, false);
        vm.selection().add(w("H12"));
        vm.assignSamples();
        assertTrue(vm.isWarned(w("H12")));
        assertTrue(vm.warnings().contains("Sample H12 comes from culture well H12, which has no treatment."));
    }

    @Test
    void copiedLabelsThatWouldRunAsFormulasAreNeutralised() {
        vm.addPlate(Analyte.TNF_ALPHA, PlateFormat.WELLS_96, false);
        vm.selection().add(w("H2"));
        vm.qcConcentrationProperty().set("250");
        vm.qcLabelProperty().set("@SUM(1+1)");
        vm.assignQc();
        assertEquals("Well\tRole\tNominal\tCulture well\tDilution\tLabel\nH2\tqc\t250\t\t1\t'@SUM(1+1)\n", vm.selectionTsv());
    }

}
