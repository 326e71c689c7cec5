package org.cytobench.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Text cells copied from a results table: formulas neutralised, numbers shown as text still numbers. */
class TableCopyTest {

    @Test
    void aSampleNamedLikeAFormulaPastesAsText() {
        assertEquals("'=HYPERLINK(\"http://x\")", TableCopy.text("=HYPERLINK(\"http://x\")"));
        assertEquals("'+cmd", TableCopy.text("+cmd"));
        assertEquals("'@SUM(A1)", TableCopy.text("@SUM(A1)"));
        assertEquals("'-2+3", TableCopy.text("-2+3"), "not a plain number, so it would be evaluated");
        assertEquals("a b c", TableCopy.text("a\tb\nc"), "one cell stays one cell");
        assertEquals("D1 · LPS", TableCopy.text("D1 · LPS"));
    }

    @Test
    void aNumberShownAsTextPastesAsThatNumber() {
        assertEquals("-0.35", TableCopy.text("-0.35"));
        assertEquals("1.2e-05", TableCopy.text("1.2e-05"));
        assertEquals("+3", TableCopy.text("+3"));
    }
}
