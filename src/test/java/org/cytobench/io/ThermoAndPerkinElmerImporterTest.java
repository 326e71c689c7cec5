package org.cytobench.io;

import static org.cytobench.io.VendorSampleFiles.fixture;
import static org.cytobench.io.VendorSampleFiles.read;
import static org.cytobench.io.VendorSampleFiles.value;
import static org.cytobench.io.VendorSampleFiles.xlsx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

/** Thermo and PerkinElmer/Revvity importers on fixtures written for these tests (always run), and on bad input. */
class ThermoAndPerkinElmerImporterTest {

    private static final List<String> MY_FORMATS = List.of("tecan-magellan", "tecan-icontrol", "tecan-spark",
            "thermo-skanit", "thermo-multiskan-sky", "thermo-multiskan-text", "envision", "victor-nivo", "victor-x3", "kaleido", "generic-grid");

    private static WellPosition w(String label) { return WellPosition.parse(label); }

    private static List<Object> row(Object... cells) { return new ArrayList<>(List.of(cells)); }

    private static SourceFile text(String name, String content) {
        return new SourceFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void multiskanSingleIterationIsAnEndpointReadAndAlignmentTabsAreSkipped() throws Exception {
        ImportResult r = PlateImporters.importFile(fixture("multiskan_spectrum_endpoint.txt"), null);
        assertEquals("thermo-multiskan-text", r.format());
        Read read = read(r.plates().get(0), "450");
        assertEquals(450.0, read.wavelengthNm());
        assertEquals(0.206, value(read, "B6"), 0.0, "the extra tab after B5 does not shift B6");
        assertEquals(0.212, value(read, "B12"), 0.0);
        assertEquals("NaN", read.marker(w("C3")));
        assertEquals(71, read.values().size(), "rows A–F read, G–H empty, C3 a marker");
        assertTrue(r.plates().get(0).kinetic().isEmpty());
    }

    @Test
    void envisionSemicolonDecimalCommaLabelledGrid() throws Exception {
        ImportResult r = PlateImporters.importFile(fixture("envision_labelled_96_semicolon.csv"), null);
        assertEquals("envision", r.format());
        PlateData p = r.plates().get(0);
        assertEquals(8, p.rows());
        Read read = read(p, "Abs 450 @ 450");
        assertEquals(450.0, read.wavelengthNm());
        assertEquals(0.101, value(read, "A1"), 1e-12);
        assertEquals(0.812, value(read, "H12"), 1e-12);
    }

    @Test
    void nivoSingleCycleIsAnEndpointReadWithMarker() throws Exception {
        ImportResult r = PlateImporters.importFile(fixture("victor_nivo_endpoint.csv"), null);
        assertEquals("victor-nivo", r.format());
        PlateData p = r.plates().get(0);
        assertEquals("IL-6 ELISA", p.name());
        Read read = read(p, "ABS (F) - Endpoint");
        assertEquals(450.0, read.wavelengthNm());
        assertEquals("OVER", read.marker(w("A1")));
        assertEquals(0.812, value(read, "H12"), 1e-12);
        assertEquals(95, read.values().size());
    }

    @Test
    void victorX3SingleRepeatIsAnEndpointRead() throws Exception {
        ImportResult r = PlateImporters.importFile(fixture("victor_x3_endpoint.txt"), null);
        assertEquals("victor-x3", r.format());
        Read read = read(r.plates().get(0), "Absorbance @ 450 (A)");
        assertEquals(450.0, read.wavelengthNm());
        assertEquals(3, read.values().size());
        assertEquals(0.3, value(read, "B1"), 1e-12);
    }

    @Test
    void kaleidoTwoMeasurementsWithTheirWavelengths() throws Exception {
        ImportResult r = PlateImporters.importFile(fixture("kaleido_two_measurements.csv"), null);
        assertEquals("kaleido", r.format());
        PlateData p = r.plates().get(0);
        assertEquals(570.0, read(p, "ABS 570").wavelengthNm());
        assertEquals(450.0, read(p, "ABS 450").wavelengthNm());
        assertEquals(0.812, value(read(p, "ABS 450"), "H12"), 1e-12);
        assertEquals(0.0812, value(read(p, "ABS 570"), "H12"), 1e-12);
    }

    @Test
    void skanItWorkbookMeasurementRawProcessingDerived() throws Exception {
        List<List<Object>> measured = new ArrayList<>(List.of(row("Measurement results"), row("x.skax"), row(""), row("Fluorescence 1"),
                row("Wavelength: 485 nm"), row("Plate 1")));
        List<List<Object>> average = new ArrayList<>(List.of(row("Measurement results"), row("Average 1"), row("Plate 1")));
        for (List<List<Object>> sheet : List.of(measured, average)) {
            List<Object> header = row(sheet == measured ? "RFU" : "Average");
            for (int c = 1; c <= 12; c++) header.add((double) c);
            sheet.add(header);
            for (int r = 0; r < 8; r++) {
                List<Object> cells = row(String.valueOf((char) ('A' + r)));
                for (int c = 0; c < 12; c++) cells.add(r == 0 && c == 0 && sheet == average ? " > Max" : (double) (100 * r + c));
                sheet.add(cells);
            }
            sheet.add(row(""));
            List<Object> sample = row("Sample");
            for (int c = 1; c <= 12; c++) sample.add((double) c);
            sheet.add(sample);
            for (int r = 0; r < 8; r++) sheet.add(row(String.valueOf((char) ('A' + r)), "Un0001"));
        }
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Fluorescence 1_01", measured);
        sheets.put("Average 1_02", average);
        ImportResult r = PlateImporters.importFile(xlsx("skanit.xlsx", sheets), null);
        assertEquals("thermo-skanit", r.format());
        PlateData p = r.plates().get(0);
        assertEquals(List.of("Fluorescence 1: RFU", "Average 1: Average"), p.reads().stream().map(Read::name).toList());
        assertEquals(ReadKind.RAW, p.reads().get(0).kind());
        assertEquals(485.0, p.reads().get(0).wavelengthNm());
        assertEquals(ReadKind.DERIVED, p.reads().get(1).kind());
        assertEquals("> Max", p.reads().get(1).marker(w("A1")));
        assertEquals(711.0, value(p.reads().get(0), "H12"), 0.0);
    }

    @Test
    void multiskanSkySingleReadingIsAnEndpointRead() throws Exception {
        List<List<Object>> raw = new ArrayList<>(List.of(row("Raw data"), row(45224.4), row(""),
                row("Well", "Wavelength(s) [nm]", "Raw absorbance", "Measurement time(s)"),
                row("A 1", 450.0, 1.5, 0.0), row("B 1", 450.0, "OVRFLW", 0.4), row("H 12", 450.0, 0.05, 9.1)));
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Raw data 450 nm", raw);
        ImportResult r = PlateImporters.importFile(xlsx("sky.xlsx", sheets), null);
        assertEquals("thermo-multiskan-sky", r.format());
        Read read = read(r.plates().get(0), "450 nm");
        assertEquals(450.0, read.wavelengthNm());
        assertEquals(1.5, value(read, "A1"), 0.0);
        assertEquals("OVRFLW", read.marker(w("B1")));
        assertEquals(0.05, value(read, "H12"), 0.0);
    }

    @Test
    void truncatedEnVisionGridNamesTheLine() throws Exception {
        String all = new String(fixture("envision_labelled_96_semicolon.csv").bytes(), StandardCharsets.UTF_8);
        String cut = String.join("\r\n", all.split("\r\n", -1)).substring(0, all.indexOf("\r\nD;"));
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(text("cut.csv", cut), "envision"));
        assertEquals("cut.csv", e.file());
        assertTrue(e.location().startsWith("line "), e.getMessage());
        assertTrue(e.problem().contains("8 rows × 12"), e.problem());
    }

