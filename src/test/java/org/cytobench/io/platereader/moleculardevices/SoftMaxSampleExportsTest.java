package org.cytobench.io.platereader.moleculardevices;

import static org.cytobench.io.platereader.moleculardevices.SoftMaxTextImporterTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.SampleExportsDir;
import org.cytobench.io.SourceFile;
import org.cytobench.io.TextDecoder;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

/**
 * The real SoftMax Pro exports in ../shared/sample-exports (not in the repository: licences). Every expected number was
 * read by hand from the file's text.
 */
class SoftMaxSampleExportsTest {

    static Path samples() {
        return SampleExportsDir.require();
    }

    private static ImportResult open(String name) throws Exception {
        ImportResult r = PlateImporters.importFile(SourceFile.read(samples().resolve("molecular-devices-softmax").resolve(name)), null);
        assertEquals("softmax-text", r.format(), name);
        for (PlateData p : r.plates()) {
            assertEquals(8, p.rows());
            assertEquals(12, p.columns());
        }
        return r;
    }

    private static List<String> names(PlateData p) {
        return p.reads().stream().map(Read::name).toList();
    }

    @Test
    void aavCapsidDecimalComma() throws Exception {
        ImportResult r = open("smp_elisa_aav_capsid_450_650_decimal_comma.txt");
        assertEquals(1, r.plates().size());
        PlateData p = r.plates().get(0);
        assertEquals("Plate1", p.name());
        assertEquals(List.of("450", "650"), names(p));
        Read r450 = p.read("450").orElseThrow();
        assertEquals(2.6173, value(r450, "A1"), 0);
        assertEquals(2.4966, value(r450, "A2"), 0);
        assertEquals(1.4073, value(r450, "B2"), 0);
        assertEquals(-0.000299999999999995, value(r450, "H1"), 0);
        Read r650 = p.read("650").orElseThrow();
        assertEquals(-0.01435, value(r650, "A1"), 0);
        assertEquals(-0.000749999999999994, value(r650, "B2"), 0);
        assertEquals(96, r450.values().size());
        assertEquals(96, r650.values().size());
    }

    @Test
    void hekHcpTimeFormatUtf16() throws Exception {
        PlateData p = open("smp_elisa_hek_hcp_timeformat_450_650_utf16le.txt").plates().get(0);
        assertEquals("Plate 1", p.name());
        assertEquals(List.of("450", "650", "Reduced"), names(p));
        assertEquals(0.1003, value(p.read("450").orElseThrow(), "A1"), 0);
        assertEquals(0.1138, value(p.read("450").orElseThrow(), "A2"), 0);
        assertEquals(0.1686, value(p.read("450").orElseThrow(), "H12"), 0);
        assertEquals(0.0338, value(p.read("650").orElseThrow(), "A1"), 0);
        Read reduced = p.read("Reduced").orElseThrow();
        assertEquals(ReadKind.DERIVED, reduced.kind());
        assertEquals(0.0665, value(reduced, "A1"), 0);
        assertEquals(0.13419999999999999, value(reduced, "H12"), 0);
    }

