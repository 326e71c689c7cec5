package org.cytobench.io.multiplex.bioplex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cytobench.io.ImportException;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.SourceFile;
import org.cytobench.io.multiplex.LogisticEquation;
import org.cytobench.io.multiplex.MultiplexExport;
import org.cytobench.io.multiplex.MultiplexExportsDir;
import org.cytobench.io.multiplex.MultiplexImporters;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.io.multiplex.VendorWellType;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

/** Bio-Plex Manager Excel exports in ../shared (values read by hand from the sheets) and a workbook of our own. */
class BioPlexExcelImporterTest {

    private static WellPosition w(String s) { return WellPosition.parse(s); }

    private static MultiplexPlate plate(String name) throws Exception {
        MultiplexExport e = MultiplexImporters.importFile(MultiplexExportsDir.file("bio-rad-bioplex/" + name), null);
        assertEquals("bioplex-excel", e.format());
        return e.plates().get(0);
    }

    @Test
    void readsTheLincoThirteenPlexFromXlsxAndXlsAlike() throws Exception {
        for (String f : List.of("labkey_pnLINCO20070302A.xlsx", "labkey_pnLINCO20070302A.xls")) {
            MultiplexPlate p = plate(f);
            assertEquals(List.of("IL-1b", "IL-2", "IL-4", "IL-5", "IL-6", "IL-7", "IL-8", "IL-10", "IL-12p70", "IL-13", "IFN-gamma",
                    "GM-CSF", "TNF-alpha"), p.analyteNames(), f);
            assertEquals("1", p.analytes().get(0).region());
            assertEquals("40", p.analytes().get(12).region());
            assertEquals("PLATE1_3-2-07", p.name());
            assertEquals("FI - Bkgd", p.signalRead());
            assertEquals("Obs Conc", p.resultRead());
            // X1 in A3,B3: FI 1960.8 (the pair's mean), Obs Conc 37.53
            assertEquals(1960.8, p.read("IL-1b", "FI").orElseThrow().value(w("A3")));
            assertEquals(1960.8, p.read("IL-1b", "FI - Bkgd").orElseThrow().value(w("B3")));
            assertEquals(37.53, p.read("IL-1b", "Obs Conc").orElseThrow().value(w("A3")));
            assertEquals(VendorWellType.UNKNOWN, p.wells().get(w("A3")).type());
            assertEquals("A3,B3", p.wells().get(w("A3")).group());
            assertEquals(VendorWellType.STANDARD, p.wells().get(w("C1")).type());
            assertEquals("S1", p.wells().get(w("C1")).level());
            assertEquals(0.13, p.expected().get("IL-1b").get("S1"));
            assertEquals(2000.0, p.expected().get("IL-1b").get("S7"));
            assertEquals("Logistic - 4PL", p.curves().get("IL-1b").regression());
            assertEquals("4pl", p.curves().get("IL-1b").modelId());
            assertEquals(new LogisticEquation(36.9094, 16123.9, 247.786, -1.05775, 1), p.curves().get("IL-1b").equation());
            assertEquals(13, p.curves().size());
            // the footer equation inverted gives the file's Obs Conc (hand-checked: 37.53)
            assertEquals(37.53, p.curves().get("IL-1b").equation().concentration(1960.8), 0.005);
        }
    }

    @Test
    void readsFivePlCurvesOorFlagsAndBeadCounts() throws Exception {
        MultiplexPlate p = plate("labkey_plate_1_IgA-Biot_Standard2.xls");
        assertEquals("ENV6", p.analytes().get(0).name());
        assertEquals("97", p.analytes().get(0).region());
        assertEquals("Bead Count", p.beadCountRead());
        assertEquals(167.0, p.read("ENV6", "Bead Count").orElseThrow().value(w("C11")));
        assertEquals(VendorWellType.BACKGROUND, p.wells().get(w("C11")).type());
        assertEquals("OOR >", p.read("ENV6", "Obs Conc").orElseThrow().marker(w("C1")));
        assertEquals("OOR <", p.read("ENV6", "Obs Conc").orElseThrow().marker(w("C7")));
        assertEquals("***", p.read("ENV6", "(Obs/Exp) * 100").orElseThrow().marker(w("C1")));
        assertEquals(100.0, p.wells().get(w("C9")).dilution());
        LogisticEquation eq = p.curves().get("ENV6").equation();
        assertEquals(new LogisticEquation(0.582906, 167.081, 0.531813, -5.30023, 0.1), eq);
        assertEquals("5pl", p.curves().get("ENV6").modelId());
        // D1: FI − Bkgd 130.5 → Obs Conc 0.33856
        assertEquals(0.33856, eq.concentration(p.read("ENV6", "FI - Bkgd").orElseThrow().value(w("D1"))), 0.000005);
        assertEquals(5, p.analytes().size());
        assertEquals(5, plate("labkey_plate_3_IgA-Biot_Standard1.xlsx").analytes().size());
        assertTrue(plate("labkey_02-14A22-IgA-Biotin.xls").analytes().size() > 1);
    }