    @Test
    void badVictorX3TimeNamesLineAndField() {
        String bad = "Plate\tRepeat\tWell\tType\tTime\tAbsorbance @ 450 (A)\r\n1\t1\tA01\tM\t00:0x:10\t0.1\r\n";
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(text("x3.txt", bad), null));
        assertEquals("line 2, field 5", e.location());
        assertTrue(e.problem().contains("00:01:44.84"), e.problem());
    }

    @Test
    void multiskanRowWithTooManyValuesNamesTheLine() {
        String bad = "Results of Photometric1\r\n\tPlate:1 - Wavelength:450\r\n\tIteration: 1\r\n" + "\t0.1".repeat(25) + "\r\n";
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(text("m.txt", bad), null));
        assertEquals("line 4", e.location());
    }

    @Test
    void nivoWellTableWithAForeignRowNamesTheCell() {
        String bad = "WELL RESULTS\nWell,Time(s),0.0\nA1,,0.1\nQ1,,0.2\n";
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(text("nivo.csv", bad), null));
        assertEquals("line 4, field 1", e.location());
    }

    @Test
    void everyFormatOfMineRejectsEmptyGarbageAndWrongVendorFilesWithItsOwnError() throws Exception {
        byte[] junk = new byte[2048];
        new java.util.Random(11).nextBytes(junk);
        List<SourceFile> bad = List.of(new SourceFile("empty.csv", new byte[0]), new SourceFile("junk.bin", junk),
                text("words.txt", "no plate here\njust words\n"));
        for (String id : MY_FORMATS) {
            for (SourceFile f : bad) {
                ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(f, id), id + " on " + f.name());
                assertEquals(f.name(), e.file());
                assertTrue(e.getMessage().startsWith(f.name()), e.getMessage());
            }
        }
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Sheet1", List.of(row("Plate information")));
        SourceFile workbook = xlsx("envision.xlsx", sheets);
        for (String id : List.of("envision", "victor-nivo", "victor-x3", "kaleido", "thermo-multiskan-text")) {
            ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(workbook, id), id);
            assertTrue(e.problem().startsWith("is an Excel workbook, not "), e.problem());
        }
        SourceFile kaleido = fixture("kaleido_two_measurements.csv");
        for (String id : List.of("envision", "victor-nivo", "victor-x3", "thermo-multiskan-text", "thermo-skanit", "tecan-spark")) {
            ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(kaleido, id), id);
            assertEquals("kaleido_two_measurements.csv", e.file());
        }
    }

    @Test
    void noImporterOfMineClaimsAnotherOnesFixture() throws Exception {
        Map<String, String> expected = Map.of("multiskan_spectrum_endpoint.txt", "thermo-multiskan-text",
                "envision_labelled_96_semicolon.csv", "envision", "victor_nivo_endpoint.csv", "victor-nivo",
                "victor_x3_endpoint.txt", "victor-x3", "kaleido_two_measurements.csv", "kaleido");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            List<String> claimed = PlateImporters.candidates(fixture(e.getKey())).stream().map(PlateImporter::id)
                    .filter(MY_FORMATS::contains).filter(id -> !id.equals("generic-grid")).toList();
            assertEquals(List.of(e.getValue()), claimed, e.getKey());
        }
    }
}
