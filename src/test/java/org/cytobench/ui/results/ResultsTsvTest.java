package org.cytobench.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cytobench.report.Table;
import org.junit.jupiter.api.Test;

class ResultsTsvTest {

    @Test
    void writesFullPrecisionWithDotsAndEmptyCellsForMissingValues() {
        Table t = Table.builder("groups", "Group", "n", "Mean", "Dunnett p")
                .row("LPS 100 ng/mL + Tα1 50 ng/mL", 3, 1234.5678901, null)
                .row("has\ttab", 2, Double.NaN, 0.0123).build();
        assertEquals("Group\tn\tMean\tDunnett p\n"
                + "LPS 100 ng/mL + Tα1 50 ng/mL\t3\t1234.5678901\t\n"
                + "has tab\t2\t\t0.0123\n", ResultsViewModel.tsv(t));
    }

    @Test
    void textThatWouldRunAsAFormulaIsNeutralisedButNumbersAreNot() {
        Table t = Table.builder("wells", "Group", "Label", "Value", "n")
                .row("=HYPERLINK(\"http://x.example\")", "-D1\tnote", -0.5, -2)
                .row("@x", "+1", -1e-3, 0).build();
        assertEquals("Group\tLabel\tValue\tn\n"
                + "'=HYPERLINK(\"http://x.example\")\t'-D1 note\t-0.5\t-2\n"
                + "'@x\t'+1\t-0.001\t0\n", ResultsViewModel.tsv(t));
    }

}