    @Test
    void perWellTableWinsOverTheReplicateSummary() throws Exception {
        MultiplexPlate p = plate("labkey_RawAndSummary.xlsx");
        assertEquals(List.of("Analyte3", "Analyte2", "Analyte1"), p.analyteNames());
        assertEquals(27655.0, p.read("Analyte3", "FI").orElseThrow().value(w("G1"))); // raw, not the pair's 27888.25
        assertEquals("*473.32023", p.read("Analyte3", "Obs Conc").orElseThrow().marker(w("H1")));
        assertEquals(new LogisticEquation(-0.00470961, 2.16699E7, 335.801, -0.167844, 10), p.curves().get("Analyte3").equation());
    }

    @Test
    void readsTheWideSyntheticSheetAndTheGuideSetRuns() throws Exception {
        MultiplexPlate p = plate("serolyzer_synthetic_bioplex.xlsx");
        assertEquals(List.of("AN1", "AN2"), p.analyteNames());
        assertEquals("44", p.analytes().get(1).region());
        assertEquals(6433.6, p.read("AN2", "FI").orElseThrow().value(w("A2")));
        assertEquals(67.0, p.read("AN1", "Bead Count").orElseThrow().value(w("A1")));
        for (int i = 2; i <= 5; i++) assertEquals(2, plate("labkey_Guide_Set_plate_" + i + ".xls").analytes().size());
    }

    @Test
    void guideSetPlateOneFailsNamingTheImpossibleWell() throws Exception {
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(
                MultiplexExportsDir.file("bio-rad-bioplex/labkey_Guide_Set_plate_1.xls"), null));
        assertEquals("labkey_Guide_Set_plate_1.xls, sheet 'GS Analyte A (1)', cell C27: well 'B25': column 25 is outside 1–24", e.getMessage());
    }

    // --- our own workbooks -----------------------------------------------------------------------------------------

    private static SourceFile workbook(String name, String[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("IL-6 (12)");
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            wb.write(out);
            return new SourceFile(name, out.toByteArray());
        }
    }

    private static final String[][] SMALL = {
            {"Analyte: IL-6 (12)"}, {"RP1 PMT (Volts): 555.80"}, {""},
            {"Analyte", "Type", "Well", "Description", "FI", "FI - Bkgd", "Obs Conc", "Exp Conc", "Dilution", "Bead Count"},
            {"IL-6 (12)", "B", "A1", "", "10", "10", "", "", "1", "80"},
            {"IL-6 (12)", "S1", "B1", "Std", "5000", "4990", "1000", "1000", "1", "75"},
            {"IL-6 (12)", "X1", "C1", "donor 1", "700", "690", "OOR <", "", "2", "31"},
            {""}, {"Regression Type: Logistic - 4PL"}, {"Std. Curve: FI = 10 + (6000 - 10) / (1 + (Conc / 300)^-1.2)"}};

    @Test
    void readsOurOwnWorkbookAndRejectsBadOnes() throws Exception {
        MultiplexPlate p = new BioPlexExcelImporter().readMultiplex(workbook("ok.xlsx", SMALL)).plates().get(0);
        assertEquals(List.of("IL-6"), p.analyteNames());
        assertEquals(31.0, p.read("IL-6", "Bead Count").orElseThrow().value(w("C1")));
        assertEquals(2.0, p.wells().get(w("C1")).dilution());
        assertEquals("donor 1", p.wells().get(w("C1")).sample());
        assertEquals(new LogisticEquation(10, 6000, 300, -1.2, 1), p.curves().get("IL-6").equation());

        String[][] badWell = SMALL.clone();
        badWell[6] = new String[] {"IL-6 (12)", "X1", "Z9", "donor 1", "700", "690", "", "", "2", "31"};
        assertEquals("bad.xlsx, sheet 'IL-6 (12)', cell C7: 'Z9' is not a well (expected e.g. A1 or A1,B1)",
                assertThrows(ImportException.class, () -> new BioPlexExcelImporter().readMultiplex(workbook("bad.xlsx", badWell))).getMessage());
        String[][] noTable = {{"Analyte: IL-6 (12)"}, {"RP1 PMT (Volts): 555.80"}, {"nothing here"}};
        assertEquals("none.xlsx: no sheet has a Bio-Plex results table (a row with Type, Well and FI)",
                assertThrows(ImportException.class, () -> PlateImporters.importFile(workbook("none.xlsx", noTable), "bioplex-excel")).getMessage());
        SourceFile garbage = new SourceFile("g.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5});
        assertTrue(assertThrows(ImportException.class, () -> PlateImporters.importFile(garbage, "bioplex-excel")).getMessage()
                .startsWith("g.xlsx: not a readable Excel workbook"));
        assertEquals("e.xlsx: the file is empty", assertThrows(ImportException.class,
                () -> new BioPlexExcelImporter().readMultiplex(new SourceFile("e.xlsx", new byte[0]))).getMessage());
    }
}
