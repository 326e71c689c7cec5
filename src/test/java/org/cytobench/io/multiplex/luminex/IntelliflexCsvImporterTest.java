package org.cytobench.io.multiplex.luminex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

/** INTELLIFLEX flat CSV exports in ../shared (values read by hand) and a broken one of our own. */
class IntelliflexCsvImporterTest {

    private static WellPosition w(String s) { return WellPosition.parse(s); }

    private static MultiplexPlate plate(String name) throws Exception {
        var e = MultiplexImporters.importFile(MultiplexExportsDir.file("luminex-xponent/" + name), null);
        assertEquals("luminex-intelliflex", e.format());
        return e.plates().get(0);
    }

    @Test
    void readsRegionsAsAnalytesWithTheirMeasures() throws Exception {
        MultiplexPlate p = plate("serolyzer_random_intelliflex.csv");
        assertEquals(List.of("EBV", "EchoV", "HBeV"), p.analyteNames());
        assertEquals("20", p.analytes().get(0).region());
        assertEquals("PLATE_NAME", p.name());
        assertEquals(9700.0, p.read("EBV", "MEDIAN").orElseThrow().value(w("A1")));
        assertEquals(ReadKind.DERIVED, p.read("EBV", "NET MEDIAN").orElseThrow().kind());
        assertEquals(20.0, p.read("EBV", "COUNT").orElseThrow().value(w("A1")));
        assertEquals(VendorWellType.UNKNOWN, p.wells().get(w("A1")).type());
        assertEquals("Unknown1", p.wells().get(w("A1")).sample());
        assertEquals("NET MEDIAN", p.signalRead());

        MultiplexPlate v22 = plate("allotropy_luminex_intelliflex_v2_2.csv");
        assertEquals(14, v22.analytes().size());
        assertEquals("HPV6", v22.analytes().get(0).name());
        assertEquals("NaN", v22.read("HPV6", "MEDIAN").orElseThrow().marker(w("A1")));
        assertEquals(6.05021, v22.read("HPV6", "MEDIAN").orElseThrow().value(w("B1")));
        assertEquals(17.65178, v22.read("HPV6", "COUNT").orElseThrow().value(w("B1")));
        assertEquals(82.0, v22.wells().get(w("A1")).dilution());
    }

    @Test
    void rejectsAWellThatIsNotOne() {
        String s = "WELL LOCATION,WELL TYPE,SAMPLE ID,R20: RP1 ANALYTE NAME,R20: RP1 MEDIAN\nA1,U1,x,IL6,10\nZ1,U2,y,IL6,11\n";
        assertEquals("f.csv, line 3: 'Z1' is not a well (well 'Z1': row Z is outside A–P)", assertThrows(ImportException.class,
                () -> PlateImporters.importFile(new SourceFile("f.csv", s.getBytes(StandardCharsets.UTF_8)), null)).getMessage());
    }
}
