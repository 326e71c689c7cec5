package org.cytobench.io.multiplex.msd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cytobench.io.ImportException;
import org.cytobench.io.SourceFile;
import org.cytobench.io.multiplex.MultiplexExportsDir;
import org.cytobench.io.multiplex.MultiplexImporters;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

/** Raw MSD reader plate grids in ../shared (values read by hand) and a cut-short one of our own. */
class MsdPlateGridImporterTest {

    private static WellPosition w(String s) { return WellPosition.parse(s); }

    private static MultiplexPlate plate(String name) throws Exception {
        var e = MultiplexImporters.importFile(MultiplexExportsDir.file("msd/" + name), null);
        assertEquals("msd-plate-grid", e.format());
        return e.plates().get(0);
    }

    @Test
    void readsOneGridPerSpot() throws Exception {
        MultiplexPlate one = plate("allotropy_methodical_test_1.txt");
        assertEquals("22M0TALA85N", one.name());
        assertEquals(List.of("Spot 1"), one.analyteNames());
        assertEquals(12895.0, one.read("Spot 1", "Signal").orElseThrow().value(w("A1")));
        assertEquals(13346.0, one.read("Spot 1", "Signal").orElseThrow().value(w("B1")));
        var both = MultiplexImporters.importFile(MultiplexExportsDir.file("msd/allotropy_methodical_test_1.txt"), null).plates();
        assertEquals(List.of("22M0TALA85N", "22M0TAQA86T"), both.stream().map(MultiplexPlate::name).toList());

        MultiplexPlate five = plate("allotropy_methodical_test_5_mulitple_spot_tables.txt");
        assertEquals(List.of("Spot 1", "Spot 3", "Spot 8", "Spot 10"), five.analyteNames());
        assertEquals(489674.0, five.read("Spot 1", "Signal").orElseThrow().value(w("A1")));
        assertEquals(666.0, five.read("Spot 1", "Signal").orElseThrow().value(w("H7")));

        MultiplexPlate big = plate("allotropy_methodical_mind_384_wells.txt");
        assertEquals(384, big.format().wellCount());
        assertEquals(List.of("Spot all"), big.analyteNames());
        assertEquals(871571.0, big.read("Spot all", "Signal").orElseThrow().value(w("C1")));
    }

    @Test
    void rejectsAnExportWithoutData() {
        SourceFile f = new SourceFile("cut.txt", "FileName :\tx.txt\nType     :\t96\n==========Data====\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("cut.txt, line 3: the Data block of spot 1 has no plate rows",
                assertThrows(ImportException.class, () -> new MsdPlateGridImporter().readMultiplex(f)).getMessage());
    }
}
