package org.cytobench.ui.culture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;
import org.junit.jupiter.api.Test;

class TemplateViewModelTest {

    @Test
    void buildsTheReferenceProtocolWithOneAssayPlatePerCytokine() {
        TemplateViewModel vm = new TemplateViewModel();
        vm.dosesProperty().set("10; 50 100");
        Experiment e = vm.build().orElseThrow();
        assertEquals(List.of(10.0, 50.0, 100.0), vm.parsedDoses());
        assertEquals(54, e.culture().wells().size()); // 3 donors × 6 groups × 3 replicates
        assertEquals(List.of("IL-6", "TNF-α", "IL-10"), e.assays().stream().map(r -> r.layout().analyte().name()).toList());
        AssayPlate p = e.assays().get(0).layout();
        assertEquals(1000.0, p.well(WellPosition.parse("A11")).nominalConcentration());
        assertEquals(15.625, p.well(WellPosition.parse("G12")).nominalConcentration());
        assertEquals(WellRole.ZERO_STANDARD, p.well(WellPosition.parse("H11")).role());
        assertEquals(List.of(WellPosition.parse("F9")), p.well(WellPosition.parse("F9")).cultureWells());
        assertEquals(54 + 16, p.wells().size());
    }

    @Test
    void fourDonorsPutTheStandardsInRowsGAndH() {
        TemplateViewModel vm = new TemplateViewModel();
        vm.donorsProperty().set(4);
        AssayPlate p = vm.build().orElseThrow().assays().get(0).layout();
        assertEquals(1000.0, p.well(WellPosition.parse("G1")).nominalConcentration());
        assertEquals(WellRole.ZERO_STANDARD, p.well(WellPosition.parse("H8")).role());
        assertEquals(WellRole.SAMPLE, p.well(WellPosition.parse("F12")).role());
    }

    @Test
    void explainsInvalidDoses() {
        TemplateViewModel vm = new TemplateViewModel();
        vm.dosesProperty().set("10, abc");
        assertEquals("'abc' is not a dose in ng/mL.", vm.errorProperty().get());
        assertTrue(vm.build().isEmpty());
        vm.dosesProperty().set("0, 10");
        assertTrue(vm.errorProperty().get().startsWith("Thymalfasin doses must be > 0"));
        vm.dosesProperty().set("1 2 3 4 5 6");
        assertEquals("The template holds 1 to 5 thymalfasin doses.", vm.errorProperty().get());
    }
}
