package org.cytobench.flow.fcs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cytobench.flow.FlowEvents;
import org.cytobench.flow.FlowExportsDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real FCS file in ../shared/flow-exports against src/test/resources/flow/fcs_reference.json, which an independent
 * plain-Python reader (fcs_reference.py beside it) wrote; plus values checked by hand in a hex dump.
 */
class FcsReaderTest {

    static Stream<String> referenceFiles() throws IOException {
        List<String> names = new ArrayList<>();
        reference().fieldNames().forEachRemaining(names::add);
        return names.stream();
    }

    static JsonNode reference() throws IOException {
        try (InputStream in = FcsReaderTest.class.getResourceAsStream("/flow/fcs_reference.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    static Path path(String name) {
        return FlowExportsDir.file(name.equals("data1.fcs") ? "gating-ml/data1.fcs" : "fcs/" + name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceFiles")
    void readsEveryFileAsTheIndependentReaderDoes(String name) throws Exception {
        JsonNode ref = reference().get(name);
        Path p = path(name);
        if (ref.get("error").asBoolean()) {
            FlowFileException e = assertThrows(FlowFileException.class, () -> FcsReader.read(p));
            assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
            return;
        }
        FcsFile f = FcsReader.read(p);
        assertEquals(ref.get("version").asText(), f.version());
        assertEquals(ref.get("events").asInt(), f.eventCount());
        assertEquals(ref.get("events").asInt(), Integer.parseInt(f.keyword("$tot").orElseThrow()), "keywords are case-insensitive");
        List<String> names = new ArrayList<>();
        ref.get("names").forEach(n -> names.add(n.asText()));
        assertEquals(names, f.events().names());
        for (int p2 = 0; p2 < names.size(); p2++) {
            JsonNode m = ref.get("markers").get(p2);
            assertEquals(m.isNull() ? null : m.asText(), f.channels().get(p2).marker());
        }
        FlowEvents ev = f.events();
        assertRow(ref.get("first"), ev, 0);
        if (!ref.get("second").isNull()) assertRow(ref.get("second"), ev, 1);
        assertRow(ref.get("last"), ev, ev.count() - 1);
        for (int c = 0; c < ev.parameterCount(); c++) {
            double sum = 0;
            for (double v : ev.columns()[c]) sum += v;
            double want = ref.get("sums").get(c).asDouble();
            assertEquals(want, sum, 1e-9 * Math.max(1, Math.abs(want)), name + " sum of " + names.get(c));
        }
    }

    private static void assertRow(JsonNode want, FlowEvents ev, int e) {
        double[] w = new double[want.size()];
        double[] got = new double[want.size()];
        for (int p = 0; p < w.length; p++) {
            w[p] = want.get(p).asDouble();
            got[p] = ev.value(e, p);
        }
        assertArrayEquals(w, got, 0, "event " + e);
    }

    @Test
    void firstEventsMatchTheHexDump() throws Exception {
        // data1.fcs at byte 2560, 16-bit big-endian: 01 43 00 da ... = 323, 218
        FcsFile data1 = FcsReader.read(path("data1.fcs"));
        assertEquals(323, data1.events().value(0, 0));
        assertEquals(218, data1.events().value(0, 1));
        // Cytek xP5, 24-bit big-endian at 4096: 00 00 00 | 00 01 1e = 0, 286
        FcsFile cytek = FcsReader.read(path("fcsparser_Cytek_xP5_Cytek_xP5.fcs"));
        assertEquals(286, cytek.events().value(0, 1));
        // Fortessa float at 2462: 44 a4 1b 33 = 1312.85
        FcsFile fortessa = FcsReader.read(path("fcsparser_Fortessa_FCS_3.0_Fortessa_PBS_Specimen_001_A1_A01.fcs"));
        assertEquals(Float.intBitsToFloat(0x44a41b33), fortessa.events().value(0, 0));
    }

    @Test
    void logAndGainChannelsBecomeScaleValues() throws Exception {
        FcsFile data1 = FcsReader.read(path("data1.fcs"));
        FcsChannel fsc = data1.channels().get(0);
        assertEquals(3.67, fsc.gain());
        FcsChannel fl1 = data1.channels().get(2);
        assertEquals(4, fl1.decades());
        assertEquals(1, fl1.logZero(), "$P3E 4,0 means four decades from 1");
        assertEquals("CD4 FITC", fl1.marker());
        FlowEvents scale = data1.scaleEvents();
        assertEquals(323 / 3.67, scale.value(0, 0), 1e-12);
        assertEquals(Math.pow(10, 4 * 220 / 1024.0), scale.value(0, 2), 1e-9);
        assertEquals(5, scale.value(0, 5), "linear channel without gain unchanged");
    }

    @Test
    void readsSpilloverFromEachKeyword() throws Exception {
        FcsFile fortessa = FcsReader.read(path("fcsparser_Fortessa_FCS_3.0_Fortessa_PBS_Specimen_001_A1_A01.fcs"));
        assertNotNull(fortessa.spillover(), "SPILL");
        assertEquals(List.of("FITC-A", "PerCP-Cy5-5-A", "AmCyan-A", "PE-Texas Red-A"), fortessa.spillover().detectors());
        assertEquals(0.15999999430400005, fortessa.spillover().values()[0][2], 0);
        FcsFile g11 = FcsReader.read(path("flowio_G11.fcs"));
        assertNotNull(g11.spillover(), "$SPILLOVER");
        assertEquals(List.of("BL1-A", "YL2-A", "VL1-A", "VL1-H", "VL1-W"), g11.spillover().detectors());
        // Miltenyi writes $SPILLOVER with the channel names but no values: read, not used, and said so
        FcsFile miltenyi = FcsReader.read(path("fcsparser_MiltenyiBiotec_FCS3.1_EY_2013-07-19_PBS_FCS_3.1_Well_A1.001.fcs"));
        assertNull(miltenyi.spillover());
        assertTrue(miltenyi.warnings().stream().anyMatch(w -> w.startsWith("$SPILLOVER was not used: the spillover matrix of 6 channels"
                + " needs 43 comma-separated fields, found 7")), miltenyi.warnings().toString());
        assertNull(FcsReader.read(path("data1.fcs")).spillover());
    }

    @Test
    void integerDataIsMaskedToTheRange() throws Exception {
        // Cytek xP5 stores 24-bit words with $PnR 1024: the high bits are flags, the value is the low 10 bits
        FcsFile cytek = FcsReader.read(path("fcsparser_Cytek_xP5_Cytek_xP5.fcs"));
        for (int p = 1; p < cytek.events().parameterCount(); p++) {
            for (double v : cytek.events().columns()[p]) assertTrue(v >= 0 && v < 1024);
        }
        assertEquals(1023, FcsReader.maskFor(1024, 16));
        assertEquals(0x7FFFFFFFL, FcsReader.maskFor(2147483647, 32));
        assertEquals(0xFFFF, FcsReader.maskFor(262144, 16), "a range wider than the bits masks nothing");
    }

    @Test
    void resolvesDataOffsetDiscrepanciesAndSaysSo() throws Exception {
        for (String n : List.of("flowio_data_start_offset_discrepancy_example.fcs", "flowio_data_stop_offset_discrepancy_example.fcs")) {
            FcsFile f = FcsReader.read(path(n));
            assertEquals(2, f.eventCount());
            assertTrue(f.warnings().stream().anyMatch(w -> w.contains("disagree on the DATA offsets")), f.warnings().toString());
        }
        FcsFile variable = FcsReader.read(path("flowio_variable_int_example.fcs"));
        assertTrue(variable.warnings().stream().noneMatch(w -> w.contains("DATA")), variable.warnings().toString());
        assertEquals(32, variable.channels().get(25).bits());
        assertEquals(8265081, variable.events().value(0, 25));
    }

    @Test
    void refusesHeaderOnlyAndCorruptFilesNamingTheProblem() {
        FlowFileException headerOnly = assertThrows(FlowFileException.class,
                () -> FcsReader.read(path("fcsparser_cytek-nl-2000_sample_header.fcs")));
        assertEquals("fcsparser_cytek-nl-2000_sample_header.fcs: the DATA segment (20000 events, bytes 5912-2165911) lies past the"
                + " end of the file (3931 bytes): only the header was saved, or the file was cut short", headerOnly.getMessage());
        FlowFileException corrupt = assertThrows(FlowFileException.class,
                () -> FcsReader.read(path("fcsparser_corrupted_corrupted.fcs")));
        assertEquals("fcsparser_corrupted_corrupted.fcs: not an FCS file: 10 bytes, shorter than the 58-byte FCS HEADER",
                corrupt.getMessage());
    }

    @Test
    void refusesTruncatedDataAndMissingFiles(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        byte[] all = Files.readAllBytes(path("data1.fcs"));
        FlowFileException cut = assertThrows(FlowFileException.class,
                () -> FcsReader.read("cut.fcs", Arrays.copyOf(all, 100_000)));
        assertTrue(cut.getMessage().startsWith("cut.fcs: the DATA segment (13367 events"), cut.getMessage());
        FlowFileException textCut = assertThrows(FlowFileException.class, () -> FcsReader.read("t.fcs", Arrays.copyOf(all, 1000)));
        assertTrue(textCut.getMessage().contains("TEXT segment (bytes 256-2319) runs past the end"), textCut.getMessage());
        byte[] notFcs = "Sample\tFreq\n".repeat(10).getBytes();
        assertTrue(assertThrows(FlowFileException.class, () -> FcsReader.read("x.csv", notFcs)).getMessage()
                .startsWith("x.csv: not an FCS file: it starts with 'Sample'"));
        assertEquals("gone.fcs: no such file",
                assertThrows(FlowFileException.class, () -> FcsReader.read(dir.resolve("gone.fcs"))).getMessage());
    }

    @Test
    void parsesEscapedDelimitersAndCaseInsensitiveKeywords() throws Exception {
        byte[] fcs = SyntheticFcs.build("/$par/1/$P1N/a//b/$p1b/16/$P1R/1024/$DATATYPE/I/$BYTEORD/1,2/$MODE/L/$TOT/2/key/x//y/",
                new byte[] {5, 0, 7, 1});
        FcsFile f = FcsReader.read("syn.fcs", fcs);
        assertEquals("a/b", f.channels().get(0).name());
        assertEquals("x/y", f.keyword("KEY").orElseThrow());
        assertEquals(5, f.events().value(0, 0));
        assertEquals(263, f.events().value(1, 0));
    }

    @Test
    void readsDoublesInBothByteOrders() throws Exception {
        java.nio.ByteBuffer le = java.nio.ByteBuffer.allocate(16).order(java.nio.ByteOrder.LITTLE_ENDIAN).putDouble(1.5).putDouble(-2.25);
        java.nio.ByteBuffer be = java.nio.ByteBuffer.allocate(16).putDouble(1.5).putDouble(-2.25);
        for (var c : Map.of("1,2,3,4", le.array(), "4,3,2,1", be.array()).entrySet()) {
            FcsFile f = FcsReader.read("d.fcs", SyntheticFcs.build("|$PAR|1|$P1N|x|$P1B|64|$P1R|1|$DATATYPE|D|$BYTEORD|"
                    + c.getKey() + "|$MODE|L|$TOT|2|", c.getValue()));
            assertEquals(1.5, f.events().value(0, 0));
            assertEquals(-2.25, f.events().value(1, 0));
        }
    }
}
