package org.cytobench.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesTest {

    @TempDir Path dir;

    private final ProjectFiles files = new ProjectFiles();

    @Test
    void savesAndOpensAnEqualProject() throws Exception {
        Path f = dir.resolve("pilot.cytobench");
        Project p = ProjectFixtures.fullProject();
        files.save(p, f);
        assertEquals(p, files.open(f));
        assertFalse(Files.exists(dir.resolve("pilot.cytobench.bak")), "nothing to back up on the first save");
        assertEquals(List.of("pilot.cytobench"), listing());
    }

    @Test
    void keepsThePreviousVersionAsBak() throws Exception {
        Path f = dir.resolve("pilot.cytobench");
        Project first = ProjectFixtures.fullProject();
        files.save(first, f);
        byte[] firstBytes = Files.readAllBytes(f);
        Project second = first.withExperiment(first.experiment().withNotes("second save"));
        files.save(second, f);
        assertArrayEquals(firstBytes, Files.readAllBytes(dir.resolve("pilot.cytobench.bak")));
        assertEquals("second save", files.open(f).experiment().notes());
        assertEquals(first, files.open(dir.resolve("pilot.cytobench.bak")));
        assertEquals(List.of("pilot.cytobench", "pilot.cytobench.bak"), listing());
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileIntact() throws Exception {
        Path f = dir.resolve("pilot.cytobench");
        Project original = ProjectFixtures.fullProject();
        files.save(original, f);
        byte[] before = Files.readAllBytes(f);

        // A disk that fills up after 1,000 bytes: the new content never completes.
        ProjectFiles failing = new ProjectFiles(new ProjectCodec(), new AtomicFileWriter(out -> new DiskFullAfter(out, 1000)));
        Project edited = original.withExperiment(original.experiment().withNotes("lost edit"));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> failing.save(edited, f));
        assertEquals("pilot.cytobench could not be saved (No space left on device); the previous version of the file is unchanged.",
                e.getMessage());

        assertArrayEquals(before, Files.readAllBytes(f));
        assertEquals(original, files.open(f));
        assertEquals(List.of("pilot.cytobench"), listing(), "no temporary file is left behind");
    }

    @Test
    void openingADamagedFileChangesNothing() throws Exception {
        Path f = dir.resolve("pilot.cytobench");
        files.save(ProjectFixtures.fullProject(), f);
        byte[] full = Files.readAllBytes(f);
        byte[] cut = Arrays.copyOf(full, 4000);
        Files.write(f, cut);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.open(f));
        assertTrue(e.getMessage().startsWith("pilot.cytobench is damaged and cannot be opened"), e.getMessage());
        assertArrayEquals(cut, Files.readAllBytes(f));
        assertEquals(List.of("pilot.cytobench"), listing());
    }

    @Test
    void aMissingFileIsNamed() {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.open(dir.resolve("gone.cytobench")));
        assertEquals("gone.cytobench cannot be opened: there is no such file.", e.getMessage());
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Passes bytes through until the limit, then fails as a full disk does. */
    private static final class DiskFullAfter extends FilterOutputStream {
        private long left;

        DiskFullAfter(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) throw new IOException("No space left on device");
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) write(b[off + i]);
        }
    }

    @Test
    void aStandardWithNominalZeroIsTheZeroStandard(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String json = java.nio.file.Files.readString(java.nio.file.Path.of("sample-data", "thymalfasin-pbmc.cytobench"));
        java.nio.file.Path f = dir.resolve("zero.cytobench");
        java.nio.file.Files.writeString(f, json.replace("\"role\" : \"zero-standard\"", "\"role\" : \"standard\""));
        var run = new ProjectFiles().open(f).experiment().assays().get(0);
        var h11 = run.layout().wells().get(org.cytobench.plate.WellPosition.parse("H11"));
        org.junit.jupiter.api.Assertions.assertEquals(org.cytobench.plate.WellRole.ZERO_STANDARD, h11.role());
        org.junit.jupiter.api.Assertions.assertEquals(0.0, h11.nominalConcentration());
    }
}
