package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(ImportCommandTest.class.getResource("/io/" + name).toURI());
    }

    @Test
    void printsTheImportAsJson() throws Exception {
        Path f = fixture("gen5_dual_450_630_crlf.txt");
        assertEquals(0, run("import", f.toString(), "--json"), err.toString());
        JsonNode j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("gen5_dual_450_630_crlf.txt", j.get("file").asText());
        assertEquals("gen5-text", j.get("format").asText());
        JsonNode plate = j.get("plates").get(0);
        assertEquals("Plate 1", plate.get("name").asText());
        assertEquals(8, plate.get("rows").asInt());
        assertEquals(12, plate.get("columns").asInt());
        JsonNode r450 = plate.get("reads").get(0);
        assertEquals("450", r450.get("name").asText());
        assertEquals("raw", r450.get("kind").asText());
        assertEquals(1.040, r450.get("values").get("D5").asDouble(), 1e-12);
        assertEquals("OVRFLW", r450.get("markers").get("A1").asText());
        assertFalse(r450.get("values").has("A1"));
        assertFalse(r450.get("values").has("H12"));
        assertEquals(94, r450.get("values").size()); // 96 minus the OVRFLW well and the empty H12
        assertEquals("A2", r450.get("values").fieldNames().next()); // plate order
        assertEquals("630", plate.get("reads").get(1).get("name").asText());
        assertEquals(0.083, plate.get("reads").get(1).get("values").get("D5").asDouble(), 1e-12);
        assertEquals("derived", plate.get("reads").get(2).get("kind").asText());
        assertTrue(plate.get("kinetic").isArray());
        assertTrue(j.get("warnings").isArray());
    }

    @Test
    void forcedFormatIsUsed() throws Exception {
        assertEquals(0, run("import", fixture("gen5_dual_450_630_crlf.txt").toString(), "--format", "gen5-text", "--json"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"format\" : \"gen5-text\""));
    }

    @Test
    void unreadableFileExitsTwoWithOneLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("junk.txt");
        Files.writeString(f, "hello\nthis is not a plate\n");
        assertEquals(2, run("import", f.toString(), "--json"));
        String msg = err.toString(StandardCharsets.UTF_8);
        assertTrue(msg.startsWith("junk.txt"), msg);
        assertEquals(1, msg.strip().lines().count(), msg);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void missingFileExitsTwo(@TempDir Path dir) {
        assertEquals(2, run("import", dir.resolve("nope.txt").toString(), "--json"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("nope.txt"));
    }

    @Test
    void unknownFormatExitsTwoNamingTheKnownOnes() throws Exception {
        assertEquals(2, run("import", fixture("gen5_dual_450_630_crlf.txt").toString(), "--format", "magic", "--json"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("gen5-text"));
    }

    @Test
    void usageErrorsExitThree() {
        assertEquals(3, run("import"));
        assertEquals(3, run("import", "a.txt", "b.txt", "--json"));
        assertEquals(3, run("import", "a.txt", "--format"));
        assertEquals(3, run("import", "a.txt", "--bogus", "--json"));
        assertEquals(3, run("import", "a.txt"));
    }
}
