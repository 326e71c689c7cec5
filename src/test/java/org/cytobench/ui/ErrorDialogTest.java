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

    @Test
    void aSentenceIsNotSaidTwiceAndTheKnownFormatsAreListed() {
        org.junit.jupiter.api.Assertions.assertTrue(ErrorDialog.sameSentence("x.txt is not a format Cytobench reads.",
                "x.txt is not a format Cytobench reads"));
        org.junit.jupiter.api.Assertions.assertFalse(ErrorDialog.sameSentence("Could not import x.txt.", "x.txt, line 3: not a number"));
        String formats = ErrorDialog.knownFormats();
        org.junit.jupiter.api.Assertions.assertTrue(formats.contains("gen5-text"), formats);
        org.junit.jupiter.api.Assertions.assertTrue(formats.contains("softmax-text"), formats);
    }
}
