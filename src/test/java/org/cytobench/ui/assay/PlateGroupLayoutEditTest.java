package org.cytobench.ui.assay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;
import org.cytobench.project.Project;
import org.cytobench.ui.DocumentViewModel;
import org.junit.jupiter.api.Test;

/** A multiplex plate's layout is edited once for all analytes of its group, in one undoable step; masks stay per analyte. */
class PlateGroupLayoutEditTest {

    private static WellPosition w(String s) { return WellPosition.parse(s); }

    /**
     * Plate P1 with three analytes whose standard in B1 has each analyte's own concentration (as a vendor's file gives
     * them), and an ELISA plate of its own.
     */
    static Experiment multiplexExperiment() {
        Experiment e = Experiment.of("e", CulturePlate.empty("Culture plate", PlateFormat.WELLS_96));
        double[] own = {100, 250, 40};
        String[] names = {"IL-6", "IL-10", "TNF-a"};
        for (int k = 0; k < 3; k++) {
            AssayPlate p = new AssayPlate("P1", PlateFormat.WELLS_96, new Analyte(names[k], "pg/mL"), Map.of(w("B1"), AssayWell.standard(own[k])));
            e = e.withAssay(new AssayRun(p, null, null, null, "p1.csv", Map.of(), "P1", null));
        }
        return e.withAssay(AssayRun.of(new AssayPlate("ELISA IL-2", PlateFormat.WELLS_96, new Analyte("IL-2", "pg/mL"), Map.of())));
    }

    private static AssayWell well(DocumentViewModel doc, int run, String well) {
        return doc.experiment().assays().get(run).layout().well(w(well));
    }

    @Test
    void anEditOnOneAnalyteAppliesToEveryAnalyteOfThePlateInOneUndo() {
        DocumentViewModel doc = new DocumentViewModel(Project.of(multiplexExperiment()));
        AssayPlateViewModel vm = new AssayPlateViewModel(doc);
        vm.selectPlate(1);
        assertEquals(List.of(0, 1, 2), vm.editedRuns());
        assertEquals("Layout edits apply to all 3 analytes of plate P1; masks stay per analyte.", vm.scopeText());

        vm.selection().addAll(List.of(w("A1"), w("A2")));
        assertTrue(vm.assignBlank());
        for (int r = 0; r < 3; r++) assertEquals(WellRole.BLANK, well(doc, r, "A2").role(), "run " + r);
        assertEquals(WellRole.EMPTY, well(doc, 3, "A2").role(), "the ELISA plate is not in the group");
        assertEquals("Undo mark 2 wells as blank (all 3 analytes of plate P1)", doc.undoTextProperty().get());
        // wells the edit did not touch keep each analyte's own standard concentration
        assertEquals(100.0, well(doc, 0, "B1").nominalConcentration());
        assertEquals(250.0, well(doc, 1, "B1").nominalConcentration());
        assertEquals(40.0, well(doc, 2, "B1").nominalConcentration());

        vm.selection().clear();
        vm.selection().addAll(List.of(w("C1"), w("C2")));
        vm.sampleDilutionProperty().set("4");
        assertTrue(vm.assignSamples());
        for (int r = 0; r < 3; r++) {
            assertEquals(4.0, well(doc, r, "C2").dilutionFactor());
            assertEquals(List.of(w("C2")), well(doc, r, "C2").cultureWells());
        }
        vm.selection().clear();
        vm.selection().add(w("D1"));
        vm.topProperty().set("500");
        vm.levelsProperty().set(3);
        vm.zeroStandardProperty().set(true);
        assertTrue(vm.assignStandards());
        for (int r = 0; r < 3; r++) {
            assertEquals(500.0, well(doc, r, "D1").nominalConcentration());
            assertEquals(125.0, well(doc, r, "F1").nominalConcentration());
            assertEquals(WellRole.ZERO_STANDARD, well(doc, r, "G1").role());
        }
        vm.rename("Plate one");
        for (int r = 0; r < 3; r++) assertEquals("Plate one", doc.experiment().assays().get(r).layout().name());
        assertEquals("ELISA IL-2", doc.experiment().assays().get(3).layout().name());

        doc.undo(); // the rename
        doc.undo(); // the standards
        for (int r = 0; r < 3; r++) assertEquals(WellRole.EMPTY, well(doc, r, "D1").role(), "one undo takes the edit back on every analyte");
        assertEquals(4.0, well(doc, 2, "C2").dilutionFactor());
    }

    @Test
    void thisAnalyteOnlyLeavesTheOthersAndMasksAlwaysStayPerAnalyte() {
        DocumentViewModel doc = new DocumentViewModel(Project.of(multiplexExperiment()));
        AssayPlateViewModel vm = new AssayPlateViewModel(doc);
        vm.selectPlate(2);
        vm.wholePlateGroupProperty().set(false);
        assertEquals(List.of(2), vm.editedRuns());
        assertEquals("Layout edits apply to TNF-a only, not to the other 2 analytes of plate P1.", vm.scopeText());
        vm.selection().add(w("B1"));
        vm.qcConcentrationProperty().set("30");
        assertTrue(vm.assignQc());
        assertEquals(WellRole.QC, well(doc, 2, "B1").role());
        assertEquals(WellRole.STANDARD, well(doc, 0, "B1").role());
        assertEquals("Undo mark 1 well as QC", doc.undoTextProperty().get());

        assertTrue(vm.maskSelection("clumped beads"));
        assertTrue(doc.experiment().assays().get(2).isMasked(w("B1")));
        assertFalse(doc.experiment().assays().get(1).isMasked(w("B1")), "a mask is the analyte's, never the plate's");

        vm.selectPlate(0);
        assertTrue(vm.wholePlateGroupProperty().get(), "each plate starts with the whole group");
        vm.selectPlate(3);
        assertEquals(List.of(3), vm.editedRuns());
        assertEquals("", vm.scopeText(), "an ELISA plate says nothing about groups");
    }

    @Test
    void changedWellsAreTheWellsWhoseRoleOrValuesDiffer() {
        AssayPlate a = new AssayPlate("P", PlateFormat.WELLS_96, new Analyte("IL-6", "pg/mL"),
                Map.of(w("A1"), AssayWell.BLANK, w("A2"), AssayWell.standard(10)));
        AssayPlate b = a.withWell(w("A1"), AssayWell.EMPTY).withWell(w("A2"), AssayWell.standard(20)).withWell(w("A3"), AssayWell.BLANK);
        Map<WellPosition, AssayWell> d = AssayPlateViewModel.changedWells(a, b);
        assertEquals(Map.of(w("A1"), AssayWell.EMPTY, w("A2"), AssayWell.standard(20), w("A3"), AssayWell.BLANK), d);
        assertTrue(AssayPlateViewModel.changedWells(a, a).isEmpty());
    }
}
