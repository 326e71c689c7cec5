package org.cytobench.io.platereader.generic;

import static org.cytobench.io.VendorSampleFiles.fixture;
import static org.cytobench.io.VendorSampleFiles.read;
import static org.cytobench.io.VendorSampleFiles.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporter;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.SourceFile;
import org.cytobench.io.VendorSampleFiles;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

class GenericGridImporterTest {

    private final GenericGridImporter importer = new GenericGridImporter();

    @Test
    void readsSemicolonGridWithDecimalCommaCaptionAndMarker() throws Exception {
        ImportResult r = PlateImporters.importFile(fixture("generic_semicolon_decimal_comma.csv"), null);
        assertEquals("generic-grid", r.format());
        PlateData p = r.plates().get(0);
        assertEquals(8, p.rows());
        assertEquals(12, p.columns());
        Read read = read(p, "450 nm");
        assertEquals(450.0, read.wavelengthNm());
        assertEquals(ReadKind.RAW, read.kind());
        assertEquals(0.05, value(read, "A1"), 1e-12);
        assertEquals(1.55, value(read, "H11"), 1e-12);
        assertEquals("OVRFLW", read.marker(WellPosition.parse("H12")));
        assertEquals(95, read.values().size());
        assertFalse(r.warnings().isEmpty(), "the user is told that reader and wavelength are unknown");
    }

    @Test
    void readsBareTabGridWithoutLabels() throws Exception {
        ImportResult r = PlateImporters.importFile(fixture("generic_bare_grid.tsv"), null);
        assertEquals("generic-grid", r.format());
        Read read = r.plates().get(0).reads().get(0);
        assertEquals("Grid 1", read.name());
        assertNull(read.wavelengthNm());
        assertEquals(96, read.values().size());
        assertEquals(0.16, value(read, "A12"), 1e-12);
        assertEquals(1.45, value(read, "H1"), 1e-12);
    }

    @Test
    void readsTwoCaptionedGridsAsTwoReadsOfOnePlate() throws Exception {
        ImportResult r = PlateImporters.importFile(fixture("generic_two_reads_labelled.tsv"), null);
        assertEquals(1, r.plates().size());
        PlateData p = r.plates().get(0);
        assertEquals(List.of("450", "570"), p.reads().stream().map(Read::name).toList());
        assertEquals(570.0, read(p, "570").wavelengthNm());
        assertEquals(0.05, value(read(p, "450"), "A1"), 1e-12);
        assertEquals(1.05, value(read(p, "570"), "A1"), 1e-12);
        assertEquals(2.55, value(read(p, "570"), "H11"), 1e-12);
    }

    @Test
    void reads384GridWithRowLettersOnlyAndScientificNotation() throws Exception {
        ImportResult r = PlateImporters.importFile(fixture("generic_384_row_labels.csv"), null);
        PlateData p = r.plates().get(0);
        assertEquals(16, p.rows());
        assertEquals(24, p.columns());
        Read read = p.reads().get(0);
        assertEquals(384, read.values().size());
        assertEquals(0.001, value(read, "A1"), 1e-15);
        assertEquals(0.384, value(read, "P24"), 1e-15);
        assertEquals(0.025, value(read, "B1"), 1e-15);
    }

    @Test
    void readsSpaceAlignedGrid() throws Exception {
        ImportResult r = PlateImporters.importFile(fixture("generic_space_aligned.txt"), null);
        Read read = r.plates().get(0).reads().get(0);
        assertEquals(96, read.values().size());
        assertEquals(0.36, value(read, "B12"), 1e-12);
    }

    @Test
    void readsGridsFromAnXlsxSheet() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("OD 450"));
        List<Object> header = new ArrayList<>(List.of(""));
        for (int c = 1; c <= 12; c++) header.add((double) c);
        rows.add(header);
        for (int r = 0; r < 8; r++) {
            List<Object> row = new ArrayList<>(List.of(String.valueOf((char) ('A' + r))));
            for (int c = 0; c < 12; c++) row.add(r * 0.1 + c * 0.01);
            rows.add(row);
        }
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("My plate", rows);
        SourceFile xlsx = VendorSampleFiles.xlsx("mine.xlsx", sheets);
        assertTrue(importer.recognizes(xlsx));
        ImportResult r = PlateImporters.importFile(xlsx, null);
        assertEquals("generic-grid", r.format());
        PlateData p = r.plates().get(0);
        assertEquals("My plate", p.name());
        Read read = read(p, "OD 450");
        assertEquals(450.0, read.wavelengthNm());
        assertEquals(0.71, value(read, "H2"), 1e-12);
    }

    @Test
    void sevenRowsAreNotAPlate() throws Exception {
        SourceFile f = fixture("generic_seven_rows.csv");
        assertFalse(importer.recognizes(f));
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(f, "generic-grid"));
        assertEquals("generic_seven_rows.csv", e.file());
        assertTrue(e.getMessage().startsWith("generic_seven_rows.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("8 rows of 12"), e.getMessage());
    }

    @Test
    void binaryGarbageIsNeitherRecognizedNorRead() {
        byte[] junk = new byte[4096];
        new java.util.Random(3).nextBytes(junk);
        SourceFile f = new SourceFile("junk.bin", junk);
        assertFalse(importer.recognizes(f));
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(f, "generic-grid"));
        assertEquals("junk.bin", e.file());
    }

    @Test
    void aGridBuriedInLongMetadataIsNotAutoDetectedButReadsWhenForced() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) sb.append("Setting ").append(i).append(",value ").append(i).append("\n");
        sb.append(new String(fixture("generic_bare_grid.tsv").bytes(), StandardCharsets.UTF_8).replace('\t', ','));
        SourceFile f = new SourceFile("unknown_vendor.csv", sb.toString().getBytes(StandardCharsets.UTF_8));
        assertFalse(importer.recognizes(f), "conservative: mostly metadata is not a plate grid");
        ImportResult r = PlateImporters.importFile(f, "generic-grid");
        assertEquals(96, r.plates().get(0).reads().get(0).values().size());
    }

    @Test
    void wrongShapeLabelledGridIsRejected() {
        StringBuilder sb = new StringBuilder(",1,2,3,4,5,6,7,8,9,10,11,12\n");
        for (int r = 0; r < 9; r++) { // nine lettered rows: A–I
            sb.append((char) ('A' + r));
            for (int c = 0; c < 12; c++) sb.append(",0.1");
            sb.append('\n');
        }
        SourceFile f = new SourceFile("nine_rows.csv", sb.toString().getBytes(StandardCharsets.UTF_8));
        assertFalse(importer.recognizes(f));
    }

    @Test
    void registeredLast() {
        List<PlateImporter> all = PlateImporters.all();
        assertEquals("generic-grid", all.get(all.size() - 1).id());
    }
}
