package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cytobench.io.multiplex.MultiplexExportsDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import --json}: the appended "layouts" key, and Bio-Plex XML through the command (one line and exit 2 when damaged). */
class ImportLayoutsCommandTest {

    private static AnalyzeCommandTest.Run run(String... args) { return AnalyzeCommandTest.run(args); }

    @Test
    void gen5JsonEndsWithTheLayoutTheFileStates() throws Exception {
        AnalyzeCommandTest.Run r = run("import", "sample-data/2024-11-14_IL-6_Gen5.txt", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        java.util.List<String> keys = new java.util.ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertEquals(java.util.List.of("file", "format", "plates", "warnings", "layouts"), keys, "appended, nothing renamed or moved");
        JsonNode l = root.get("layouts").get(0);
        assertEquals("Plate 1", l.get("plate").asText());
        assertEquals(1000.0, l.get("expected").get("STD1").asDouble());
        JsonNode first = l.get("wells").get(0);
        assertEquals("A1", first.get("well").asText());
        assertEquals("unknown", first.get("type").asText());
        assertEquals("SPL1", first.get("sample").asText());
        assertEquals(20.0, first.get("dilution").asDouble());
        JsonNode a11 = l.get("wells").get(10);
        assertEquals("A11", a11.get("well").asText());
        assertEquals("standard", a11.get("type").asText());
        assertEquals("STD1", a11.get("level").asText());
    }

    @Test
    void bioPlexXmlReadsAsMultiplexAndADamagedOneIsOneLineAndExitTwo(@TempDir Path tmp) throws Exception {
        Path f = MultiplexExportsDir.require().resolve("bio-rad-bioplex/allotropy_bio-rad_bio-plex_manager_example_01.xml");
        AnalyzeCommandTest.Run r = run("import", f.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("bioplex-xml", root.get("format").asText());
        JsonNode m = root.get("multiplex").get(0);
        assertEquals(15, m.get("analytes").size());
        assertEquals("12", m.get("analytes").get(0).get("region").asText());
        assertEquals("FI - Bkgd", m.get("signalRead").asText());
        assertEquals("A1,B1", m.get("layout").get(0).get("group").asText());
        assertEquals(0, root.get("layouts").size(), "a multiplex file's layout is under \"multiplex\"");

        byte[] all = Files.readAllBytes(f);
        Path cut = tmp.resolve("cut.xml");
        Files.write(cut, java.util.Arrays.copyOf(all, 700_000));
        AnalyzeCommandTest.Run bad = run("import", cut.toString(), "--json");
        assertEquals(2, bad.code());
        assertEquals("", bad.out());
        assertTrue(bad.err().startsWith("cut.xml, line 12857: the XML is damaged or cut off ("), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }
}
