package org.cytobench.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cytobench.plate.FlowAssay;
import org.cytobench.project.Project;
import org.cytobench.ui.DocumentViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Map samples… on the simulated assay (54 samples whose wells come from WELL ID, none stored): the table starts from
 * the wells the flow view resolved; a swap of two wells is one undoable change that stores exactly those two wells.
 */
class SampleMappingViewModelTest {
    private final List<String> errors = new ArrayList<>();
    private Project project;
    private DocumentViewModel document;
    private FlowViewModel flow;

    @BeforeEach
    void setUp() {
        project = SimulatedFlowProject.create();
        document = new DocumentViewModel(project);
        flow = new FlowViewModel(document, Runnable::run, Runnable::run, (m, c) -> errors.add(m));
        flow.activate();
    }

    @Test
    void swappingTwoWellsIsOneUndoableChangeOfJustThoseSamples() {
        SampleMappingViewModel vm = new SampleMappingViewModel(document, 0, List.copyOf(flow.samples()));
        assertEquals(54, vm.rows().size());
        MappedFile a1 = vm.rows().get(0);
        assertEquals("A1", a1.well().label());
        assertEquals("D1", a1.donorProperty().get());
        assertEquals(1500, a1.events());
        assertFalse(vm.canConfirmProperty().get(), "nothing changed yet");

        MappedFile b1 = vm.rows().stream().filter(r -> r.name().equals("PBMC_Tcell_B01.fcs")).findFirst().orElseThrow();
        vm.setWell(a1, "B1");
        assertEquals("B1 also: PBMC_Tcell_B01.fcs", a1.problem());
        assertFalse(vm.canConfirmProperty().get());
        vm.setWell(b1, "A1");
        assertEquals("", a1.problem());
        assertEquals("Unstimulated + vehicle", a1.treatmentProperty().get());
        assertTrue(vm.canConfirmProperty().get());
        assertEquals(2, vm.confirm());

        FlowAssay a = document.experiment().flowAssays().get(0);
        assertEquals("B1", a.samples().get(0).cultureWell().label());
        int b1Index = flow.samples().stream().filter(s -> s.file().equals("PBMC_Tcell_B01.fcs")).findFirst().orElseThrow().index();
        assertEquals("A1", a.samples().get(b1Index).cultureWell().label());
        assertEquals(52, a.samples().stream().filter(s -> s.cultureWell() == null).count(), "the others keep their automatic mapping");
        assertEquals("B1", flow.samples().get(0).well().label(), "the flow view follows");
        assertEquals("Undo map 2 flow samples to culture wells", document.undoTextProperty().get());
        document.undo();
        assertSame(project, document.project());
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void aSampleWhoseKeywordsNameItsWellCannotBeLeftUnmapped() {
        SampleMappingViewModel vm = new SampleMappingViewModel(document, 0, List.copyOf(flow.samples()));
        MappedFile a1 = vm.rows().get(0);
        assertEquals(java.util.Optional.of("names its well (A1) in its keywords or file name, so it cannot be left unmapped: choose a well"),
                vm.setWell(a1, ""));
        assertEquals("A1", a1.well().label());
        assertFalse(vm.canConfirmProperty().get());
    }
}
