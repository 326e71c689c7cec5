package org.cytobench.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits of the experiment file (ProjectLimits): whatever the importer accepts saves and reopens, and a file past a
 * limit gets the file's "damaged" sentence, never an exception from inside the parser. The big contents are generated
 * here, never committed.
 */
class ProjectLimitsTest {

    @TempDir Path dir;

    private final ProjectFiles files = new ProjectFiles();
    private final ProjectCodec codec = new ProjectCodec();

    @Test
    void theLargestAcceptedExportEmbeddedSavesAndReopens() throws Exception {
        byte[] export = new byte[PlateImporters.MAX_FILE_BYTES];
        new Random(9).nextBytes(export);   // incompressible, every byte value: the worst case for base64
        Project p = ProjectFixtures.fullProject().withSource(new SourceFile("kinetic 384 x 1000.xlsx", export));
        Path f = dir.resolve("big.cytobench");
        files.save(p, f);
        export = null;
        Project back = files.open(f);
        assertEquals(p.sources().size(), back.sources().size());
        SourceFile big = back.source("kinetic 384 x 1000.xlsx").orElseThrow();
        assertEquals(PlateImporters.MAX_FILE_BYTES, big.size());
        assertEquals(p.source("kinetic 384 x 1000.xlsx").orElseThrow().sha256(), big.sha256());
        assertEquals(p.experiment(), back.experiment());
    }

    @Test
    void theBase64OfTheLargestExportFitsTheStringLimit() {
        assertTrue(ProjectLimits.base64Chars(PlateImporters.MAX_FILE_BYTES) <= ProjectLimits.MAX_STRING_CHARS);
        assertEquals(44_739_244, ProjectLimits.base64Chars(PlateImporters.MAX_FILE_BYTES));
    }

    @Test
    void notesOfTwentyFiveMillionCharactersSaveAndReopen() throws Exception {
        String line = "Donor D2: plate re-read after 10 min (bubbles) – µ, α, ✓.\n";
        String notes = line.repeat(25_000_000 / line.length() + 1);
        assertTrue(notes.length() > 25_000_000);
        Project p = ProjectFixtures.fullProject();
        p = p.withExperiment(p.experiment().withNotes(notes));
        Path f = dir.resolve("notes.cytobench");
        files.save(p, f);
        assertEquals(notes, files.open(f).experiment().notes());
    }

    @Test
    void notesPastTheLimitAreRefusedOnSaveBeforeAnythingIsWritten() throws Exception {
        Path f = dir.resolve("pilot.cytobench");
        files.save(ProjectFixtures.fullProject(), f);
        byte[] before = Files.readAllBytes(f);
        Project p = ProjectFixtures.fullProject();
        Project tooLong = p.withExperiment(p.experiment().withNotes("n".repeat(ProjectLimits.MAX_STRING_CHARS + 1)));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.save(tooLong, f));
        assertEquals("pilot.cytobench was not saved: in the field 'notes', a text value is longer than 67,108,864 characters,"
                + " the most a Cytobench file can hold.", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(f));
        assertFalse(Files.exists(dir.resolve("pilot.cytobench.bak")));
    }

    @Test
    void aTextValuePastTheLimitIsDamagedNotAnException() {
        byte[] json = ("{\"formatVersion\":1,\"notes\":\"" + "n".repeat(ProjectLimits.MAX_STRING_CHARS + 1) + "\"}")
                .getBytes(StandardCharsets.US_ASCII);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> codec.decode(json, "p.cytobench"));
        assertEquals("p.cytobench is damaged and cannot be opened: a text value is longer than 67,108,864 characters,"
                + " the most a Cytobench file can hold (line 1).", e.getMessage());
    }

    @Test
    void aNumberOfMoreThanAThousandDigitsIsDamaged() throws Exception {
        String json = text().replaceFirst("\"thymalfasinNgPerMl\" : [0-9.]+", "\"thymalfasinNgPerMl\" : 1" + "0".repeat(1000));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> decode(json));
        assertTrue(e.getMessage().startsWith("p.cytobench is damaged and cannot be opened: a number has more than 1,000 digits,"
                + " the most a Cytobench file can hold (line "), e.getMessage());
    }

    @Test
    void nestingOfMoreThanAThousandLevelsIsDamaged() throws Exception {
        for (int depth : new int[] {1001, ProjectLimits.MAX_NESTING + 1}) {
            String json = text().replaceFirst("\\{", "{ \"deep\" : " + "[".repeat(depth) + "]".repeat(depth) + ",");
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> decode(json));
            assertEquals("p.cytobench is damaged and cannot be opened: its data is nested more than 100 levels deep,"
                    + " the most a Cytobench file can hold (line 1).", e.getMessage());
        }
        String fine = text().replaceFirst("\\{", "{ \"deep\" : " + "[".repeat(90) + "]".repeat(90) + ",");
        assertEquals(ProjectFixtures.fullProject(), decode(fine), "an unknown deep field within the limit is ignored");
    }

    @Test
    void aFieldNameOfMoreThanFiftyThousandCharactersIsDamaged() throws Exception {
        String json = text().replaceFirst("\\{", "{ \"" + "x".repeat(50_001) + "\" : 1,");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> decode(json));
        assertEquals("p.cytobench is damaged and cannot be opened: a field name is longer than 50,000 characters,"
                + " the most a Cytobench file can hold (line 1).", e.getMessage());
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithoutReadingIt() throws Exception {
        Path f = dir.resolve("huge.cytobench");
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(ProjectLimits.MAX_FILE_BYTES + 1);   // sparse: costs no disk and no time
        }
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.open(f));
        assertEquals("huge.cytobench cannot be opened: it is 257 MB, more than the 256 MB a Cytobench experiment file can hold.",
                e.getMessage());
    }

    private String text() {
        return new String(codec.encode(ProjectFixtures.fullProject()), StandardCharsets.UTF_8);
    }

    private Project decode(String json) throws ProjectFileException {
        return codec.decode(json.getBytes(StandardCharsets.UTF_8), "p.cytobench");
    }
}
