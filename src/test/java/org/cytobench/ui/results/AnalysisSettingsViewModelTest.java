package org.cytobench.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.BelowLloqHandling;
import org.cytobench.analysis.ErrorBars;
import org.cytobench.plate.CulturePlates;
import org.cytobench.plate.Experiment;
import org.cytobench.project.Project;
import org.cytobench.ui.DocumentViewModel;
import org.junit.jupiter.api.Test;

class AnalysisSettingsViewModelTest {

    private final DocumentViewModel doc = new DocumentViewModel(Project.of(Experiment.of("t", CulturePlates.pbmcStimulation())));
    private final AnalysisSettingsViewModel vm = new AnalysisSettingsViewModel(doc);

    @Test
    void startsFromTheDocumentsSettingsAndEditsThemUndoably() {
        assertEquals(AnalysisSettings.DEFAULT.belowLloq(), vm.belowLloqProperty().get());
        vm.belowLloqProperty().set(BelowLloqHandling.EXCLUDE);
        vm.errorBarsProperty().set(ErrorBars.SEM);
        assertEquals(BelowLloqHandling.EXCLUDE, doc.project().analysisSettings().belowLloq());
        assertEquals(ErrorBars.SEM, doc.project().analysisSettings().errorBars());
        assertEquals("Undo error bars: mean ± SEM", doc.undoTextProperty().get());
        assertTrue(vm.description().contains("excluded"), vm.description());
        doc.undo();
        doc.undo();
        assertEquals(AnalysisSettings.DEFAULT, doc.project().analysisSettings());
        assertEquals(AnalysisSettings.DEFAULT.belowLloq(), vm.belowLloqProperty().get(), "the form follows undo");
        vm.includeFailedPlatesProperty().set(true);
        assertTrue(doc.project().analysisSettings().includeFailedPlates());
        vm.logScaleProperty().set(true);
        assertTrue(doc.project().analysisSettings().logScale());
        assertEquals("Undo statistics on the log10 scale", doc.undoTextProperty().get());
        assertTrue(vm.description().contains("log10 scale"), vm.description());
        vm.replicateUnitProperty().set(org.cytobench.analysis.ReplicateUnit.DONOR_BLOCKED);
        assertEquals(org.cytobench.analysis.ReplicateUnit.DONOR_BLOCKED, doc.project().analysisSettings().replicateUnit());
    }
}
