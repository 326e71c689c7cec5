package org.cytobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.cytobench.io.ImportException;
import org.junit.jupiter.api.Test;

class ErrorDialogTest {

    @Test
    void showsTheImportersOwnSentenceNeverAClassName() {
        ImportException e = new ImportException("plate.txt", "line 14", "expected 12 values after row label C, found 9");
        assertEquals("plate.txt, line 14: expected 12 values after row label C, found 9.", ErrorDialog.explanation(e));
        assertEquals("See the details for what went wrong.", ErrorDialog.explanation(new NullPointerException()));
        assertEquals("See the details for what went wrong.",
                ErrorDialog.explanation(new RuntimeException("java.lang.IllegalStateException: boom")));
        assertEquals("Disk full.", ErrorDialog.explanation(new RuntimeException(null, new IOException("disk full"))));
        assertEquals("", ErrorDialog.explanation(null));
    }
}
