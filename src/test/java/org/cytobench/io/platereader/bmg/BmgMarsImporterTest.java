package org.cytobench.io.platereader.bmg;

import static org.cytobench.io.VendorSampleFiles.resource;
import static org.cytobench.io.VendorSampleFiles.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.SourceFile;
import org.cytobench.io.TextDecoder;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

/** BMG MARS CSV and Excel exports: own fixtures, always run. The real exports are in {@link BmgSampleExportsTest}. */
class BmgMarsImporterTest {

    private final BmgMarsCsvImporter csv = new BmgMarsCsvImporter();
    private final BmgMarsXlsxImporter xlsx = new BmgMarsXlsxImporter();

    @Test
    void readsTwoWavelengthsAndDerivedBlankCorrectedGrid() throws Exception {
        SourceFile f = resource("bmg/mars_abs450_620_blank_corrected.csv");
        ImportResult r = PlateImporters.importFile(f, null);
        assertEquals("bmg-mars-csv", r.format());
        PlateData p = r.plates().get(0);
        assertEquals("mars_abs450_620_blank_corrected", p.name());
        assertEquals(List.of("450", "620", "Blank corrected based on Raw Data (450 1)"), p.reads().stream().map(Read::name).toList());
        Read r450 = p.read("450").orElseThrow();
        assertEquals(ReadKind.RAW, r450.kind());
        assertEquals(450.0, r450.wavelengthNm());
        assertEquals(0.1, value(r450, "A1"), 1e-12);
        assertEquals(0.21, value(r450, "B2"), 1e-12);
        assertEquals(0.91, value(r450, "H12"), 1e-12);
        assertEquals("overflow", r450.marker(WellPosition.parse("A12")));
        assertNull(r450.value(WellPosition.parse("A12")));
        assertEquals(0.15, value(p.read("620").orElseThrow(), "B2"), 1e-12);
        Read blank = p.reads().get(2);
        assertEquals(ReadKind.DERIVED, blank.kind());
        assertEquals(0.11, value(blank, "B2"), 1e-12);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("A12 'overflow'")), r.warnings().toString());
    }

    @Test
    void readsPartial384PlateWithSemicolonsDecimalCommasInUtf16() throws Exception {
        SourceFile f = resource("bmg/mars_384_partial_semicolon_utf16le.csv");
        assertTrue(csv.recognizes(f));
        PlateData p = csv.read(f).plates().get(0);
        assertEquals(16, p.rows());
        assertEquals(24, p.columns());
        Read r = p.reads().get(0);
        assertEquals("485/520", r.name());
        assertNull(r.wavelengthNm());
        assertEquals(40, r.values().size());
        assertEquals(1300.5, value(r, "D1"), 1e-12);
        assertEquals(1419.5, value(r, "E20"), 1e-12);
        assertNull(r.value(WellPosition.parse("E21")), "unread wells stay empty");
    }

    @Test
    void readsWellsAsColumnsTableInCsv() throws Exception {
        PlateData p = csv.read(resource("bmg/mars_table_endpoint.csv")).plates().get(0);
        Read r = p.read("450").orElseThrow();
        assertEquals(96, r.values().size());
        assertEquals(0.05, value(r, "A1"), 1e-12);
        assertEquals(1.0, value(r, "H12"), 1e-12);
        assertTrue(p.kinetic().isEmpty());
    }

    @Test
    void readsTableAllCyclesWorkbookWithTwoPlatesAsKinetic() throws Exception {
        SourceFile f = new SourceFile("cycles.xlsx", tableAllCycles());
        assertTrue(xlsx.recognizes(f));
        assertFalse(csv.recognizes(f));
        ImportResult r = PlateImporters.importFile(f, null);
        assertEquals("bmg-mars-xlsx", r.format());
        assertEquals(List.of("Table All Cycles", "Table All Cycles (2)"), r.plates().stream().map(PlateData::name).toList());
        PlateData p2 = r.plates().get(1);
        assertEquals(List.of("535", "475-30"), p2.kinetic().stream().map(KineticRead::name).toList());
        KineticRead b = p2.kinetic().get(1);
        assertEquals(475.0, b.wavelengthNm());
        assertEquals(List.of(0.0, 65.0, 130.0), b.timesSeconds());
        // sheet 2 (offset 1000), channel B (offset 2000), well B03 = index 14: 3000 + 10 × cycle + 14
        assertEquals(List.of(3014.0, 3024.0, 3034.0), b.series().get(WellPosition.parse("B3")));
        assertEquals(96, b.series().size());
    }

    @Test
    void gridCutBeforeItsLastRowsFailsWithLine() throws Exception {
        byte[] all = resource("bmg/mars_abs450_620_blank_corrected.csv").bytes();
        String text = new String(all, StandardCharsets.UTF_8);
        int cut = text.indexOf("\r\nE,", text.indexOf("Raw Data (620 2)")) + 2;
        ImportException e = assertThrows(ImportException.class,
                () -> PlateImporters.importFile(new SourceFile("cut.csv", Arrays.copyOf(all, cut)), "bmg-mars-csv"));
        assertTrue(e.getMessage().matches("cut\\.csv, line \\d+: .*truncated"), e.getMessage());
    }

    @Test
    void lastRowCutMidLineFailsInsteadOfReadingPartOfIt() throws Exception {
        String grid = new String(resource("bmg/mars_abs450_620_blank_corrected.csv").bytes(), StandardCharsets.UTF_8);
        String firstGrid = grid.substring(0, grid.indexOf("\r\nH,") + 12); // "H,0.8,0.81" and nothing after
        ImportException e = assertThrows(ImportException.class,
                () -> csv.read(new SourceFile("cut.csv", firstGrid.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().startsWith("cut.csv, line 17: row H "), e.getMessage());
    }

    @Test
    void wellTableCutMidLineFails() throws Exception {
        String text = new String(resource("bmg/mars_table_endpoint.csv").bytes(), StandardCharsets.UTF_8);
        String cut = text.substring(0, text.indexOf("Raw Data (450)") + 100);
        ImportException e = assertThrows(ImportException.class,
                () -> csv.read(new SourceFile("t.csv", cut.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().startsWith("t.csv, line 8: ") && e.getMessage().endsWith("the file looks cut"), e.getMessage());
    }

    @Test
    void gridWithoutColumnHeaderIsRefusedNotSkipped() throws Exception {
        String text = new String(resource("bmg/mars_abs450_620_blank_corrected.csv").bytes(), StandardCharsets.UTF_8);
        List<String> lines = new java.util.ArrayList<>(TextDecoder.lines(text));
        assertEquals(",1,2,3,4,5,6,7,8,9,10,11,12,", lines.remove(20)); // the header of the 620 grid
        ImportException e = assertThrows(ImportException.class,
                () -> csv.read(new SourceFile("h.csv", String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8))));
        assertEquals("h.csv, line 19: expected a column header (,1,2,3,…) below 'Raw Data (620 2)'", e.getMessage());
    }

    @Test
    void wrongVendorUnderForcedFormatFails() throws Exception {
        SourceFile softmax = resource("softmax/timeformat_reduced_only.txt");
        assertFalse(csv.recognizes(softmax));
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(softmax, "bmg-mars-csv"));
        assertTrue(e.getMessage().startsWith("timeformat_reduced_only.txt: no MARS data found"), e.getMessage());
        ImportException x = assertThrows(ImportException.class, () -> PlateImporters.importFile(softmax, "bmg-mars-xlsx"));
        assertTrue(x.getMessage().startsWith("timeformat_reduced_only.txt: not a readable Excel workbook"), x.getMessage());
    }

    @Test
    void workbookWithoutMarsDataFails() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Magellan Sheet 1");
            s.createRow(0).createCell(0).setCellValue("<>");
            wb.write(out);
        }
        SourceFile f = new SourceFile("tecan.xlsx", out.toByteArray());
        assertFalse(xlsx.recognizes(f));
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(f, "bmg-mars-xlsx"));
        assertTrue(e.getMessage().startsWith("tecan.xlsx: no sheet holds MARS data"), e.getMessage());
    }

    @Test
    void badCycleTimeNamesSheetAndCell() throws Exception {
        byte[] book = tableAllCycles();
        XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(book));
        wb.getSheetAt(0).getRow(16).getCell(1).setCellValue("soon");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        ImportException e = assertThrows(ImportException.class, () -> xlsx.read(new SourceFile("t.xlsx", out.toByteArray())));
        assertEquals("t.xlsx, sheet 'Table All Cycles', cell B17: expected the cycle time in seconds, found 'soon'", e.getMessage());
    }

    /**
     * A "Table All Cycles" workbook like MARS writes: metadata in column A, a Well row (A01…H12), Content and Group rows, then
     * 3 cycles of "Raw Data (535 A)" and 3 of " Raw Data (475-30 B)" (leading space), two sheets. Value = sheet offset
     * (1000 per sheet) + channel offset (0 / 2000) + 10 × cycle + well index.
     */
    static byte[] tableAllCycles() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (int sheet = 0; sheet < 2; sheet++) {
                Sheet s = wb.createSheet(sheet == 0 ? "Table All Cycles" : "Table All Cycles (2)");
                String[] meta = {"User: USER", "Path: C:\\BMG\\Omega\\User\\Data", "Test ID: " + (288 + sheet),
                        "Test Name: BRET fixture", "Date: 03-06-2022", "Time: 11:19:15", "ID3: Plate " + (sheet + 1),
                        "Luminescence (dual emission)"};
                for (int i = 0; i < meta.length; i++) s.createRow(i).createCell(0).setCellValue(meta[i]);
                Row well = s.createRow(12), content = s.createRow(13), group = s.createRow(14);
                well.createCell(0).setCellValue("Well");
                content.createCell(0).setCellValue("Content");
                content.createCell(1).setCellValue("Time [s]");
                group.createCell(0).setCellValue("Group");
                for (int i = 0; i < 96; i++) {
                    well.createCell(2 + i).setCellValue(String.format("%c%02d", 'A' + i / 12, i % 12 + 1));
                    content.createCell(2 + i).setCellValue("Sample X" + (i / 2 + 1));
                    group.createCell(2 + i).setCellValue(String.valueOf((char) ('A' + i % 6)));
                }
                int r = 15;
                for (int channel = 0; channel < 2; channel++) {
                    for (int cycle = 0; cycle < 3; cycle++) {
                        Row row = s.createRow(r++);
                        row.createCell(0).setCellValue(channel == 0 ? "Raw Data (535 A)" : " Raw Data (475-30 B)");
                        row.createCell(1).setCellValue(65 * cycle);
                        for (int i = 0; i < 96; i++) row.createCell(2 + i).setCellValue(1000 * sheet + 2000 * channel + 10 * cycle + i);
                    }
                }
            }
            wb.write(out);
        }
        return out.toByteArray();
    }
}
