package org.cytobench.io.multiplex.luminex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.SourceFile;
import org.cytobench.io.multiplex.MultiplexExport;
import org.cytobench.io.multiplex.MultiplexExportsDir;
import org.cytobench.io.multiplex.MultiplexImporters;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.io.multiplex.VendorCurve;
import org.cytobench.io.multiplex.VendorWellType;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

/** xPONENT CSV against the real exports in ../shared (values read by hand from the files) and our own small fixtures. */
class XponentCsvImporterTest {

    private static final WellPosition A1 = WellPosition.parse("A1"), A2 = WellPosition.parse("A2"), B1 = WellPosition.parse("B1"),
            C1 = WellPosition.parse("C1"), H12 = WellPosition.parse("H12");

    private static MultiplexPlate plate(String name) throws Exception {
        MultiplexExport e = MultiplexImporters.importFile(MultiplexExportsDir.file("luminex-xponent/" + name), null);
        assertEquals("luminex-xponent", e.format());
        assertEquals(1, e.plates().size());
        return e.plates().get(0);
    }

    @Test
    void readsTheThirtyPlexCytokinePanelWithAnalysisOn() throws Exception {
        MultiplexPlate p = plate("serolyzer_pone.0187901.s001.csv");
        assertEquals("plate_1", p.name());
        assertEquals(30, p.analytes().size());
        assertEquals("FGF", p.analytes().get(0).name());
        assertTrue(p.analyteNames().containsAll(java.util.List.of("IL6", "TNFa", "IL10", "IL2", "IFNg", "IL4", "IL8")));
        assertEquals("pg/mL", p.analytes().get(3).unit());
        assertEquals("15", p.analytes().get(3).region()); // IL10 BeadID
        assertEquals("Net MFI", p.signalRead());
        assertEquals("Count", p.beadCountRead());
        assertEquals("Result", p.resultRead());
        // Median FGF A1 21; Net MFI IL10 A2 (Standard1) 19448; Count FGF A1 189
        assertEquals(21.0, p.read("FGF", "Median").orElseThrow().value(A1));
        assertEquals(19448.0, p.read("IL10", "Net MFI").orElseThrow().value(A2));
        assertEquals(ReadKind.DERIVED, p.read("IL10", "Net MFI").orElseThrow().kind());
        assertEquals(ReadKind.RAW, p.read("IL10", "Median").orElseThrow().kind());
        assertEquals(189.0, p.read("FGF", "Count").orElseThrow().value(A1));
        // the vendor's results: numbers, "< 0.105…" and "> 3450" markers, NaN for background
        assertEquals(6544.7325506269, p.read("IL10", "Result").orElseThrow().value(B1), 1e-9);
        assertEquals("< 0.10528564453125", p.read("FGF", "Result").orElseThrow().marker(C1));
        assertEquals("> 3450", p.read("FGF", "Result").orElseThrow().marker(A2));
        assertEquals("NaN", p.read("FGF", "Result").orElseThrow().marker(A1));
        // layout
        assertEquals(VendorWellType.BACKGROUND, p.wells().get(A1).type());
        assertEquals(VendorWellType.BACKGROUND, p.wells().get(H12).type());
        assertEquals(VendorWellType.STANDARD, p.wells().get(A2).type());
        assertEquals("Standard1", p.wells().get(A2).level());
        assertEquals("Standard1", p.wells().get(A2).group()); // A2 and H4 are replicates
        assertEquals(VendorWellType.CONTROL, p.wells().get(B1).type());
        assertEquals(2.0, p.wells().get(B1).dilution());
        assertEquals(VendorWellType.UNKNOWN, p.wells().get(C1).type());
        assertEquals("B_sid_13_CSP", p.wells().get(C1).sample());
        assertNull(p.wells().get(A2).dilution());
        assertEquals(96, p.wells().size());
        // expected concentrations as written, the lost decimal points flagged
        assertEquals(20850.0, p.expected().get("IL10").get("Standard1"));
        assertEquals(6950.0, p.expected().get("IL10").get("Control1"));
        assertEquals(215625.0, p.expected().get("FGF").get("Standard5"));
        assertTrue(p.implausible().stream().anyMatch(v -> v.analyte().equals("FGF") && v.level().equals("Standard5")
                && v.implied() == 215.625), p.implausible()::toString);
        assertTrue(p.implausible().stream().noneMatch(v -> v.analyte().equals("IL10") && v.level().equals("Standard1")));
        // the vendor's 5PL
        VendorCurve il10 = p.curves().get("IL10");
        assertEquals("Logistic 5P", il10.regression());
        assertEquals("5pl", il10.modelId());
        assertEquals(0.816535778517361, il10.equation().a());
        assertEquals(24472.230728556, il10.equation().b());
        assertEquals(4061.9838600788, il10.equation().c());
        assertEquals(-0.900736841705853, il10.equation().d());
        assertEquals(1.13145248051074, il10.equation().f());
        assertEquals(0.998167957968397, il10.r2());
        assertEquals(30, p.curves().size());
    }

