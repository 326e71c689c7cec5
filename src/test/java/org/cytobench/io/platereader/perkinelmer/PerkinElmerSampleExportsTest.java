package org.cytobench.io.platereader.perkinelmer;

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
 * The four real PerkinElmer/Revvity exports in ../shared/sample-exports/perkinelmer-revvity (not in the repository:
 * licences). Expected numbers were read by hand from the files.
 */
class PerkinElmerSampleExportsTest {

    private static final String DIR = "perkinelmer-revvity";

    private static WellPosition w(String label) { return WellPosition.parse(label); }

    @Test
    void envisionTwo384PlatesWithUnlabelledGridsAndACalculation() throws Exception {
        ImportResult r = importSample(DIR, "pe_envision_bca562_384_and_lum_2plates.csv", "envision");
        assertEquals(2, r.plates().size());
        PlateData bca = r.plates().get(0);
        assertEquals("Plate 1", bca.name());
        assertEquals(16, bca.rows());
        assertEquals(24, bca.columns());
        Read abs = read(bca, "BCA Absorbance @ 562");
        assertEquals(562.0, abs.wavelengthNm());
        assertEquals(384, abs.values().size());
        assertEquals(2.63, value(abs, "A1"), 1e-12);
        assertEquals(2.817, value(abs, "O1"), 1e-12);
        assertEquals(2.678, value(abs, "O24"), 1e-12);
        PlateData lum = r.plates().get(1);
        assertEquals(List.of("Calc 1: Crosstalk", "Screen 384 OptiPlate"), lum.reads().stream().map(Read::name).toList());
        Read calc = read(lum, "Calc 1: Crosstalk");
        assertEquals(ReadKind.DERIVED, calc.kind());
        assertEquals(ReadKind.RAW, read(lum, "Screen 384 OptiPlate").kind());
        assertEquals(12.0, value(calc, "C4"), 0.0);
        assertEquals(0.0, value(calc, "A15"), 0.0, "written as 0.0 among 4.0000 and 12.000");
        assertEquals(12.0, value(read(lum, "Screen 384 OptiPlate"), "B8"), 0.0);
    }

    @Test
    void victorNivoWellPerRowKinetic() throws Exception {
        ImportResult r = importSample(DIR, "pe_victor_nivo_od600_kinetic.csv", "victor-nivo");
        PlateData p = r.plates().get(0);
        assertEquals("OD600 8h", p.name());
        assertEquals(8, p.rows());
        KineticRead k = p.kinetic().get(0);
        assertEquals("ABS (F) - Kinetics", k.name());
        assertEquals(600.0, k.wavelengthNm());
        assertEquals(17, k.timesSeconds().size());
        assertEquals(1772.1, k.timesSeconds().get(1), 0.0);
        assertEquals(28337.4, k.timesSeconds().get(16), 0.0);
        assertEquals(96, k.series().size());
        assertEquals(0.078, k.series().get(w("A2")).get(0), 0.0);
        assertEquals(0.395, k.series().get(w("A2")).get(16), 0.0);
        assertEquals(0.058, k.series().get(w("H12")).get(16), 0.0);
    }

    @Test
    void victorX3ListWithTwoLabelsAndRepeats() throws Exception {
        ImportResult r = importSample(DIR, "pe_victor_x3_od600_gfp_list.txt", "victor-x3");
        PlateData p = r.plates().get(0);
        assertEquals(8, p.rows());
        assertEquals(List.of("Absorbance @ 600 (A)", "GFP (Counts)"), p.kinetic().stream().map(KineticRead::name).toList());
        KineticRead od = p.kinetic().get(0);
        KineticRead gfp = p.kinetic().get(1);
        assertEquals(600.0, od.wavelengthNm());
        assertNull(gfp.wavelengthNm());
        assertEquals(17, od.timesSeconds().size());
        assertEquals(41.29, od.timesSeconds().get(0), 1e-9);
        assertEquals(8 * 3600 + 11 * 60 + 5.72, od.timesSeconds().get(16), 1e-9);
        assertEquals(104.84, gfp.timesSeconds().get(0), 1e-9);
        assertEquals(0.057, od.series().get(w("A1")).get(0), 0.0);
        assertEquals(0.062, od.series().get(w("A1")).get(1), 0.0);
        assertEquals(0.279, od.series().get(w("A1")).get(16), 0.0);
        assertEquals(874.0, gfp.series().get(w("A1")).get(0), 0.0);
        assertEquals(954.0, gfp.series().get(w("A1")).get(1), 0.0);
        assertEquals(1554.0, gfp.series().get(w("A1")).get(16), 0.0);
        assertEquals(96, gfp.series().size());
        assertTrue(r.warnings().stream().anyMatch(s -> s.contains("apart within a repeat")));
    }

    @Test
    void kaleidoEndpointWithSeventeenDigitValues() throws Exception {
        ImportResult r = importSample(DIR, "revvity_kaleido_abs450_endpoint.csv", "kaleido");
        PlateData p = r.plates().get(0);
        assertEquals(8, p.rows());
        assertEquals(12, p.columns());
        Read abs = read(p, "ABS mono 1");
        assertEquals(450.0, abs.wavelengthNm());
        assertEquals(96, abs.values().size());
        assertEquals(2.2075694995298862, value(abs, "A1"), 0.0);
        assertEquals(0.050576989562340413, value(abs, "G11"), 0.0);
        assertTrue(abs.markers().isEmpty(), "the '-' platemap is not data");
    }
}
