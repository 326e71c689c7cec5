package org.cytobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.cytobench.plate.CulturePlates;
import org.cytobench.plate.Experiment;
import org.cytobench.project.Project;
import org.junit.jupiter.api.Test;

class DocumentViewModelTest {

    private final Project start = Project.of(Experiment.of("PBMC run 7", CulturePlates.pbmcStimulation()));

    @Test
    void titleShowsTheNameAndAnUnsavedMark() {
        DocumentViewModel d = new DocumentViewModel(start);
        assertEquals("Cytobench — PBMC run 7", d.titleProperty().get());
        d.apply("Rename", e -> e.withName("Run 8"));
        assertEquals("Cytobench — Run 8*", d.titleProperty().get());
        d.markSaved(Path.of("/tmp/run8.cytobench"), d.project());
        assertEquals("Cytobench — run8.cytobench", d.titleProperty().get());
        assertFalse(d.isDirty());
    }

    @Test
    void undoingBackToTheSavedStateClearsTheUnsavedMark() {
        DocumentViewModel d = new DocumentViewModel(start);
        d.apply("Write notes", e -> e.withNotes("donor 2 cells looked stressed"));
        assertTrue(d.isDirty());
        assertEquals("Undo write notes", d.undoTextProperty().get());
        d.undo();
        assertFalse(d.isDirty());
        assertSame(start, d.project());
        assertEquals("Redo write notes", d.redoTextProperty().get());
        d.redo();
        assertEquals("donor 2 cells looked stressed", d.experiment().notes());
        assertTrue(d.isDirty());
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        DocumentViewModel d = new DocumentViewModel(start);
        d.apply("Same name", e -> e.withName("PBMC run 7"));
        assertFalse(d.canUndoProperty().get());
        assertFalse(d.isDirty());
    }

    @Test
    void savingAnOlderSnapshotLeavesLaterEditsUnsaved() {
        DocumentViewModel d = new DocumentViewModel(start);
        d.apply("a", e -> e.withNotes("a"));
        Project written = d.project();
        d.apply("b", e -> e.withNotes("b"));
        d.markSaved(Path.of("x.cytobench"), written);
        assertTrue(d.isDirty());
        d.undo();
        assertFalse(d.isDirty());
    }

    @Test
    void replacingTheDocumentClearsHistory() {
        DocumentViewModel d = new DocumentViewModel(start);
        d.apply("a", e -> e.withNotes("a"));
        d.replace(Project.of(MainViewModel.blankExperiment()), null);
        assertFalse(d.canUndoProperty().get());
        assertFalse(d.isDirty());
        assertEquals("Cytobench — Untitled experiment", d.titleProperty().get());
    }
}
