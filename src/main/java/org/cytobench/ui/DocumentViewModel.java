package org.cytobench.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cytobench.plate.Experiment;
import org.cytobench.project.Project;

/**
 * The open document ({@link Project}: the experiment, the analysis settings and the embedded raw exports): its current
 * immutable snapshot, the file it lives in, undo/redo, and whether it has unsaved changes. Every edit in every screen
 * goes through {@link #apply} or {@link #applyProject} so that undo covers all of them.
 */
public final class DocumentViewModel {

    static final int UNDO_LIMIT = 200;

    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyObjectWrapper<Experiment> experiment = new ReadOnlyObjectWrapper<>(this, "experiment");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");

    private UndoHistory<Project> history;
    /** The snapshot last saved or opened; identity comparison, so undoing back to it clears the unsaved mark. */
    private Project saved;

    /** The name shown while a read-only document (the bundled sample) is open; null otherwise. */
    private String readOnlyName;

    public DocumentViewModel(Project initial) {
        replace(initial, null);
    }

    public ReadOnlyObjectProperty<Project> projectProperty() { return project.getReadOnlyProperty(); }
    public Project project() { return project.get(); }

    public ReadOnlyObjectProperty<Experiment> experimentProperty() { return experiment.getReadOnlyProperty(); }
    public Experiment experiment() { return experiment.get(); }
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    public Path file() { return file.get(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public boolean isDirty() { return dirty.get(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    public ReadOnlyStringProperty undoTextProperty() { return undoText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty redoTextProperty() { return redoText.getReadOnlyProperty(); }
    /** "Cytobench — name.cytobench*": the window title, with * while there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }

    /** Opens a new or loaded document: history is cleared and the document counts as saved. */
    public void replace(Project next, Path from) {
        readOnlyName = null;
        history = new UndoHistory<>(Objects.requireNonNull(next), UNDO_LIMIT);
        saved = next;
        file.set(from);
        publish();
    }

    /**
     * Opens a document that has no file of its own and must not be written back (the sample packed in the program): the
     * title shows {@code name}, and Save asks where, like a new document. Saving it elsewhere ends the read-only state.
     */
    public void replaceReadOnly(Project next, String name) {
        replace(next, null);
        readOnlyName = Objects.requireNonNull(name);
        publish();
    }

    /** Whether the open document is a read-only one ({@link #replaceReadOnly}). */
    public boolean isReadOnly() {
        return readOnlyName != null;
    }

    /**
     * Applies an edit. An edit that changes nothing (equal record) is not recorded, so undo never has to be pressed
     * twice for one visible change.
     */
    public void apply(String description, UnaryOperator<Experiment> edit) {
        applyProject(description, p -> p.withExperiment(Objects.requireNonNull(edit.apply(p.experiment()), "an edit must return an experiment")));
    }

    /** Applies an edit to the whole document (an import adds the raw file and the readings in one undoable step). */
    public void applyProject(String description, UnaryOperator<Project> edit) {
        Project before = history.current();
        Project after = Objects.requireNonNull(edit.apply(before), "an edit must return a project");
        if (after.equals(before)) return;
        history.push(after, description);
        publish();
    }

    public void undo() {
        if (history.canUndo()) {
            history.undo();
            publish();
        }
    }

    public void redo() {
        if (history.canRedo()) {
            history.redo();
            publish();
        }
    }

    /** Records that {@code snapshot} (the state that was written, maybe older than the current one) is in {@code to}. */
    public void markSaved(Path to, Project snapshot) {
        readOnlyName = null;
        saved = snapshot;
        file.set(to);
        publish();
    }

    /** The name shown in the title: the file name, or the experiment's name while it has no file. */
    public String displayName() {
        Path f = file.get();
        if (f == null && readOnlyName != null) return readOnlyName;
        return f == null ? experiment().name() : f.getFileName().toString();
    }

    private void publish() {
        project.set(history.current());
        if (experiment.get() != history.current().experiment()) experiment.set(history.current().experiment());
        dirty.set(history.current() != saved);
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.undoDescription().map(d -> "Undo " + lowerFirst(d)).orElse("Undo"));
        redoText.set(history.redoDescription().map(d -> "Redo " + lowerFirst(d)).orElse("Redo"));
        title.set("Cytobench — " + displayName() + (dirty.get() ? "*" : ""));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
