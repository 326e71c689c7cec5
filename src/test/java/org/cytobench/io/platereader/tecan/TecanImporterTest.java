package org.cytobench.io.platereader.tecan;

import static org.cytobench.io.VendorSampleFiles.read;
import static org.cytobench.io.VendorSampleFiles.value;
import static org.cytobench.io.VendorSampleFiles.xlsx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.SourceFile;
import org.cytobench.io.VendorSampleFiles;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

/** Tecan importers on workbooks written by the test (always run). */
class TecanImporterTest {

    private static List<Object> row(Object... cells) { return new ArrayList<>(List.of(cells)); }

    private static List<List<Object>> iControlSheet(String label, Object markerCell) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Application: Tecan i-control", "", "", "", "Tecan i-control , 3.9"));
        rows.add(row("Device: infinite 200Pro"));
        rows.add(row(""));
        rows.add(row("Comment", "", "", "", "IL-6 ELISA"));
        rows.add(row("Label: " + label));
        rows.add(row("Mode", "", "", "", "Absorbance"));
        rows.add(row("Wavelength", "", "", "", 450.0, "nm"));
        List<Object> header = row("<>");
        for (int c = 1; c <= 12; c++) header.add((double) c);
        rows.add(header);
        for (int r = 0; r < 8; r++) {
            List<Object> cells = row(String.valueOf((char) ('A' + r)));
            for (int c = 0; c < 12; c++) cells.add(r == 7 && c == 11 ? markerCell : (double) (float) (0.1 * r + 0.01 * c));
            rows.add(cells);
        }
        rows.add(row(""));
        rows.add(row("Movement", "", "", "", "Move Plate Out"));
        return rows;
    }

    @Test
    void iControlLabelWavelengthMarkerAndFloatNoise() throws Exception {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Sheet2", iControlSheet("A450", "OVER"));
        SourceFile f = xlsx("icontrol.xlsx", sheets);
        ImportResult r = PlateImporters.importFile(f, null);
        assertEquals("tecan-icontrol", r.format());
        PlateData p = r.plates().get(0);
        assertEquals("Sheet2 (IL-6 ELISA)", p.name());
        Read a450 = read(p, "A450");
        assertEquals(450.0, a450.wavelengthNm());
        assertEquals(0.71, value(a450, "H2"), 0.0, "float32 0.71 comes back as 0.71");
        assertEquals("OVER", a450.marker(WellPosition.parse("H12")));
        assertEquals(95, a450.values().size());
    }

    @Test
    void magellanListKineticLabel() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Well positions", "Label1", "Label1", "Label1"));
        rows.add(row("", "0s", "60s", "120s"));
        rows.add(row("", "25 °C", "25 °C", "25.1 °C"));
        rows.add(row("A1", 0.1, 0.2, 0.3));
        rows.add(row("B2", 0.4, "OVER", 0.6));
        rows.add(row("Date of measurement: 2024-01-01/Time of measurement: 10:00:00"));
        rows.add(row("Measurement 1:"));
        rows.add(row("Measurement wavelength: 405 nm"));
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Magellan Sheet 1", rows);
        ImportResult r = PlateImporters.importFile(xlsx("kin.xlsx", sheets), null);
        assertEquals("tecan-magellan", r.format());
        PlateData p = r.plates().get(0);
        assertEquals(8, p.rows());
        KineticRead k = p.kinetic().get(0);
        assertEquals("Label1", k.name());
        assertEquals(405.0, k.wavelengthNm());
        assertEquals(List.of(0.0, 60.0, 120.0), k.timesSeconds());
        assertEquals(List.of(0.1, 0.2, 0.3), k.series().get(WellPosition.parse("A1")));
        assertEquals(java.util.Arrays.asList(0.4, null, 0.6), k.series().get(WellPosition.parse("B2")));
        assertEquals("OVER", k.markers().get(WellPosition.parse("B2")));
    }

    @Test
    void magellanListWithoutWellRowsNamesSheetAndCell() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Well positions", "Label1"));
        rows.add(row("", "0s"));
        rows.add(row("Z9", 0.1));
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Magellan Sheet 1", rows);
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(xlsx("bad.xlsx", sheets), "tecan-magellan"));
        assertEquals("bad.xlsx", e.file());
        assertEquals("sheet 'Magellan Sheet 1', cell A3", e.location());
        assertTrue(e.problem().contains("well rows"), e.problem());
    }

    @Test
    void wrongVendorUnderForcedTecanFormatsGivesOneClearMessage() throws Exception {
        SourceFile csv = VendorSampleFiles.fixture("generic_bare_grid.tsv");
        for (String id : List.of("tecan-magellan", "tecan-icontrol", "tecan-spark")) {
            ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(csv, id), id);
            assertTrue(e.getMessage().startsWith("generic_bare_grid.tsv"), e.getMessage());
            assertFalse(e.getMessage().contains("Exception:"), "no stack-trace wording: " + e.getMessage());
        }
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Sheet2", iControlSheet("A450", 0.5));
        SourceFile iControl = xlsx("icontrol.xlsx", sheets);
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(iControl, "tecan-spark"));
        assertTrue(e.problem().contains("SparkControl"), e.problem());
    }

    @Test
    void iControlGridWithoutColumnNumbersNamesTheCell() throws Exception {
        List<List<Object>> rows = iControlSheet("A450", 0.5);
        rows.set(7, row("<>", "x", "y"));
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("1", rows);
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(xlsx("cut.xlsx", sheets), "tecan-icontrol"));
        assertEquals("sheet '1', cell A8", e.location());
    }

    @Test
    void floatNoiseCleaningKeepsDoublesThatAreNotFloats() {
        assertEquals(0.3438, TecanResultSheet.shortestFloat(0.34380000829696655), 0.0);
        assertEquals(0.0635, TecanResultSheet.shortestFloat(0.0635), 0.0);
        assertEquals(2.2075694995298862, TecanResultSheet.shortestFloat(2.2075694995298862), 0.0);
    }
}
