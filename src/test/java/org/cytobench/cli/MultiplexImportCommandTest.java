package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cytobench.io.multiplex.MultiplexExportsDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import FILE --json} on multiplex exports: the plate view plus the additive "multiplex" key. */
class MultiplexImportCommandTest {

    private static AnalyzeCommandTest.Run run(String... args) { return AnalyzeCommandTest.run(args); }

    @Test
    void thirtyPlexJsonShowsAnalytesLayoutVendorCurvesAndFlags() throws Exception {
        Path f = MultiplexExportsDir.require().resolve("luminex-xponent/serolyzer_pone.0187901.s001.csv");
        AnalyzeCommandTest.Run r = run("import", f.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("luminex-xponent", root.get("format").asText());
        JsonNode reads = root.get("plates").get(0).get("reads");
        boolean found = false;
        for (JsonNode rd : reads) {
            if (rd.get("name").asText().equals("IL10 Net MFI")) {
                assertEquals(19448.0, rd.get("values").get("A2").asDouble());
                assertEquals("derived", rd.get("kind").asText());
                found = true;
            }
            if (rd.get("name").asText().equals("FGF Result")) assertEquals("> 3450", rd.get("markers").get("A2").asText());
        }
        assertTrue(found);
        JsonNode m = root.get("multiplex").get(0);
        assertEquals("Luminex xPONENT", m.get("vendor").asText());
        assertEquals("Net MFI", m.get("signalRead").asText());
        assertEquals("Count", m.get("beadCountRead").asText());
        assertEquals(30, m.get("analytes").size());
        assertEquals("standard", m.get("layout").get(1).get("type").asText()); // A2 (wells in plate order: A1, A2, …)
        assertEquals("Standard1", m.get("layout").get(1).get("level").asText());
        assertEquals(20850.0, m.get("expected").get("IL10").get("Standard1").asDouble());
        JsonNode il10 = m.get("vendorCurves").get(3);
        assertEquals("IL10", il10.get("analyte").asText());
        assertEquals("5pl", il10.get("model").asText());
        assertEquals(-0.900736841705853, il10.get("equation").get("d").asDouble());
        assertTrue(m.get("implausible").toString().contains("\"level\":\"Standard5\""));
        assertEquals(215.625, m.get("implausible").get(0).get("implied").asDouble());
    }

    @Test
    void plateReaderJsonHasNoMultiplexKeyAndBadMultiplexFilesExitTwo(@TempDir Path dir) throws Exception {
        Path grid = dir.resolve("grid.csv");
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 8; r++) sb.append("0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1.0,1.1,1.2\n");
        Files.writeString(grid, sb.toString());
        AnalyzeCommandTest.Run ok = run("import", grid.toString(), "--json");
        assertEquals(0, ok.code(), ok.err());
        assertFalse(new ObjectMapper().readTree(ok.out()).has("multiplex"));

        Path bad = dir.resolve("cut.csv");
        Files.writeString(bad, "Program,xPONENT\nDataType:,Median\nLocation,Sample,IL6\n\"1(1,A1)\",S1,10\n"
                + "DataType:,Count\nLocation,Sample,IL6\n");
        AnalyzeCommandTest.Run r = run("import", bad.toString(), "--json");
        assertEquals(2, r.code());
        assertEquals("cut.csv, table 'Count' (line 5): lists 0 wells but table 'Median' lists 1; missing A1\n", r.err());
    }
}
