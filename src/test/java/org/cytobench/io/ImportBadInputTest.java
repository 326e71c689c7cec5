package org.cytobench.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Bad input through the whole registry: every failure is an {@link ImportException} with the importer's own sentence,
 * never another exception and never the registry's wrapper for an unexpected RuntimeException.
 */
class ImportBadInputTest {

    /** The message PlateImporters.guarded gives when an importer let a RuntimeException or Error escape. */
    static void assertOwnMessage(ImportException e, String what) {
        assertFalse(e.getMessage().contains("could not be read as "), what + ": an importer failed with an unexpected exception: "
                + e.getMessage());
        assertTrue(e.getMessage().startsWith(e.file()), what + ": the message must name the file: " + e.getMessage());
    }

    /** Imports and accepts either a result or a clean ImportException; returns the exception if any. */
    static ImportException importOrError(SourceFile f, String format, String what) {
        try {
            PlateImporters.importFile(f, format);
            return null;
        } catch (ImportException e) {
            assertOwnMessage(e, what);
            return e;
        }
    }

    static List<Path> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(ImportBadInputTest.class.getResource("/io/gen5_dual_450_630_crlf.txt").toURI()).getParent();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static SourceFile fixture(String name) throws Exception {
        return SourceFile.read(Path.of(ImportBadInputTest.class.getResource("/io/" + name).toURI()));
    }

    private static List<String> formats() {
        return PlateImporters.all().stream().map(PlateImporter::id).toList();
    }

    @Test
    void emptyFileIsRefusedByEveryFormat() {
        SourceFile empty = new SourceFile("empty.txt", new byte[0]);
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(empty, null));
        assertTrue(e.getMessage().equals("empty.txt: the file is empty"), e.getMessage());
        for (String f : formats()) {
            ImportException forced = importOrError(empty, f, "empty file as " + f);
            if (forced == null) fail("an empty file was read as " + f);
        }
    }

    @Test
    void binaryGarbageIsRefused() {
        byte[] junk = new byte[64 * 1024];
        new Random(42).nextBytes(junk);
        SourceFile f = new SourceFile("garbage.bin", junk);
        assertThrows(ImportException.class, () -> PlateImporters.importFile(f, null));
        byte[] zipLike = junk.clone();
        zipLike[0] = 'P';
        zipLike[1] = 'K';
        SourceFile z = new SourceFile("garbage.xlsx", zipLike);
        for (String id : formats()) {
            assertTrue(importOrError(f, id, "garbage as " + id) != null, "garbage was read as " + id);
            assertTrue(importOrError(z, id, "zip-like garbage as " + id) != null, "zip-like garbage was read as " + id);
        }
    }

    @Test
    void gen5FileCutAtALineBoundaryNamesTheLineAndTheMissingRows() throws Exception {
        String text = new String(fixture("gen5_dual_450_630_crlf.txt").bytes(), StandardCharsets.US_ASCII);
        String cut = text.substring(0, text.indexOf("\r\nE\t") + 2);
        ImportException e = assertThrows(ImportException.class,
                () -> PlateImporters.importFile(new SourceFile("cut.txt", cut.getBytes(StandardCharsets.US_ASCII)), null));
        assertOwnMessage(e, "cut file");
        assertTrue(e.getMessage().matches("cut\\.txt, line \\d+: the plate table ends after row D; expected rows A–H .*"), e.getMessage());
    }

    @Test
    void gen5FileCutMidLineIsRefused() throws Exception {
        String text = new String(fixture("gen5_dual_450_630_crlf.txt").bytes(), StandardCharsets.US_ASCII);
        int mid = text.indexOf("\r\nC\t") + 30;
        String cut = text.substring(0, mid);
        ImportException e = assertThrows(ImportException.class,
                () -> PlateImporters.importFile(new SourceFile("mid.txt", cut.getBytes(StandardCharsets.US_ASCII)), "gen5-text"));
        assertOwnMessage(e, "mid-line cut");
        assertTrue(e.getMessage().contains("line ") && e.getMessage().contains("cut short"), e.getMessage());
        // a kinetic table cut inside a line
        String kin = new String(fixture("gen5_kinetic_semicolon_decimal_comma_cr_latin1.txt").bytes(), StandardCharsets.ISO_8859_1);
        String kinCut = kin.substring(0, kin.indexOf("\r0:02:00;") + 200);
        e = assertThrows(ImportException.class, () -> PlateImporters.importFile(
                new SourceFile("kin.txt", kinCut.getBytes(StandardCharsets.ISO_8859_1)), null));
        assertOwnMessage(e, "kinetic cut");
        assertTrue(e.getMessage().contains("cut short"), e.getMessage());
    }

    @Test
    void wrongVendorUnderAForcedFormatGivesTheImportersOwnError() throws Exception {
        ImportException e = assertThrows(ImportException.class,
                () -> PlateImporters.importFile(fixture("glomax_style_lum_two_readings.csv"), "gen5-text"));
        assertOwnMessage(e, "glomax as gen5");
        assertTrue(e.getMessage().contains("no Gen5 data table"), e.getMessage());
        e = assertThrows(ImportException.class,
                () -> PlateImporters.importFile(fixture("gen5_dual_450_630_crlf.txt"), "glomax"));
        assertTrue(e.getMessage().contains("no GloMax result table"), e.getMessage());
        // every fixture under every format: a result or a clean error
        for (Path p : fixtures()) {
            SourceFile f = SourceFile.read(p);
            for (String id : formats()) importOrError(f, id, p.getFileName() + " as " + id);
        }
    }

    @Test
    void textSamplesOfEveryVendorForcedIntoTheGen5AndGloMaxFormatsGiveResultsOrCleanErrors() throws Exception {
        Path dir = SampleExportsDir.require();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        for (Path p : files) {
            SourceFile f = SourceFile.read(p);
            // text exports only: parsing a workbook costs about a second here, and the fuzz test covers workbooks
            if (f.isSpreadsheet()) continue;
            for (String id : List.of("gen5-text", "glomax")) importOrError(f, id, p.getFileName() + " as " + id);
        }
    }

    @Test
    void aFiftyMegabyteFileIsRefusedQuickly() {
        String head = new String(new byte[0]) + "Software Version\t3.11\r\nExperiment File Path:\tx\r\nPlate Number\tPlate 1\r\n"
                + "Reading Type\tReader\r\n\r\n420\r\n\r\nTime\tT 420\tA1\tA2\r\n";
        StringBuilder sb = new StringBuilder(52 * 1024 * 1024);
        sb.append(head);
        for (int i = 0; sb.length() < 50 * 1024 * 1024; i++) sb.append(i / 3600).append(':').append(i / 60 % 60 / 10).append(i / 60 % 10)
                .append(':').append(i % 60 / 10).append(i % 10).append("\t37.0\t0.123\t0.456\r\n");
        byte[] bytes = sb.toString().getBytes(StandardCharsets.US_ASCII);
        sb.setLength(0);
        SourceFile big = new SourceFile("huge.txt", bytes);
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ImportException.class, () -> PlateImporters.importFile(big, null)));
        assertTrue(e.getMessage().startsWith("huge.txt: the file is 50.0 MB, larger than"), e.getMessage());
        assertThrows(ImportException.class, () -> PlateImporters.importFile(big, "gen5-text"));
    }

    /** Shared by the fuzz test: every regular file under the sample-exports directory, if present. */
    static List<Path> sampleFiles() throws IOException {
        Path dir = SampleExportsDir.find();
        if (!Files.isDirectory(dir)) return new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }
}
