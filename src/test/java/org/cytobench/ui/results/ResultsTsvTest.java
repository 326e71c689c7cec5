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
}
