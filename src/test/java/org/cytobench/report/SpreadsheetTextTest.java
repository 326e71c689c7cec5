package org.cytobench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void prefixesOwaspsFormulaCharacters() {
        for (String s : new String[] {"=1+1", "+1", "-1", "@A1", "\t=1", "\r=1"}) {
            assertEquals("'" + s, SpreadsheetText.neutralised(s), s);
        }
    }

    @Test
    void leavesOtherTextAlone() {
        for (String s : new String[] {"", "IL-6", "a=1", "< LLOQ", "'quoted", " =1", "−1 (minus sign)", "TNF-α"}) {
            assertEquals(s, SpreadsheetText.neutralised(s), s);
        }
    }

    @Test
    void aTsvCellIsNeutralisedAndStaysOneCell() {
        assertEquals("'=A1 B1 C1", SpreadsheetText.tsvCell("=A1\tB1\nC1"));
        assertEquals("'\tx".replace('\t', ' '), SpreadsheetText.tsvCell("\tx"));
        assertEquals("", SpreadsheetText.tsvCell(null));
    }
}
