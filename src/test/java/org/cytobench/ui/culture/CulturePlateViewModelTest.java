package org.cytobench.ui.culture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.CulturePlates;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Stimulus;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.WellPosition;
import org.cytobench.ui.DocumentViewModel;
import org.cytobench.ui.MainViewModel;
import org.cytobench.project.Project;
import org.junit.jupiter.api.Test;

class CulturePlateViewModelTest {

    private final DocumentViewModel doc = new DocumentViewModel(Project.of(MainViewModel.blankExperiment()));
    private final CulturePlateViewModel vm = new CulturePlateViewModel(doc);

    private static WellPosition w(String label) { return WellPosition.parse(label); }

    @Test
    void assignsTheFormTreatmentToTheSelectedWells() {
        vm.selection().addAll(List.of(w("B1"), w("B2"), w("B3")));
        vm.stimulusKindProperty().set(Stimulus.Kind.LPS);
        vm.lpsConcentrationProperty().set("100");
        vm.doseProperty().set("50");
        vm.donorProperty().set("D2");
        assertTrue(vm.assignToSelection());
        Treatment t = doc.experiment().culture().treatment(w("B2"));
        assertEquals(Treatment.of(Stimulus.lps(100), 50, true, "D2"), t);
        assertEquals(3, doc.experiment().culture().wells().size());
        assertEquals("Undo assign LPS 100 ng/mL + Tα1 50 ng/mL to 3 wells", doc.undoTextProperty().get());
        doc.undo();
        assertTrue(doc.experiment().culture().wells().isEmpty());
    }

    @Test
    void refusesAnInvalidDoseWithAPlainMessageAndChangesNothing() {
        vm.selection().add(w("A1"));
        vm.doseProperty().set("fifty");
        assertFalse(vm.assignToSelection());
        assertEquals("Thymalfasin dose must be a number, not 'fifty'", vm.formErrorProperty().get());
        assertFalse(doc.canUndoProperty().get());
    }

    @Test
    void fillsReplicatesToTheRightAndFlagsSingleReplicates() {
        vm.selection().add(w("C1"));
        vm.stimulusKindProperty().set(Stimulus.Kind.ANTI_CD3_CD28);
        vm.doseProperty().set("0");
        vm.donorProperty().set("D1");
        vm.assignToSelection();
        assertEquals(List.of("anti-CD3/anti-CD28 + vehicle, donor D1: only one replicate (C1)"), vm.warnings());
        assertTrue(vm.isWarned(w("C1")));
        vm.replicatesProperty().set(3);
        vm.fillReplicatesRight();
        CulturePlate p = doc.experiment().culture();
        assertEquals(p.treatment(w("C1")), p.treatment(w("C3")));
        assertNull(p.treatment(w("C4")));
        assertTrue(vm.warnings().isEmpty());
        assertFalse(vm.isWarned(w("C1")));
    }

    @Test
    void warnsWhenADoseHasNoVehicleControl() {
        vm.selection().addAll(List.of(w("A1"), w("A2")));
        vm.doseProperty().set("10");
        vm.assignToSelection();
        assertEquals(List.of("LPS 100 ng/mL + Tα1 10 ng/mL: no vehicle control with LPS 100 ng/mL to compare against"), vm.warnings());
    }

    @Test
    void legendHasOneColourPerTreatmentGroupOfTheTemplate() {
        doc.replace(Project.of(Experiment.of("t", CulturePlates.pbmcStimulation(3, List.of(10.0, 50.0, 100.0)))), null);
        List<CulturePlateViewModel.LegendEntry> legend = vm.legend();
        assertEquals(6, legend.size());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), legend.stream().map(CulturePlateViewModel.LegendEntry::colour).toList());
        assertTrue(legend.stream().allMatch(e -> e.wells() == 9 && e.donors().equals(List.of("D1", "D2", "D3"))));
        assertTrue(vm.warnings().isEmpty());
    }

    @Test
    void refusesToShrinkTo96WellsWhenWellsWouldFallOff() {
        assertTrue(vm.changeFormat(PlateFormat.WELLS_384));
        vm.selection().add(w("P24"));
        vm.assignToSelection();
        assertFalse(vm.changeFormat(PlateFormat.WELLS_96));
        assertEquals(PlateFormat.WELLS_384, doc.experiment().culture().format());
        assertTrue(vm.formErrorProperty().get().contains("P24"));
    }

    @Test
    void selectingOneAssignedWellLoadsItsTreatmentIntoTheForm() {
        doc.replace(Project.of(Experiment.of("t", CulturePlates.pbmcStimulation())), null);
        vm.selection().add(w("E5")); // row E = LPS + 50 ng/mL, donor 2
        assertEquals(Stimulus.Kind.LPS, vm.stimulusKindProperty().get());
        assertEquals("50", vm.doseProperty().get());
        assertEquals("D2", vm.donorProperty().get());
    }

    @Test
    void copiedNamesThatWouldRunAsFormulasAreNeutralised() {
        vm.selection().add(w("B1"));
        vm.stimulusKindProperty().set(Stimulus.Kind.LPS);
        vm.lpsConcentrationProperty().set("100");
        vm.doseProperty().set("50");
        vm.donorProperty().set("=cmd|' /C calc'!A0");
        assertTrue(vm.assignToSelection());
        String row = vm.selectionTsv().lines().toList().get(1);
        assertEquals(List.of("B1", "LPS 100 ng/mL", "50", "yes", "'=cmd|' /C calc'!A0"), List.of(row.split("\t")).subList(0, 5), row);
    }

}