    @Test
    void plateViewNamesReadsByAnalyteAndWarnsOfImplausibleStandards() throws Exception {
        ImportResult r = PlateImporters.importFile(MultiplexExportsDir.file("luminex-xponent/serolyzer_pone.0187901.s001.csv"), null);
        assertEquals("luminex-xponent", r.format());
        assertEquals(19448.0, r.plates().get(0).read("IL10 Net MFI").orElseThrow().value(A2));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("FGF Standard5") && w.contains("215625") && w.contains("215.625")),
                r.warnings()::toString);
    }

    @Test
    void readsTheSixtyTwoPlexPlateAndTheSmallAnalysisOffFiles() throws Exception {
        MultiplexPlate big = plate("serolyzer_P1_SEROPED_PBT_62PLEX_PLATE1_03312023_RUN001.csv");
        assertEquals(62, big.analytes().size());
        assertEquals("Adenovirus T3", big.analytes().get(0).name());
        assertTrue(big.curves().isEmpty());
        assertEquals("Median", big.signalRead()); // no Net MFI table in this export

        MultiplexPlate small = plate("allotropy_luminex_xPONENT_example02.csv");
        assertEquals(java.util.List.of("alpha", "bravo"), small.analyteNames());
        assertEquals(10921.5, small.read("alpha", "Median").orElseThrow().value(A1));
        assertEquals(42.0, small.read("bravo", "Count").orElseThrow().value(A1));
        assertTrue(small.curves().isEmpty()); // AnalysisType None
        assertEquals(plate("allotropy_luminex_xPONENT_example02_saved.csv").read("alpha", "Median").orElseThrow().values(),
                small.read("alpha", "Median").orElseThrow().values());
        assertEquals(2, plate("allotropy_luminex_xPONENT_example03.csv").analytes().size());
    }

    @Test
    void keepsNaNAndUnreportedCellsOutOfTheNumbers() throws Exception {
        MultiplexExport e = MultiplexImporters.importFile(
                MultiplexExportsDir.file("luminex-xponent/allotropy_luminex_xPONENT_NaN_and_not_reported_values.csv"), null);
        MultiplexPlate p = e.plates().get(0);
        assertEquals(96, p.format().wellCount());
        assertTrue(e.warnings().stream().anyMatch(w -> w.startsWith("table 'Median' has 1 empty cell")), e.warnings()::toString);
        assertTrue(p.reads().values().stream().flatMap(java.util.List::stream).anyMatch(rd -> rd.markers().containsValue("NaN")));
    }

    @Test
    void readsTheIntelliflexExportInXponentLayout() throws Exception {
        MultiplexPlate p = plate("allotropy_luminex_intelliflex_example_01.csv");
        assertEquals("6P_PBS_3_day2", p.analytes().get(0).name());
        assertEquals(2616118.5, p.read("6P_PBS_3_day2", "Median").orElseThrow().value(A1));
    }

    @Test
    void serologyExportWithHolesReadsAndNamesTheGaps() throws Exception {
        MultiplexExport e = MultiplexImporters.importFile(
                MultiplexExportsDir.file("luminex-xponent/serolyzer_CovidOISExPONTENT_CO_with_holes.csv"), null);
        assertEquals(java.util.List.of("Spike_6P_IPP", "ME_NA"), e.plates().get(0).analyteNames());
        assertEquals(19.0, e.plates().get(0).read("Spike_6P_IPP", "Median").orElseThrow().value(WellPosition.parse("H1")));
        assertEquals(VendorWellType.STANDARD, e.plates().get(0).wells().get(WellPosition.parse("H2")).type());
        assertNull(e.plates().get(0).wells().get(WellPosition.parse("H2")).level()); // "S": levels are in a separate layout file
    }

    @Test
    void serologyExportWithMissingRowsFailsNamingTheTable() throws Exception {
        ImportException ex = assertThrows(ImportException.class, () -> PlateImporters.importFile(
                MultiplexExportsDir.file("luminex-xponent/serolyzer_CovidOISExPONTENT_missing_rows.csv"), null));
        assertTrue(ex.getMessage().startsWith("serolyzer_CovidOISExPONTENT_missing_rows.csv, table 'Net MFI' (line 140): lists 94 wells"
                + " but table 'Median' lists 96; missing A1, A2"), ex.getMessage());
    }

    // --- bad input, on fixtures of our own -------------------------------------------------------------------------

    private static final String SMALL = """
            Program,xPONENT,,FLEXMAP 3D
            Build,4.3.229.0
            Batch,mini
            Samples,3,Min Events,100,Per Bead
            Results
            DataType:,Median
            Location,Sample,IL6,TNFa,Total Events
            "1(1,A1)",Background0,10,12,900
            "2(1,B1)",Standard1,5000,6000,800
            "3(1,C1)",Sample7,700,800,850
            DataType:,Count
            Location,Sample,IL6,TNFa,Total Events
            "1(1,A1)",Background0,60,61,900
            "2(1,B1)",Standard1,55,40,800
            "3(1,C1)",Sample7,51,52,850
            -- CRC --
            CRC32: 0
            """;

    private static SourceFile text(String name, String s) {
        return new SourceFile(name, s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsOurSmallFixture() throws Exception {
        MultiplexPlate p = new XponentCsvImporter().readMultiplex(text("mini.csv", SMALL)).plates().get(0);
        assertEquals("mini", p.name());
        assertEquals(40.0, p.read("TNFa", "Count").orElseThrow().value(B1));
        assertEquals(VendorWellType.STANDARD, p.wells().get(B1).type());
    }

    @Test
    void rejectsAnAnalyteColumnMissingFromOneTable() {
        String broken = SMALL.replace("Location,Sample,IL6,TNFa,Total Events\n\"1(1,A1)\",Background0,60",
                "Location,Sample,IL6,Total Events\n\"1(1,A1)\",Background0,60");
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(text("cut.csv", broken), null));
        assertEquals("cut.csv, table 'Count' (line 11): no column for analyte 'TNFa' (table 'Median' has one)", e.getMessage());
    }

    @Test
    void rejectsTablesThatDisagreeOnTheWells() {
        String broken = SMALL.replace("\"3(1,C1)\",Sample7,51,52,850\n", "");
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(text("rows.csv", broken), null));
        assertEquals("rows.csv, table 'Count' (line 11): lists 2 wells but table 'Median' lists 3; missing C1", e.getMessage());
    }

    @Test
    void rejectsEmptyTruncatedGarbageAndWrongVendor() throws Exception {
        XponentCsvImporter imp = new XponentCsvImporter();
        assertEquals("e.csv: the file is empty", assertThrows(ImportException.class, () -> imp.readMultiplex(text("e.csv", ""))).getMessage());
        String cut = SMALL.substring(0, SMALL.indexOf("DataType:,Median"));
        assertTrue(assertThrows(ImportException.class, () -> PlateImporters.importFile(text("t.csv", cut), null)).getMessage()
                .startsWith("t.csv: no DataType table with a row per well"));
        String midRow = SMALL.substring(0, SMALL.indexOf("\"2(1,B1)\",Standard1,55"));
        assertTrue(assertThrows(ImportException.class, () -> PlateImporters.importFile(text("m.csv", midRow), null)).getMessage()
                .startsWith("m.csv, table 'Count' (line 11): lists 1 wells but table 'Median' lists 3"));
        String garbage = "Program,xPONENT\nDataType:,Median\nLocation,Sample,X\nnot a well,a,1\n";
        assertEquals("g.csv, line 4: table 'Median': 'not a well' is not a well location (expected e.g. 1(1,A1))",
                assertThrows(ImportException.class, () -> imp.readMultiplex(text("g.csv", garbage))).getMessage());
        assertTrue(assertThrows(ImportException.class, () -> PlateImporters.importFile(text("gen5.txt", "Software Version\t3.08\n"),
                "luminex-xponent")).getMessage().startsWith("gen5.txt: no DataType table"));
        assertTrue(!imp.recognizes(text("other.csv", "Well,Value\nA1,1\n")));
        SourceFile binary = new SourceFile("b.csv", new byte[] {'P', 'r', 'o', 'g', 'r', 'a', 'm', ',', 'x', 'P', 'O', 'N', 'E', 'N', 'T', 0, 1, 2, -1});
        assertTrue(assertThrows(ImportException.class, () -> imp.readMultiplex(binary)).getMessage().startsWith("b.csv: no DataType table"));
    }
}
