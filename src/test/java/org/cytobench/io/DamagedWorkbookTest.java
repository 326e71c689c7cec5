package org.cytobench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Damaged and oversized workbooks, generated here (nothing huge is committed): each is refused in a few seconds with one
 * sentence in Cytobench's words, and nothing is printed on stderr. Before: 33 million cells in a 27 MB xlsx took 52 s and
 * 6.3 GB, then OutOfMemoryError; sniffing inflated every entry it skipped; a missing sheet part lost a plate with only a
 * POI log line; a DOCTYPE or a missing shared-strings part printed POI's stack traces.
 */
class DamagedWorkbookTest {

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static final String SHEET_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
            + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_TAIL = "</sheetData></worksheet>";

    /** A minimal xlsx whose parts are written by the given writers, in this order, deflated at the fastest level. */
    static byte[] xlsx(Map<String, PartWriter> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, PartWriter> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                p.getValue().write(zip);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    private static PartWriter text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Workbook, relationships and one sheet written by {@code sheet}; {@code first} parts come before them. */
    private static Map<String, PartWriter> oneSheet(PartWriter sheet, Map<String, PartWriter> first) {
        Map<String, PartWriter> parts = new LinkedHashMap<>(first);
        parts.put("xl/worksheets/sheet1.xml", sheet);
        parts.put("xl/workbook.xml", text("<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                + "<sheet name=\"Plate 1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        parts.put("xl/_rels/workbook.xml.rels", text("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                + "Target=\"worksheets/sheet1.xml\"/></Relationships>"));
        return parts;
    }

    /** Imports with stderr captured; returns the refusal, asserting it is one plain line and that stderr stayed empty. */
    private static ImportException refused(SourceFile f, Duration within) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        ImportException e;
        try {
            // CPU time of the importing thread, not wall time: the test machine is shared and often loaded
            e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                long cpu = THREADS.getCurrentThreadCpuTime();
                ImportException x = assertThrows(ImportException.class, () -> PlateImporters.importFile(f, null));
                long used = THREADS.getCurrentThreadCpuTime() - cpu;
                assertTrue(used < within.toNanos(), "refused after " + used / 1_000_000 + " ms of CPU, allowed " + within.toMillis());
                return x;
            });
        } finally {
            System.setErr(old);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8), "nothing on stderr");
        assertTrue(e.getMessage().startsWith(f.name() + ": ") || e.getMessage().startsWith(f.name() + ", "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().matches(".*(Exception|Error|POI|XMLStream).*"), "raw exception text: " + e.getMessage());
        return e;
    }

    @Test
    void aMillionCellsInASmallXlsxAreRefusedQuicklyByTheCellBudget() throws Exception {
        PartWriter sheet = out -> {
            out.write(SHEET_HEAD.getBytes(StandardCharsets.UTF_8));
            byte[] row = ("<row>" + "<c><v>1</v></c>".repeat(100) + "</row>").getBytes(StandardCharsets.UTF_8);
            for (int r = 0; r < 10_000; r++) out.write(row); // 1 000 000 cells
            out.write(SHEET_TAIL.getBytes(StandardCharsets.UTF_8));
        };
        SourceFile f = new SourceFile("million.xlsx", xlsx(oneSheet(sheet, Map.of())));
        assertTrue(f.size() < 2_000_000, "a small file: " + f.size());
        ImportException e = refused(f, Duration.ofSeconds(3));
        assertTrue(e.getMessage().contains("more than 800,000 cells"), e.getMessage());
    }

    @Test
    void aSheetOfSeventyMegabytesIsRefusedByTheSizeBudgetAndSniffingReadsOnlyItsStart() throws Exception {
        byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        PartWriter sheet = out -> {
            out.write(SHEET_HEAD.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 70; i++) out.write(spaces);
            out.write(SHEET_TAIL.getBytes(StandardCharsets.UTF_8));
        };
        // the big sheet comes first in the zip, before the part the sniffer looks for after it
        SourceFile f = new SourceFile("padded.xlsx", xlsx(oneSheet(sheet, Map.of())));
        long cpu = THREADS.getCurrentThreadCpuTime();
        String sniffed = WorkbookSniffer.text(f);
        assertTrue(THREADS.getCurrentThreadCpuTime() - cpu < 500_000_000L, "sniffing took over 0.5 s of CPU");
        assertTrue(sniffed.length() <= 2 * 256 * 1024 + 2, "only the start of each part: " + sniffed.length());
        ImportException e = refused(f, Duration.ofSeconds(4));
        assertTrue(e.getMessage().contains("more than 64 MB of sheet data"), e.getMessage());
    }

    @Test
    void aZip64WorkbookWithAnOversizedSheetIsRefusedByTheSizeBudget() throws Exception {
        // ZIP64 records (as a 28 GB sheet has) on a sheet of 70 MB: the reader stops at its budget, whatever the sizes say
        byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream zip =
                new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(bytes)) {
            zip.setUseZip64(org.apache.commons.compress.archivers.zip.Zip64Mode.Always);
            zip.setLevel(Deflater.BEST_SPEED);
            PartWriter sheet = out -> {
                out.write(SHEET_HEAD.getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 70; i++) out.write(spaces);
                out.write(SHEET_TAIL.getBytes(StandardCharsets.UTF_8));
            };
            for (Map.Entry<String, PartWriter> p : oneSheet(sheet, Map.of()).entrySet()) {
                zip.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry(p.getKey()));
                p.getValue().write(zip);
                zip.closeArchiveEntry();
            }
        }
        SourceFile f = new SourceFile("zip64.xlsx", bytes.toByteArray());
        ImportException e = refused(f, Duration.ofSeconds(4));
        assertTrue(e.getMessage().contains("more than 64 MB of sheet data"), e.getMessage());
    }

    @Test
    void aWorkbookWhoseSecondSheetIsMissingIsRefusedNotReadAsOnePlate() throws Exception {
        SourceFile whole = VendorSampleFiles.xlsx("two.xlsx", twoGridSheets());
        assertEquals(2, PlateImporters.importFile(whole, null).plates().size(), "intact: two plates");
        SourceFile f = new SourceFile("two.xlsx", withoutPart(whole.bytes(), "xl/worksheets/sheet2.xml", null));
        ImportException e = refused(f, Duration.ofSeconds(5));
        assertTrue(e.getMessage().contains("sheet 'Plate 2' is listed in the workbook but its data"), e.getMessage());
    }

    @Test
    void aMissingSharedStringsPartIsSaidInPlainWords() throws Exception {
        SourceFile whole = VendorSampleFiles.xlsx("labels.xlsx", twoGridSheets());
        SourceFile f = new SourceFile("labels.xlsx", withoutPart(whole.bytes(), "xl/sharedStrings.xml", null));
        ImportException e = refused(f, Duration.ofSeconds(5));
        assertTrue(e.getMessage().contains("refers to shared text 0 that the workbook does not contain (its shared-strings part is missing)"),
                e.getMessage());
    }

    @Test
    void aDoctypeInAPartIsRefusedInPlainWords() throws Exception {
        SourceFile whole = VendorSampleFiles.xlsx("dtd.xlsx", twoGridSheets());
        SourceFile f = new SourceFile("dtd.xlsx", withoutPart(whole.bytes(), "xl/sharedStrings.xml",
                xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE sst [<!ENTITY x \"boom\">]>")));
        ImportException e = refused(f, Duration.ofSeconds(5));
        assertTrue(e.getMessage().contains("holds a DOCTYPE"), e.getMessage());
    }

    @Test
    void aCellOfMoreCharactersThanExcelAllowsIsRefused() throws Exception {
        PartWriter sheet = text(SHEET_HEAD + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + "x".repeat(40_000)
                + "</t></is></c></row>" + SHEET_TAIL);
        ImportException e = refused(new SourceFile("long.xlsx", xlsx(oneSheet(sheet, Map.of()))), Duration.ofSeconds(5));
        assertTrue(e.getMessage().contains("more than 32,767 characters"), e.getMessage());
    }

    /** Two sheets, each one labelled 8 × 12 grid. */
    private static Map<String, List<List<Object>>> twoGridSheets() {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        for (String name : List.of("Plate 1", "Plate 2")) {
            List<List<Object>> rows = new ArrayList<>();
            List<Object> header = new ArrayList<>(List.of(""));
            for (int c = 1; c <= 12; c++) header.add((double) c);
            rows.add(header);
            for (int r = 0; r < 8; r++) {
                List<Object> row = new ArrayList<>(List.of(String.valueOf((char) ('A' + r))));
                for (int c = 0; c < 12; c++) row.add(0.1 + r * 12 + c);
                rows.add(row);
            }
            sheets.put(name, rows);
        }
        return sheets;
    }

    /** The zip with {@code part} left out ({@code edit} null) or its text edited. */
    static byte[] withoutPart(byte[] zipBytes, String part, UnaryOperator<String> edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes)); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(part)) {
                    found = true;
                    if (edit == null) continue;
                    content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        assertTrue(found, part + " not in the workbook");
        return out.toByteArray();
    }
}
