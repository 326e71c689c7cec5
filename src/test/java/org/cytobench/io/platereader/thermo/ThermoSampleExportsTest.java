package org.cytobench.io.platereader.thermo;

import static org.cytobench.io.VendorSampleFiles.importSample;
import static org.cytobench.io.VendorSampleFiles.read;
import static org.cytobench.io.VendorSampleFiles.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cytobench.io.ImportResult;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

/**
 * The three real Thermo exports in ../shared/sample-exports/thermo (not in the repository: licences). Expected numbers
 * were read by hand from the files.
 */
class ThermoSampleExportsTest {

    private static final String DIR = "thermo";

    private static WellPosition w(String label) { return WellPosition.parse(label); }

    @Test
    void skanItReportRawAndDerivedSteps() throws Exception {
        ImportResult r = importSample(DIR, "thermo_skanit7_varioskan_apoe_elisa_4PL.xlsx", "thermo-skanit");
        assertEquals(1, r.plates().size());
        PlateData p = r.plates().get(0);
        assertEquals(8, p.rows());
        assertEquals(12, p.columns());
        assertEquals(List.of("Absorbance 1: Abs", "Blank Subtraction 1: Blank subtracted", "Standard Curve 1: Signal",
                "Standard Curve 1: Conc. [microg/ml]", "Dilution Factor 1: Value", "Dilution Factor 1: Dilution factor"),
                p.reads().stream().map(Read::name).toList());
        Read abs = read(p, "Absorbance 1: Abs");
        assertEquals(ReadKind.RAW, abs.kind());
        assertEquals(450.0, abs.wavelengthNm());
        assertEquals(96, abs.values().size());
        assertEquals(1.7455, value(abs, "A1"), 1e-12);
        assertEquals(0.1032, value(abs, "H12"), 1e-12);
        assertEquals(1, p.rawReads().size(), "only the measurement step is raw");
        Read blank = read(p, "Blank Subtraction 1: Blank subtracted");
        assertEquals(ReadKind.DERIVED, blank.kind());
        assertEquals(-0.01048, value(blank, "A3"), 1e-12);
        Read conc = read(p, "Standard Curve 1: Conc. [microg/ml]");
        assertEquals(ReadKind.DERIVED, conc.kind());
        assertEquals("> Max", conc.marker(w("A1")));
        assertEquals("< Min", conc.marker(w("A3")));
        assertEquals(0.9022, value(conc, "A2"), 1e-12);
        assertNull(conc.value(w("H1")));
        assertNull(conc.marker(w("H1")), "blank wells have no concentration at all");
        assertEquals("NaN", read(p, "Dilution Factor 1: Value").marker(w("A1")));
        assertTrue(r.warnings().stream().anyMatch(s -> s.contains("Standard Curve 1")));
    }

    @Test
    void multiskanSpectrumBareGridsAcrossIterations() throws Exception {
        ImportResult r = importSample(DIR, "thermo_multiskan_spectrum_photometric_kinetic.txt", "thermo-multiskan-text");
        PlateData p = r.plates().get(0);
        assertEquals(8, p.rows());
        assertEquals(12, p.columns());
        assertTrue(p.reads().isEmpty());
        assertEquals(List.of("340", "420"), p.kinetic().stream().map(KineticRead::name).toList());
        KineticRead k340 = p.kinetic().get(0);
        assertEquals(340.0, k340.wavelengthNm());
        assertEquals(31, k340.timesSeconds().size());
        assertEquals(60, k340.series().size(), "rows A–F, columns 1–10");
        assertEquals(0.0440802853056135, k340.series().get(w("A1")).get(0), 0.0);
        assertEquals(3.11104388403845, k340.series().get(w("A10")).get(0), 0.0);
        // iteration 2, row B is written with an extra tab after column 8: the values still land in columns 9 and 10
        assertEquals(2.57561880119168, k340.series().get(w("B9")).get(1), 0.0);
        assertEquals(3.05211696472569, k340.series().get(w("B10")).get(1), 0.0);
        assertNull(k340.series().get(w("A1")).get(30), "iteration 31 of rows A–D is NaN");
        assertEquals("NaN", k340.markers().get(w("A1")));
        assertEquals(0.041389454601394, p.kinetic().get(1).series().get(w("A1")).get(0), 0.0);
        assertTrue(r.warnings().stream().anyMatch(s -> s.contains("no read times")));
    }

    @Test
    void multiskanSkyRawDataListWithSpacedWellNames() throws Exception {
        ImportResult r = importSample(DIR, "thermo_multiskan_sky_kinetic_340.xlsx", "thermo-multiskan-sky");
        PlateData p = r.plates().get(0);
        assertEquals(8, p.rows());
        KineticRead k = p.kinetic().get(0);
        assertEquals("340 nm", k.name());
        assertEquals(340.0, k.wavelengthNm());
        assertEquals(101, k.timesSeconds().size());
        assertEquals(5.99, k.timesSeconds().get(1), 0.0);
        assertEquals(599.99, k.timesSeconds().get(100), 0.0);
        assertEquals(7, k.series().size(), "A2–G2");
        assertEquals(1.1296, k.series().get(w("A2")).get(0), 0.0);
        assertEquals(1.0306, k.series().get(w("A2")).get(100), 0.0);
        assertEquals(0.1092, k.series().get(w("G2")).get(0), 0.0);
        assertTrue(r.warnings().stream().anyMatch(s -> s.contains("2.54 s")), r.warnings().toString());
    }
}
