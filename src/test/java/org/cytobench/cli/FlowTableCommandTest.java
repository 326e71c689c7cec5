package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cytobench.flow.FlowExportsDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flow --table}: a FlowJo statistics table through the command, with the values read by hand from the file. */
class FlowTableCommandTest {

    @Test
    void printsTheFlowJoTablesColumnsSamplesAndSummaries() throws Exception {
        Path f = FlowExportsDir.file("flowjo/flowjostatplot_jw112_cytokine_test.tsv");
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("flow", "--table", f.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(f.getFileName().toString(), j.get("file").asText());
        assertEquals(10, j.get("columns").size());
        assertEquals("Cells/Singlets/Live/TCRb+CD4+/GM-CSF+", j.get("columns").get(0).get("path").asText());
        assertEquals("GM-CSF+", j.get("columns").get(0).get("population").asText());
        assertEquals("Freq. of Parent", j.get("columns").get(0).get("statistic").asText());
        assertEquals("Q1: IL-17A\u2013, IFNg+", j.get("columns").get(1).get("population").asText(), "Mac Roman dash");
        assertEquals(15, j.get("samples").size());
        JsonNode first = j.get("samples").get(0);
        assertEquals("1: Specimen_003_Spleen_001_045.fcs", first.get("sample").asText());
        assertTrue(first.get("well").isNull(), "no well label in this name");
        assertEquals(0.759, first.get("values").get(0).asDouble(), 0);
        assertEquals(21.8, j.get("samples").get(9).get("values").get(9).asDouble(), 0);
        assertEquals(0.735, j.get("summaries").get("Mean").get(0).asDouble(), 0);
        assertEquals(7.21, j.get("summaries").get("StdDev").get(9).asDouble(), 0);
    }

    @Test
    void aSamplesWellComesFromItsNameAndAnEmptyCellIsNull(@TempDir Path dir) throws Exception {
        Path t = Files.writeString(dir.resolve("cd69.csv"), "\"Sample\",\"Lymphocytes/CD3+/CD4+/CD69+,Freq. of Parent\"\r\n"
                + "Specimen_001_B07_019.fcs,12.5\r\nSpecimen_001_B08_020.fcs,\r\nMean,12.5\r\n", StandardCharsets.UTF_8);
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("flow", "--table", t.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode s = new ObjectMapper().readTree(r.out()).get("samples");
        assertEquals("B7", s.get(0).get("well").asText());
        assertEquals(12.5, s.get(0).get("values").get(0).asDouble(), 0);
        assertTrue(s.get(1).get("values").get(0).isNull());
        AnalyzeCommandTest.Run text = AnalyzeCommandTest.run("flow", "--table", t.toString());
        assertTrue(text.out().contains("Specimen_001_B07_019.fcs [B7]: 12.5"), text.out());
    }

    @Test
    void aTableThatIsNotAFlowJoTableIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path t = Files.writeString(dir.resolve("plate.csv"), "conc,od\n1,2\n", StandardCharsets.UTF_8);
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("flow", "--table", t.toString(), "--json");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("plate.csv") && r.err().contains("Sample"), r.err());
        assertEquals(3, AnalyzeCommandTest.run("flow", "--table", t.toString(), "--gates", "x.xml").code());
    }
}
