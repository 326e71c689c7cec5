package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitCommandTest {
    /** R's DNase, run 1 (datasets::DNase): an increasing ELISA curve without a zero standard. */
    static final String DNASE1 = """
            conc,od
            0.04882812,0.017
            0.04882812,0.018
            0.1953125,0.121
            0.1953125,0.124
            0.390625,0.206
            0.390625,0.215
            0.78125,0.377
            0.78125,0.374
            1.5625,0.614
            1.5625,0.609
            3.125,1.019
            3.125,1.001
            6.25,1.334
            6.25,1.364
            12.5,1.730
            12.5,1.710
            """;

    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() { return out.toString(StandardCharsets.UTF_8); }

    private String stderr() { return err.toString(StandardCharsets.UTF_8); }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void fitsDnaseAndPrintsOneJsonObject() throws IOException {
        Path f = file("dnase1.csv", DNASE1);
        assertEquals(0, run("fit", f.toString(), "--model", "4pl", "--weighting", "none", "--predict", "0.5,5,-1"));
        assertEquals(1, stdout().lines().count(), stdout());
        JsonNode j = new ObjectMapper().readTree(stdout());
        assertEquals("4pl", j.get("model").asText());
        assertEquals("none", j.get("weighting").asText());
        assertEquals("converged", j.get("status").asText());
        // R: nls(density ~ d + (a - d)/(1 + (conc/c)^b), DNase run 1)
        assertEquals(4.514990, j.get("params").get("c").asDouble(), 1e-5);
        assertEquals(0.9411068, j.get("params").get("b").asDouble(), 1e-6);
        assertEquals(0.004707255, j.get("rss").asDouble(), 1e-9);
        assertEquals(16, j.get("n").asInt());
        assertTrue(j.get("ci95").get("c").get(0).asDouble() < 4.51499);
        assertEquals(3, j.get("predictions").size());
        JsonNode p0 = j.get("predictions").get(0);
        assertEquals("ok", p0.get("flag").asText());
        assertEquals(1.1256, p0.get("concentration").asDouble(), 1e-3);
        assertTrue(p0.get("ciLow").asDouble() < 1.1256 && p0.get("ciHigh").asDouble() > 1.1256);
        assertTrue(j.get("predictions").get(1).get("concentration").isNull());   // 5 lies above the upper asymptote d ≈ 2.38
        assertEquals("no-solution", j.get("predictions").get(1).get("flag").asText());
        assertEquals("no-solution", j.get("predictions").get(2).get("flag").asText());
        assertEquals("", stderr());
    }

    @Test
    void severalFilesGiveOneLineEachWithTheFileName() throws IOException {
        Path a = file("a.csv", DNASE1), b = file("b.csv", DNASE1.replace("0.017", "0.020"));
        assertEquals(0, run("fit", a.toString(), b.toString(), "--model=4pl", "--weighting=1/y2"));
        var lines = stdout().lines().toList();
        assertEquals(2, lines.size());
        assertEquals(a.toString(), new ObjectMapper().readTree(lines.get(0)).get("file").asText());
        assertEquals(b.toString(), new ObjectMapper().readTree(lines.get(1)).get("file").asText());
        assertEquals("1/y2", new ObjectMapper().readTree(lines.get(1)).get("weighting").asText());
    }

    @Test
    void rejectsBadCsvWithExitTwoAndOneLineNamingFileAndLine() throws IOException {
        String[][] cases = {
            {"empty.csv", "", "the file is empty"},
            {"text.csv", "conc,od\n1,0.1\n2,abc\n4,0.5\n8,0.9\n", "line 3: od value 'abc' is not a number"},
            {"neg.csv", "conc,od\n1,0.1\n-2,0.2\n4,0.5\n8,0.9\n", "line 3: negative concentration -2"},
            {"levels.csv", "conc,od\n1,0.1\n1,0.11\n2,0.2\n4,0.5\n", "only 3 distinct concentration levels"},
            {"header.csv", "x,y\n1,0.1\n", "line 1: expected a header with the columns conc,od"},
        };
        for (String[] c : cases) {
            out.reset();
            err.reset();
            Path f = file(c[0], c[1]);
            assertEquals(2, run("fit", f.toString()), c[0]);
            assertEquals(1, stderr().lines().count(), stderr());
            assertTrue(stderr().contains(f.toString()) && stderr().contains(c[2]), stderr());
            assertEquals("", stdout());
        }
    }

    @Test
    void missingFileIsBadInput() {
        assertEquals(2, run("fit", dir.resolve("nope.csv").toString()));
        assertTrue(stderr().contains("nope.csv: cannot read the file (no such file)"), stderr());
    }

    @Test
    void degenerateFitExitsOneAndSaysWhy() throws IOException {
        Path f = file("flat.csv", "conc,od\n0,0.5\n1,0.5\n2,0.5\n4,0.5\n8,0.5\n");
        assertEquals(1, run("fit", f.toString()));
        JsonNode j = new ObjectMapper().readTree(stdout());
        assertEquals("degenerate", j.get("status").asText());
        assertTrue(j.get("reason").asText().startsWith("flat response"));
        assertTrue(j.get("rss").isNull());
        assertEquals(0, j.get("params").size());
    }

    @Test
    void usageErrorsExitThree() throws IOException {
        Path f = file("a.csv", DNASE1);
        assertEquals(3, run("fit"));
        assertEquals(3, run("fit", f.toString(), "--model", "6pl"));
        assertEquals(3, run("fit", f.toString(), "--weighting", "1/z"));
        assertEquals(3, run("fit", f.toString(), "--predict", "0.1,x"));
        assertEquals(3, run("fit", f.toString(), "--frobnicate"));
        assertEquals(3, run("fit", f.toString(), "--model"));
        assertEquals("", stdout());
    }
}
