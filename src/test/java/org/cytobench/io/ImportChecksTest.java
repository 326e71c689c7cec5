package org.cytobench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

class ImportChecksTest {

    @Test
    void aPlateOfOnlyMarkersSaysItHoldsNoNumbers() {
        PlateData p = new PlateData("Plate 1", 8, 12,
                List.of(new Read("450", ReadKind.RAW, 450.0, Map.of(), Map.of(WellPosition.parse("H12"), "OVRFLW"))), List.of());
        ImportResult r = ImportChecks.withGeneralWarnings(new ImportResult("f.txt", "x", List.of(p), List.of()));
        assertEquals(List.of("plate 'Plate 1' holds no numeric wells"), r.warnings());
    }

    @Test
    void everySuccessfulImportGoesThroughTheChecks() throws ImportException {
        StringBuilder sb = new StringBuilder();
        for (char r = 'A'; r <= 'H'; r++) {
            for (int c = 0; c < 12; c++) sb.append(c == 0 ? "" : "\t").append("0.1");
            sb.append('\n');
        }
        ImportResult r = PlateImporters.importFile(new SourceFile("grid.txt", sb.toString().getBytes(StandardCharsets.UTF_8)), null);
        assertEquals("generic-grid", r.format());
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("no numeric wells")), r.warnings().toString());
    }

    @Test
    void a384BlockDoesNotFitA96WellLayout() {
        PlateData p384 = new PlateData("Plate 1", 16, 24,
                List.of(new Read("450", ReadKind.RAW, 450.0, Map.of(WellPosition.parse("P24"), 0.1), Map.of())), List.of());
        assertEquals("plate 'Plate 1' is a 384-well block (16×24) but the assay plate is laid out as 96 wells",
                ImportChecks.formatMismatch(p384, PlateFormat.WELLS_96).orElseThrow());
        assertTrue(ImportChecks.formatMismatch(p384, PlateFormat.WELLS_384).isEmpty());
    }

    @Test
    void derivedOnlyPlatesAreLabelled() {
        PlateData d = new PlateData("P", 8, 12,
                List.of(new Read("Blank 450", ReadKind.DERIVED, 450.0, Map.of(WellPosition.parse("A1"), 0.1), Map.of())), List.of());
        ImportResult r = ImportChecks.withGeneralWarnings(new ImportResult("f.txt", "x", List.of(d), List.of()));
        assertEquals(List.of("plate 'P' carries only derived values (no raw read)"), r.warnings());
    }
}
