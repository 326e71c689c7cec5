package org.cytobench.io.platereader.moleculardevices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.SourceFile;
import org.cytobench.io.TextDecoder;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

/** SoftMax Pro text exports: own fixtures (always run). The real exports are in {@link SoftMaxSampleExportsTest}. */
class SoftMaxTextImporterTest {

    private final SoftMaxTextImporter importer = new SoftMaxTextImporter();

    static SourceFile resource(String name) throws IOException {
        try (InputStream in = SoftMaxTextImporterTest.class.getResourceAsStream("/io/" + name)) {
            if (in == null) throw new IOException("missing test resource " + name);
            return new SourceFile(name.substring(name.lastIndexOf('/') + 1), in.readAllBytes());
        }
    }

    static double value(Read r, String well) {
        Double v = r.value(WellPosition.parse(well));
        if (v == null) throw new AssertionError("no value in " + well + " of read " + r.name());
        return v;
    }

    @Test
    void readsUtf16TimeFormatWithTwoPlatesNamedAlikeAndMarkers() throws Exception {
        SourceFile f = resource("softmax/timeformat_two_plates_same_name_utf16le.txt");
        assertTrue(importer.recognizes(f));
        ImportResult r = PlateImporters.importFile(f, null);
        assertEquals("softmax-text", r.format());
        assertEquals(List.of("Plate1", "Plate1 (2)"), r.plates().stream().map(PlateData::name).toList());
        PlateData p1 = r.plates().get(0);
        assertEquals(8, p1.rows());
        assertEquals(12, p1.columns());
        assertEquals(List.of("450", "650", "Reduced"), p1.reads().stream().map(Read::name).toList());
        Read r450 = p1.read("450").orElseThrow();
        assertEquals(ReadKind.RAW, r450.kind());
        assertEquals(450.0, r450.wavelengthNm());
        assertEquals(0.05, value(r450, "A1"), 1e-12);
        assertEquals(0.273, value(r450, "B2"), 1e-12);
        assertEquals("Masked", r450.marker(WellPosition.parse("C3")));
        assertNull(r450.value(WellPosition.parse("C3")), "a Masked well never becomes a number");
        assertEquals("Range?", r450.marker(WellPosition.parse("H12")));
        assertEquals(0.042, value(p1.read("650").orElseThrow(), "B2"), 1e-12);
        Read reduced = p1.read("Reduced").orElseThrow();
        assertEquals(ReadKind.DERIVED, reduced.kind());
        assertEquals(0.05 - 0.036, value(reduced, "A1"), 1e-9);
        assertEquals(0.55, value(r.plates().get(1).read("450").orElseThrow(), "A1"), 1e-12);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("'Plate1 (2)'")), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("Masked") && w.contains("C3") && w.startsWith("Plate1:")),
                r.warnings().toString());
    }

    @Test
    void readsDecimalCommaPlateFormat() throws Exception {
        ImportResult r = importer.read(resource("softmax/plateformat_decimal_comma.txt"));
        PlateData p = r.plates().get(0);
        assertEquals("Plate A", p.name());
        Read r450 = p.read("450").orElseThrow();
        assertEquals(0.05, value(r450, "A1"), 1e-12);
        assertEquals(-4.99999999999945E-05, value(r450, "A2"), 1e-18);
        assertEquals(0.483, value(r450, "B3"), 1e-12);
        assertEquals("NaN", r450.marker(WellPosition.parse("H12")));
        assertEquals(0.036, value(p.read("650").orElseThrow(), "B3"), 1e-12);
        assertEquals(95, r450.values().size());
    }

    @Test
    void labelsReducedOnlyExportsAsDerivedAndWarns() throws Exception {
        ImportResult r = importer.read(resource("softmax/timeformat_reduced_only.txt"));
        PlateData p = r.plates().get(0);
        assertEquals(List.of("Reduced"), p.reads().stream().map(Read::name).toList());
        assertEquals(ReadKind.DERIVED, p.reads().get(0).kind());
        assertTrue(p.rawReads().isEmpty());
        assertEquals(0.014, value(p.reads().get(0), "A1"), 1e-12);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("only reduced values")), r.warnings().toString());
    }

    @Test
    void readsKineticPlateFormatInWindows1252WithCrLineEnds() throws Exception {
        ImportResult r = importer.read(resource("softmax/plateformat_kinetic_cp1252_cr.txt"));
        PlateData p = r.plates().get(0);
        KineticRead k = p.kinetic().get(0);
        assertEquals("405", k.name());
        assertEquals(List.of(0.0, 30.0, 60.0), k.timesSeconds());
        List<Double> b2 = k.series().get(WellPosition.parse("B2"));
        assertEquals(0.113, b2.get(0), 1e-12);
        assertEquals(0.133, b2.get(2), 1e-12);
        assertEquals(96, k.series().size());
        assertEquals(1.6, value(p.read("Reduced").orElseThrow(), "B5"), 1e-12);
    }

    @Test
    void truncatedMidPlateFailsWithLine() throws Exception {
        byte[] all = resource("softmax/plateformat_decimal_comma.txt").bytes();
        String text = new String(all, StandardCharsets.UTF_8);
        int cut = text.indexOf("\n", text.indexOf("Plate:") + 300) + 40;
        ImportException e = assertThrows(ImportException.class,
                () -> PlateImporters.importFile(new SourceFile("cut.txt", Arrays.copyOf(all, cut)), "softmax-text"));
        assertTrue(e.getMessage().startsWith("cut.txt, line "), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void droppedDataLineFailsInsteadOfShiftingReads() throws Exception {
        String text = TextDecoder.decode(resource("softmax/timeformat_two_plates_same_name_utf16le.txt"));
        List<String> lines = new java.util.ArrayList<>(TextDecoder.lines(text));
        lines.remove(4); // the 650 nm line of the first plate
        SourceFile f = new SourceFile("dropped.txt", String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
        ImportException e = assertThrows(ImportException.class, () -> importer.read(f));
        assertTrue(e.getMessage().startsWith("dropped.txt, line "), e.getMessage());
    }

    @Test
    void plateSectionWithoutItsPlateLineIsRefusedNotSkipped() throws Exception {
        List<String> lines = new java.util.ArrayList<>(TextDecoder.lines(resource("softmax/timeformat_two_plates_same_name_utf16le.txt")));
        assertTrue(lines.remove(20).startsWith("Plate:\tPlate1"));
        ImportException e = assertThrows(ImportException.class,
                () -> importer.read(new SourceFile("p.txt", String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().startsWith("p.txt, line 21: expected a block starting with Plate:, Group: or Note:"), e.getMessage());
    }

    @Test
    void wrongVendorUnderForcedFormatFails() throws Exception {
        String bmg = "User: USER,Path: C:\\Data,Test run no.: 1\r\nTest name: x,Date: 1/2/2025,Time: 3:04:05 PM\r\n\r\n"
                + "Absorbance\r\n\r\nRaw Data (450)\r\n\r\n,1,2\r\nA,0.1,0.2\r\n";
        SourceFile f = new SourceFile("bmg.csv", bmg.getBytes(StandardCharsets.UTF_8));
        assertFalse(importer.recognizes(f));
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(f, "softmax-text"));
        assertTrue(e.getMessage().startsWith("bmg.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("Plate:"), e.getMessage());
    }

    @Test
    void badHeaderNamesLine() {
        String text = "##BLOCKS= 1\r\nPlate:\tP\t1.3\tTimeFormat\tEndpoint\tAbsorbance\tRaw\tFALSE\t1\t\t\t\t\t\t1\t450 \t1\t12\t60\t1\t8\r\n"
                + "\tTemperature(¡C)\tA1\r\n\t20\t0.1\r\n~End\r\n";
        ImportException e = assertThrows(ImportException.class,
                () -> importer.read(new SourceFile("odd.txt", text.getBytes(StandardCharsets.UTF_8))));
        assertEquals("odd.txt, line 2: plate 'P' has 60 wells; Cytobench reads 96- and 384-well plates", e.getMessage());
    }

    @Test
    void emptyAndGarbageFail() {
        assertThrows(ImportException.class, () -> importer.read(new SourceFile("empty.txt", new byte[0])));
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(new SourceFile("g.bin", garbage), "softmax-text"));
        assertTrue(e.getMessage().startsWith("g.bin"), e.getMessage());
    }

    @Test
    void reads384WellFluorescencePlateFormatWithShiftedHeaderFields() throws Exception {
        StringBuilder sb = new StringBuilder("##BLOCKS= 1\r\n");
        // fluorescence writes a scan-position field after the read mode; emission 520 nm, 384 wells, 24 columns, 16 rows
        sb.append("Plate:\tFL384\t1.3\tPlateFormat\tEndpoint\tFluorescence\tFALSE\tRaw\tFALSE\t1\t\t\t\t\t\t1\t520 \t1\t24\t384"
                + "\t485 \t\t515 \t\t\t6\tMedium\t\t\t1\t16\r\n");
        sb.append("\tTemperature(\u00a1C)");
        for (int c = 1; c <= 24; c++) sb.append('\t').append(c);
        sb.append("\t\r\n");
        for (int r = 0; r < 16; r++) {
            sb.append('\t').append(r == 0 ? "25.1" : "");
            for (int c = 0; c < 24; c++) sb.append('\t').append(r < 2 ? Integer.toString(1000 * r + c) : "");
            sb.append("\t\r\n");
        }
        sb.append("\r\n~End\r\n");
        PlateData p = importer.read(new SourceFile("fl.txt", sb.toString().getBytes(StandardCharsets.UTF_8))).plates().get(0);
        assertEquals(16, p.rows());
        assertEquals(24, p.columns());
        Read r = p.read("520").orElseThrow();
        assertEquals(520.0, r.wavelengthNm());
        assertEquals(1023.0, value(r, "B24"), 0);
        assertEquals(48, r.values().size(), "rows C-P were not read");
    }
}