    @Test
    void prothrombinOnePlateExcelResaved() throws Exception {
        ImportResult r = open("smp_elisa_prothrombinF12_1plate_450_620_excel_resaved_latin1.txt");
        PlateData p = r.plates().get(0);
        assertEquals(List.of("450", "620"), names(p));
        assertEquals(2.2416, value(p.read("450").orElseThrow(), "A1"), 0);
        assertEquals(2.6971, value(p.read("450").orElseThrow(), "A2"), 0);
        assertEquals(0.0603, value(p.read("450").orElseThrow(), "H12"), 0);
        assertEquals(0.0372, value(p.read("620").orElseThrow(), "A1"), 0);
        assertEquals(0.0343, value(p.read("620").orElseThrow(), "H12"), 0);
        // SoftMax masked C1 in its Standards group; the raw read keeps the measured value and the user is told
        assertEquals(0.6943, value(p.read("450").orElseThrow(), "C1"), 0);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("C1, E1, F1, G2") && w.contains("Masked")), r.warnings().toString());
    }

    @Test
    void prothrombinTwoPlatesBothNamedPlate1() throws Exception {
        ImportResult r = open("smp_elisa_prothrombinF12_2plates_450_620_excel_resaved_latin1.txt");
        assertEquals(List.of("Plate1", "Plate1 (2)"), r.plates().stream().map(PlateData::name).toList());
        assertEquals(2.1847, value(r.plates().get(0).read("450").orElseThrow(), "A1"), 0);
        assertEquals(0.0367, value(r.plates().get(0).read("620").orElseThrow(), "A1"), 0);
        assertEquals(2.1588, value(r.plates().get(1).read("450").orElseThrow(), "A1"), 0);
        assertEquals(0.058, value(r.plates().get(1).read("450").orElseThrow(), "H12"), 0);
        assertEquals(0.0361, value(r.plates().get(1).read("620").orElseThrow(), "H12"), 0);
    }

    @Test
    void reducedOnlyIsLabelledDerived() throws Exception {
        ImportResult r = open("smp_elisa_reduced_only_spike_recovery_ascii.txt");
        PlateData p = r.plates().get(0);
        assertEquals(List.of("Reduced"), names(p));
        assertTrue(p.rawReads().isEmpty());
        assertEquals(1.8565999999999998, value(p.reads().get(0), "A1"), 0);
        assertEquals(1.8385999999999998, value(p.reads().get(0), "A2"), 0);
        assertEquals(-0.0001, value(p.reads().get(0), "H12"), 0);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("only reduced values")), r.warnings().toString());
    }

    @Test
    void std320PlateFormatUtf16() throws Exception {
        PlateData p = open("smp_elisa_std5-320_plateformat_utf16le.txt").plates().get(0);
        assertEquals(List.of("450", "Reduced"), names(p));
        Read r450 = p.read("450").orElseThrow();
        assertEquals(1.785, value(r450, "A1"), 0);
        assertEquals(1.672, value(r450, "A2"), 0);
        assertEquals(-0.06, value(r450, "A12"), 0);
        assertEquals(0.055, value(r450, "H1"), 0);
        assertEquals(1.136, value(r450, "B1"), 0);
    }

    @Test
    void spectraMax190Kinetic() throws Exception {
        PlateData p = open("smp_spectramax190_kinetic_500nm_timeformat_utf16le.txt").plates().get(0);
        assertEquals(1, p.kinetic().size());
        KineticRead k = p.kinetic().get(0);
        assertEquals("500", k.name());
        assertEquals(500.0, k.wavelengthNm());
        assertEquals(List.of(0.0, 15.0, 30.0, 45.0, 60.0, 75.0, 90.0, 105.0, 120.0), k.timesSeconds());
        assertEquals(List.of(0.1316, 0.1251, 0.1166, 0.1045, 0.0912, 0.0613, 0.0383, 0.0376, 0.0376),
                k.series().get(WellPosition.parse("A2")));
        assertEquals(96, k.series().size());
        assertEquals(-55.886666666666628, value(p.read("Reduced").orElseThrow(), "A2"), 0);
    }

    @Test
    void kineticFileMissingOneTimePointIsRefused() throws Exception {
        Path file = samples().resolve("molecular-devices-softmax").resolve("smp_spectramax190_kinetic_500nm_timeformat_utf16le.txt");
        List<String> lines = new java.util.ArrayList<>(TextDecoder.lines(SourceFile.read(file)));
        lines.remove(5); // the 00:00:30 read
        SourceFile cut = new SourceFile("k.txt", String.join("\r\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class, () -> new SoftMaxTextImporter().read(cut));
        assertEquals("k.txt, line 4: expected 9 kinetic reads of 500 nm in plate 'Plate1' (as its Plate: line says), found 8",
                e.getMessage());
    }
}
