package org.cytobench.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and redo over immutable snapshots: every edit pushes the previous state. Plain Java (no JavaFX) so that the
 * history logic is tested on its own; {@link DocumentViewModel} exposes it as properties.
 *
 * @param <T> an immutable document state
 */
public final class UndoHistory<T> {

    /** A state and the edit that produced it ("Assign treatment to 6 wells"). */
    public record Entry<T>(T state, String description) {}

    private final int limit;
    private final Deque<Entry<T>> past = new ArrayDeque<>();
    private final Deque<Entry<T>> future = new ArrayDeque<>();
    private Entry<T> current;

    public UndoHistory(T initial, int limit) {
        if (limit < 1) throw new IllegalArgumentException("undo limit must be ≥ 1");
        this.current = new Entry<>(Objects.requireNonNull(initial), "");
        this.limit = limit;
    }

    public T current() { return current.state(); }

    /** Makes {@code next} current; the redo branch is dropped, as in every editor. */
    public void push(T next, String description) {
        past.push(current);
        if (past.size() > limit) past.removeLast();
        current = new Entry<>(Objects.requireNonNull(next), description);
        future.clear();
    }

    public boolean canUndo() { return !past.isEmpty(); }

    public boolean canRedo() { return !future.isEmpty(); }

    /** What undo would revert, e.g. "Assign treatment to 6 wells". */
    public Optional<String> undoDescription() { return canUndo() ? Optional.of(current.description()) : Optional.empty(); }

    public Optional<String> redoDescription() { return canRedo() ? Optional.of(future.peek().description()) : Optional.empty(); }

    public T undo() {
        if (!canUndo()) throw new IllegalStateException("nothing to undo");
        future.push(current);
        current = past.pop();
        return current.state();
    }

    public T redo() {
        if (!canRedo()) throw new IllegalStateException("nothing to redo");
        past.push(current);
        current = future.pop();
        return current.state();
    }
}
