package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cytobench.cli.AnalyzeCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @Test
    void aGoodFileIsValidAndExitsZero() {
        Run r = AnalyzeCommandTest.run("validate", "sample-data/thymalfasin-pbmc.cytobench", "src/test/resources/project/v1/pilot.cytobench");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("sample-data/thymalfasin-pbmc.cytobench: valid", "src/test/resources/project/v1/pilot.cytobench: valid"),
                r.out().strip().lines().toList());
    }

    @Test
    void aBrokenFileListsEveryProblemAndExitsTwo(@TempDir Path dir) throws Exception {
        String json = Files.readString(Path.of("src/test/resources/project/v1/pilot.cytobench"))
                .replaceFirst("\"role\" : \"standard\"", "\"role\" : \"stnadard\"")
                .replaceFirst("\"rows\" : 8", "\"rows\" : 9");
        Path bad = Files.writeString(dir.resolve("bad.cytobench"), json);
        Run r = AnalyzeCommandTest.run("validate", bad.toString());
        assertEquals(2, r.code());
        List<String> lines = r.err().strip().lines().toList();
        assertEquals(3, lines.size(), r.err());
        assertEquals(bad + ": culture.rows: is 9, not one of 8, 16", lines.get(0));
        assertTrue(lines.get(1).startsWith(bad + ": assays[0].layout.wells["), lines.get(1));
        assertTrue(lines.get(1).endsWith("].role: is 'stnadard', not one of standard, zero-standard, blank, sample, qc, empty"), lines.get(1));
        assertEquals(bad + ": 2 problems", lines.get(2));
    }

    @Test
    void aNewlyMadeExperimentIsValid(@TempDir Path dir) {
        Path f = dir.resolve("made.cytobench");
        assertEquals(0, AnalyzeCommandTest.run("new", f.toString(), "--template", "pbmc-thymalfasin").code());
        assertEquals(0, AnalyzeCommandTest.run("validate", f.toString()).code());
    }

    @Test
    void missingFilesAndMissingArgumentsAreRefused() {
        Run missing = AnalyzeCommandTest.run("validate", "nope.cytobench");
        assertEquals(2, missing.code());
        assertEquals("nope.cytobench: no such file", missing.err().strip());
        assertEquals(3, AnalyzeCommandTest.run("validate").code());
        assertEquals(3, AnalyzeCommandTest.run("validate", "--strict", "x.cytobench").code());
    }
}
