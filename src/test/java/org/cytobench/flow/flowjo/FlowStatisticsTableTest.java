package org.cytobench.flow.flowjo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.cytobench.flow.FlowExportsDir;
import org.cytobench.flow.fcs.FlowFileException;
import org.junit.jupiter.api.Test;

/** The FlowJo table-editor export in ../shared (Mac Roman, CR line ends) and hand-made CSV variants. */
class FlowStatisticsTableTest {

    @Test
    void readsTheFlowJoTableWithMacRomanAndCrLineEnds() throws Exception {
        FlowStatisticsTable t = FlowStatisticsTable.read(FlowExportsDir.file("flowjo/flowjostatplot_jw112_cytokine_test.tsv"));
        assertEquals(10, t.columns().size());
        assertEquals(15, t.rows().size());
        FlowStatisticsTable.Column c0 = t.columns().get(0);
        assertEquals("Cells/Singlets/Live/TCRb+CD4+/GM-CSF+", c0.populationPath());
        assertEquals("Freq. of Parent", c0.statistic());
        assertEquals("GM-CSF+", c0.population());
        // byte 0xD0 is Mac Roman's dash: "IL-17A–", never "IL-17AÐ"
        assertEquals("Q1: IL-17A\u2013, IFNg+", t.columns().get(1).population());
        assertEquals("1: Specimen_003_Spleen_001_045.fcs", t.rows().get(0).sample());
        assertEquals(0.759, t.rows().get(0).values()[0], 0);
        assertEquals(6.73e-3, t.rows().get(2).values()[2], 0);
        assertEquals(21.8, t.rows().get(9).values()[9], 0);
        assertEquals(0.735, t.summaries().get("Mean")[0], 0);
        assertEquals(7.21, t.summaries().get("StdDev")[9], 0);
        assertEquals(9, t.columnIndex("Cells/Singlets/Live/TCRb+CD4+/IL-2+", "freq. of parent"));
    }

    @Test
    void readsQuotedCsvAndRejectsOtherTables() throws Exception {
        String csv = "\"Sample\",\"Lymphocytes/CD3+/CD4+/CD69+,Freq. of Parent\",\"Lymphocytes/CD3+/CD4+,Count\"\r\n"
                + "A1.fcs,12.5,4031\r\nA2.fcs,,3990\r\nMean,12.5,4010.5\r\n";
        FlowStatisticsTable t = FlowStatisticsTable.read("t.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals("CD69+", t.columns().get(0).population());
        assertEquals("Count", t.columns().get(1).statistic());
        assertTrue(Double.isNaN(t.rows().get(1).values()[0]));
        assertEquals(2, t.rows().size());
        assertEquals("p.csv: line 1: expected a first column 'Sample' (a FlowJo table), found 'conc'",
                assertThrows(FlowFileException.class, () -> FlowStatisticsTable.read("p.csv", "conc,od\n1,2\n".getBytes())).getMessage());
        assertEquals("b.csv: line 2, column 2: 'high' is not a number", assertThrows(FlowFileException.class,
                () -> FlowStatisticsTable.read("b.csv", "Sample\tA/B,Count\nA1\thigh\n".getBytes())).getMessage());
    }
}
