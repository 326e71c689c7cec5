package org.cytobench.io.multiplex.msd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cytobench.io.ImportException;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.SourceFile;
import org.cytobench.io.multiplex.MultiplexExportsDir;
import org.cytobench.io.multiplex.MultiplexImporters;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.io.multiplex.VendorWellType;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

/** MSD Discovery Workbench exports in ../shared (values read by hand) and fixtures of our own. */
class MsdWorkbenchImporterTest {

    private static WellPosition w(String s) { return WellPosition.parse(s); }

    private static MultiplexPlate plate(String name) throws Exception {
        var e = MultiplexImporters.importFile(MultiplexExportsDir.file("msd/" + name), null);
        assertEquals("msd-workbench", e.format());
        return e.plates().get(0);
    }

    @Test
    void readsAssaysAsAnalytesWithSignalsCalibratorsAndDetectionRanges() throws Exception {
        MultiplexPlate p = plate("allotropy_msd_workbench_test_1.csv");
        assertEquals("2BO40AW287", p.name());
        assertEquals(List.of("Spike (FL.1.5.1)", "Spike (Wuhan)"), p.analyteNames());
        assertEquals("2", p.analytes().get(0).region()); // spot
        assertEquals(3513.0, p.read("Spike (FL.1.5.1)", "Signal").orElseThrow().value(w("A2")));
        assertEquals(ReadKind.RAW, p.read("Spike (FL.1.5.1)", "Signal").orElseThrow().kind());
        assertEquals(53.20256476, p.read("Spike (FL.1.5.1)", "Calc. Concentration").orElseThrow().value(w("A2")));
        assertEquals("Above Fit Curve Range", p.read("Spike (Wuhan)", "Detection Range").orElseThrow().marker(w("A1")));
        assertEquals("NaN", p.read("Spike (Wuhan)", "Calc. Concentration").orElseThrow().marker(w("A1")));
        assertEquals(VendorWellType.STANDARD, p.wells().get(w("A1")).type());
        assertEquals(54.2, p.expected().get("Spike (FL.1.5.1)").get("S001"));
        assertEquals(331.0, p.expected().get("Spike (Wuhan)").get("S001"));
    }

    @Test
    void readsTheSyntheticCsvAndTheXlsxWorkbenchSheet() throws Exception {
        MultiplexPlate p = plate("allotropy_msd_workbench_test_2.csv");
        assertEquals(List.of("Test Assay 1.0"), p.analyteNames());
        assertEquals(VendorWellType.STANDARD, p.wells().get(w("H1")).type());
        assertEquals(0.0, p.expected().get("Test Assay 1.0").get("S008")); // zero calibrator
        assertEquals(VendorWellType.UNKNOWN, p.wells().get(w("A3")).type());
        assertEquals(1.0, p.wells().get(w("A3")).dilution());
        assertEquals(2000.0, p.read("Test Assay 1.0", "Signal").orElseThrow().value(w("A3")));
        assertTrue(p.implausible().isEmpty());

        MultiplexPlate x = plate("allotropy_test_msd_workbench_xlsx.xlsx");
        assertEquals("TEST_PLATE_001", x.name());
        assertEquals(18789.0, x.read("TEST_ASSAY", "Signal").orElseThrow().value(w("A1")));
        assertEquals(2.0, x.wells().get(w("G2")).dilution());
    }

    private static SourceFile text(String name, String s) { return new SourceFile(name, s.getBytes(StandardCharsets.UTF_8)); }

    @Test
    void rejectsBadTables() {
        String ok = "Plate_X1\nSample,Assay,Well,Spot,Concentration,Signal\nS001,IL-6,A01,1,100,5000\n";
        assertEquals("b.csv, line 3: 'Q77' is not a well (well 'Q77': row Q is outside A–P)", assertThrows(ImportException.class,
                () -> PlateImporters.importFile(text("b.csv", ok.replace("A01", "Q77")), null)).getMessage());
        assertEquals("d.csv, line 4: assay 'IL-6' lists well A1 twice", assertThrows(ImportException.class,
                () -> PlateImporters.importFile(text("d.csv", ok + "S001,IL-6,A01,1,100,5100\n"), null)).getMessage());
        assertEquals("h.csv, line 2: expected the columns Sample, Assay and Well", assertThrows(ImportException.class,
                () -> new MsdWorkbenchImporter().readMultiplex(text("h.csv", "Plate_X\nName,Value\n"))).getMessage());
        assertEquals("n.csv, line 1: expected the Plate_<barcode> line of an MSD Workbench export", assertThrows(ImportException.class,
                () -> PlateImporters.importFile(text("n.csv", "Program,xPONENT\n"), "msd-workbench")).getMessage());
    }
}
