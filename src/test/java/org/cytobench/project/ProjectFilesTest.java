package org.cytobench.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
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
    void aDamagedFileWithABackupPointsToIt() throws Exception {
        Path f = dir.resolve("pilot.cytobench");
        files.save(ProjectFixtures.fullProject(), f);
        files.save(ProjectFixtures.fullProject(), f);
        Files.write(f, Arrays.copyOf(Files.readAllBytes(f), 4000));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.open(f));
        assertEquals("pilot.cytobench is damaged and cannot be opened: it ends in the middle of the data (the file was cut short)."
                + " The version before the last save is in pilot.cytobench.bak.", e.getMessage());
        assertEquals(ProjectFixtures.fullProject(), files.open(dir.resolve("pilot.cytobench.bak")));
    }

    @Test
    void aMissingFileIsNamed() {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.open(dir.resolve("gone.cytobench")));
        assertEquals("gone.cytobench cannot be opened: there is no such file.", e.getMessage());
    }

    @Test
    void temporaryFilesOfAKilledSaveAreRemovedOnTheNextSaveAndOpen() throws Exception {
        Path f = dir.resolve("pilot.cytobench");
        files.save(ProjectFixtures.fullProject(), f);
        List<String> others = List.of(".other.cytobench.123.tmp", ".pilot.cytobench.notes.tmp", "pilot.cytobench.123.tmp");
        for (String n : others) Files.write(dir.resolve(n), new byte[] {1});
        for (String n : List.of(".pilot.cytobench.8813203958271.tmp", ".pilot.cytobench.bak.42.tmp")) Files.write(dir.resolve(n), new byte[] {1});
        files.save(ProjectFixtures.fullProject(), f);
        assertEquals(List.of(".other.cytobench.123.tmp", ".pilot.cytobench.notes.tmp", "pilot.cytobench", "pilot.cytobench.123.tmp",
                "pilot.cytobench.bak"), listing(), "only leftovers of this file's saves are removed");

        Files.write(dir.resolve(".pilot.cytobench.77.tmp"), new byte[2_000_000]);
        files.open(f);
        assertFalse(Files.exists(dir.resolve(".pilot.cytobench.77.tmp")), "opening removes them too");
        assertTrue(Files.exists(dir.resolve(".other.cytobench.123.tmp")));
    }

    @Test
    void aSaveKeepsTheFilesPermissions() throws Exception {
        assumeTrue(posix());
        Path f = dir.resolve("shared.cytobench");
        files.save(ProjectFixtures.fullProject(), f);
        Set<PosixFilePermission> groupShared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(f, groupShared);
        files.save(ProjectFixtures.fullProject(), f);
        assertEquals(groupShared, Files.getPosixFilePermissions(f), "a group-shared file stays group-shared");
        assertEquals(groupShared, Files.getPosixFilePermissions(dir.resolve("shared.cytobench.bak")), "so does its backup");
        Set<PosixFilePermission> privateFile = PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(f, privateFile);
        files.save(ProjectFixtures.fullProject(), f);
        assertEquals(privateFile, Files.getPosixFilePermissions(f), "a private file stays private");
    }

    @Test
    void aNewFileGetsTheUsersUsualPermissions() throws Exception {
        assumeTrue(posix());
        Path probe = Files.createFile(dir.resolve("probe.txt"));   // what the umask gives any new file here
        Path f = dir.resolve("new.cytobench");
        files.save(ProjectFixtures.fullProject(), f);
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(f));
        files.save(ProjectFixtures.fullProject(), f);
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(dir.resolve("new.cytobench.bak")));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path real = Files.createDirectories(dir.resolve("lab drive")).resolve("pilot.cytobench");
        files.save(ProjectFixtures.fullProject(), real);
        Path link = Files.createSymbolicLink(dir.resolve("pilot.cytobench"), Path.of("lab drive", "pilot.cytobench"));
        Project edited = ProjectFixtures.fullProject().withExperiment(ProjectFixtures.fullProject().experiment().withNotes("via the link"));
        files.save(edited, link);
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("via the link", files.open(real).experiment().notes());
        assertTrue(Files.exists(real.resolveSibling("pilot.cytobench.bak")), "the backup sits next to the real file");
        assertEquals(List.of("lab drive", "pilot.cytobench"), listing());
        Files.write(real, new byte[] {'{'});
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.open(link));
        assertTrue(e.getMessage().endsWith(" The version before the last save is in pilot.cytobench.bak."), e.getMessage());

        Path dangling = Files.createSymbolicLink(dir.resolve("later.cytobench"), Path.of("lab drive", "later.cytobench"));
        files.save(edited, dangling);
        assertTrue(Files.isSymbolicLink(dangling));
        assertEquals(edited, files.open(dir.resolve("lab drive").resolve("later.cytobench")));
    }

    @Test
    void aHardLinkedFileIsRewrittenInPlaceSoEveryLinkSeesTheNewVersion() throws Exception {
        assumeTrue(posix());
        Path f = dir.resolve("pilot.cytobench");
        files.save(ProjectFixtures.fullProject(), f);
        Path other = Files.createLink(dir.resolve("copy for Anna.cytobench"), f);
        Project edited = ProjectFixtures.fullProject().withExperiment(ProjectFixtures.fullProject().experiment().withNotes("second"));
        files.save(edited, f);
        assertEquals("second", files.open(other).experiment().notes());
        assertEquals(Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                Files.readAttributes(other, java.nio.file.attribute.BasicFileAttributes.class).fileKey(), "still one file");
        assertEquals(ProjectFixtures.fullProject(), files.open(dir.resolve("pilot.cytobench.bak")));
        assertEquals(List.of("copy for Anna.cytobench", "pilot.cytobench", "pilot.cytobench.bak"), listing());
    }

    @Test
    void aReadOnlyFileIsNotOverwritten() throws Exception {
        assumeTrue(posix());
        Path f = dir.resolve("final.cytobench");
        files.save(ProjectFixtures.fullProject(), f);
        byte[] before = Files.readAllBytes(f);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        Project edited = ProjectFixtures.fullProject().withExperiment(ProjectFixtures.fullProject().experiment().withNotes("x"));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.save(edited, f));
        assertEquals("final.cytobench is read-only, so it was not overwritten; make it writable or save under another name.", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(f));
        assertEquals(List.of("final.cytobench"), listing());
    }

    @Test
    void aMissingFolderIsNamedWithoutClaimingAPreviousVersion() {
        Path f = dir.resolve("no such folder").resolve("pilot.cytobench");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.save(ProjectFixtures.fullProject(), f));
        assertEquals("pilot.cytobench could not be saved: the folder " + dir.resolve("no such folder").toAbsolutePath() + " does not exist.",
                e.getMessage());
    }

    @Test
    void aReadOnlyFolderIsNamed() throws Exception {
        assumeTrue(posix());
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write in any folder");
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.save(ProjectFixtures.fullProject(), ro.resolve("p.cytobench")));
            assertEquals("p.cytobench could not be saved: there is no permission to write in the folder " + ro.toAbsolutePath() + ".", e.getMessage());
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void saveFailuresSayOnlyWhatIsTrue() {
        Path folder = Path.of("/lab/plates");
        assertEquals("p.cytobench could not be saved: there is no permission to write in the folder /lab/plates.",
                ProjectFiles.saveFailure("p.cytobench", folder, new AccessDeniedException("/lab/plates", null, "x"), false));
        assertEquals("p.cytobench could not be saved: there is no permission to write in the folder /lab/plates; the previous version"
                + " of the file is unchanged.", ProjectFiles.saveFailure("p.cytobench", folder, new AccessDeniedException("/lab/plates"), true));
        assertEquals("p.cytobench could not be saved: the folder /lab/plates is on a read-only disk.", ProjectFiles.saveFailure("p.cytobench",
                folder, new java.nio.file.FileSystemException("/lab/plates/.p.cytobench.1.tmp", null, "Read-only file system"), false));
        assertEquals("p.cytobench could not be saved (No space left on device).",
                ProjectFiles.saveFailure("p.cytobench", folder, new IOException("No space left on device"), false));
    }

    @Test
    void aFailedFirstSaveLeavesNothingAndClaimsNoPreviousVersion() throws Exception {
        Path f = dir.resolve("pilot.cytobench");
        ProjectFiles failing = new ProjectFiles(new ProjectCodec(), new AtomicFileWriter(out -> new DiskFullAfter(out, 1000)));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> failing.save(ProjectFixtures.fullProject(), f));
        assertEquals("pilot.cytobench could not be saved (No space left on device).", e.getMessage());
        assertEquals(List.of(), listing());
    }

    private boolean posix() { return dir.getFileSystem().supportedFileAttributeViews().contains("posix"); }

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
