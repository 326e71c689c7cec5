package org.cytobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UndoHistoryTest {

    @Test
    void undoAndRedoWalkThroughTheSnapshots() {
        UndoHistory<String> h = new UndoHistory<>("a", 10);
        h.push("b", "Make b");
        h.push("c", "Make c");
        assertEquals("Make c", h.undoDescription().orElseThrow());
        assertEquals("b", h.undo());
        assertEquals("a", h.undo());
        assertFalse(h.canUndo());
        assertEquals("Make b", h.redoDescription().orElseThrow());
        assertEquals("b", h.redo());
        assertEquals("c", h.redo());
        assertFalse(h.canRedo());
    }

    @Test
    void aNewEditDropsTheRedoBranch() {
        UndoHistory<String> h = new UndoHistory<>("a", 10);
        h.push("b", "b");
        h.undo();
        h.push("x", "x");
        assertFalse(h.canRedo());
        assertEquals("a", h.undo());
        assertThrows(IllegalStateException.class, h::undo);
    }

    @Test
    void keepsOnlyTheNewestEditsUpToTheLimit() {
        UndoHistory<Integer> h = new UndoHistory<>(0, 3);
        for (int i = 1; i <= 5; i++) h.push(i, "set " + i);
        int undone = 0;
        while (h.canUndo()) { h.undo(); undone++; }
        assertEquals(3, undone);
        assertEquals(2, h.current());
        assertTrue(h.canRedo());
    }
}
