package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void quotedDecimalCommaCurveIsFittedAsDecimalsNeverSplit() throws IOException {
        StringBuilder csv = new StringBuilder("conc,od\n");
        for (String line : DNASE1.strip().lines().skip(1).toList()) {
            String[] c = line.split(",");
            csv.append('"').append(c[0].replace('.', ',')).append("\",\"").append(c[1].replace('.', ',')).append("\"\n");
        }
        Path f = file("comma.csv", csv.toString());
        assertEquals(0, run("fit", f.toString()));
        JsonNode j = new ObjectMapper().readTree(stdout());
        assertEquals(16, j.get("n").asInt());
        assertEquals(4.514990, j.get("params").get("c").asDouble(), 1e-5);   // as the DNase fit with decimal points
    }

    @Test
    void nonFiniteConfidenceBoundsAreNullWithAWarningNotStrings() throws IOException {
        Path f = file("step.csv", """
                conc,od
                4.106653588713487E-9,0.32195696012221064
                1.2423680512880734E-8,0.949664294141444
                3.75848203779189E-8,1.6203085785751472
                1.1370372261069018E-7,1.64029843573817
                3.4398292729700794E-7,1.7464246273710424
                1.0406365909139903E-6,1.4867003745021228
                3.1481926235660334E-6,1.482762254253387
                9.524090236314542E-6,1.6077016398877728
                2.8812816010830533E-5,1.5924133645316683
                """);
        assertEquals(0, run("fit", f.toString(), "--weighting", "1/y2"));
        assertFalse(stdout().contains("NaN") || stdout().contains("Infinity"), stdout());
        JsonNode j = new ObjectMapper().readTree(stdout());
        assertTrue(j.get("ci95").get("a").get(0).isNull() && j.get("ci95").get("a").get(1).isNull(), stdout());
        assertTrue(j.get("stderr").get("b").isNull());
        assertTrue(j.get("ci95").get("d").get(0).isNumber());
        assertTrue(j.get("warnings").get(0).asText().startsWith("no standard error or 95% CI for a, b, c"), stdout());
    }

    @Test
    void absurdResponsesGiveADegenerateFitNotAStackTrace() throws IOException {
        StringBuilder csv = new StringBuilder("conc,od\n");
        for (String line : DNASE1.strip().lines().skip(1).toList()) csv.append(line).append("e160\n");
        Path f = file("huge.csv", csv.toString());
        assertEquals(1, run("fit", f.toString(), "--weighting", "1/y2"));
        JsonNode j = new ObjectMapper().readTree(stdout());
        assertEquals("degenerate", j.get("status").asText());
        assertTrue(j.get("reason").asText().startsWith("responses too large to fit"), stdout());
        assertEquals("", stderr());
    }

    @Test
    void manyFilesAreFittedInTheOrderGivenWithErrorsInPlace() throws IOException {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("fit"));
        StringBuilder expected = new StringBuilder();
        for (int k = 0; k < 60; k++) {
            String text = k % 17 == 5 ? "conc,od\n1,x\n" : DNASE1.replace("0.017", String.format(java.util.Locale.ROOT, "0.%03d", 10 + k));
            Path f = file("c" + k + ".csv", text);
            args.add(f.toString());
            if (k % 17 == 5) continue;
            ByteArrayOutputStream one = new ByteArrayOutputStream();
            Main.run(new String[] {"fit", f.toString(), "--predict", "0.5"}, new PrintStream(one, true, StandardCharsets.UTF_8), System.err);
            String line = one.toString(StandardCharsets.UTF_8);
            expected.append("{\"file\":\"").append(f.toString()).append("\",").append(line.substring(1));
        }
        args.addAll(java.util.List.of("--predict", "0.5"));
        assertEquals(2, run(args.toArray(String[]::new)));
        assertEquals(expected.toString(), stdout());
        assertEquals(4, stderr().lines().count(), stderr());
        assertTrue(stderr().lines().allMatch(l -> l.contains("line 2: od value 'x' is not a number")), stderr());
    }
}
