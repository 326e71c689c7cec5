package org.cytobench.io.platereader.promega;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.SampleExportsDir;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

class GloMaxImporterTest {

    private static SourceFile fixture(String name) throws Exception {
        return SourceFile.read(Path.of(GloMaxImporterTest.class.getResource("/io/" + name).toURI()));
    }

    private static WellPosition w(String s) { return WellPosition.parse(s); }

    @Test
    void readsTheRealQuickReadExportWithItsOffsetGridAndScientificNotation() throws Exception {
        ImportResult r = PlateImporters.importFile(SampleExportsDir.file("promega/promega_glomax_abs600_quickread.csv"), null);
        assertEquals("glomax", r.format());
        assertEquals(1, r.plates().size());
        PlateData p = r.plates().get(0);
        assertEquals("PER-005 plate1 Absorbance Quick Read 2024.10.01 14:15:02", p.name());
        assertEquals(8, p.rows());
        assertEquals(12, p.columns());
        Read od = p.reads().get(0);
        assertEquals("600", od.name());
        assertEquals(600.0, od.wavelengthNm());
        assertEquals(ReadKind.RAW, od.kind());
        assertEquals(96, od.values().size());
        assertEquals(1.03, od.value(w("A1")));
        assertEquals(0.557, od.value(w("A12")), 1e-12);
        assertEquals(0.988, od.value(w("C1")), 1e-12);
        assertEquals(0.0988, od.value(w("H7")), 1e-12);
        assertEquals(0.0748, od.value(w("H12")), 1e-12);
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void readsSeveralReadingsAndKeepsMarkers() throws Exception {
        ImportResult r = PlateImporters.importFile(fixture("glomax_style_lum_two_readings.csv"), null);
        assertEquals("glomax", r.format());
        PlateData p = r.plates().get(0);
        assertEquals("fixture plate 7", p.name());
        assertEquals(List.of("Luminescence", "Luminescence reading 2"), p.reads().stream().map(Read::name).toList());
        Read first = p.reads().get(0);
        assertEquals("OVER", first.marker(w("C5")));
        assertFalse(first.values().containsKey(w("C5")));
        assertEquals(8010.0, first.value(w("H12")));
        assertEquals(4.11, p.reads().get(1).value(w("H12")));
        assertEquals(null, first.wavelengthNm());
    }

    @Test
    void aFileCutInsideTheGridFailsNamingTheLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(GloMaxImporterTest.class.getResource("/io/glomax_style_lum_two_readings.csv").toURI()));
        String cut = text.substring(0, text.indexOf(",,,,E,"));
        ImportException e = assertThrows(ImportException.class,
                () -> PlateImporters.importFile(new SourceFile("cut.csv", cut.getBytes(StandardCharsets.UTF_8)), "glomax"));
        assertTrue(e.getMessage().startsWith("cut.csv, line 12: expected plate row E"), e.getMessage());
        String midLine = text.substring(0, text.indexOf("3.610E+00") + 3);
        e = assertThrows(ImportException.class,
                () -> PlateImporters.importFile(new SourceFile("mid.csv", midLine.getBytes(StandardCharsets.UTF_8)), "glomax"));
        assertTrue(e.getMessage().contains("row G has 11 of 12 values") || e.getMessage().contains("expected plate row H"), e.getMessage());
    }
}
