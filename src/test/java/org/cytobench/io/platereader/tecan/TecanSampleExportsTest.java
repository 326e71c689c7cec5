package org.cytobench.io.platereader.tecan;

import static org.cytobench.io.VendorSampleFiles.importSample;
import static org.cytobench.io.VendorSampleFiles.read;
import static org.cytobench.io.VendorSampleFiles.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cytobench.io.ImportResult;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.junit.jupiter.api.Test;

/**
 * The six real Tecan exports in ../shared/sample-exports/tecan (not in the repository: licences). Expected numbers were
 * read by hand from the workbooks' cells.
 */
class TecanSampleExportsTest {

    private static final String DIR = "tecan";

    @Test
    void magellanListWith384WellsAndTwoLabels() throws Exception {
        ImportResult r = importSample(DIR, "tecan_magellan_384_elisa_485_560_list.xlsx", "tecan-magellan");
        assertEquals(1, r.plates().size());
        PlateData p = r.plates().get(0);
        assertEquals(16, p.rows());
        assertEquals(24, p.columns());
        assertEquals(List.of("Label1", "Label2"), p.reads().stream().map(Read::name).toList());
        Read l1 = read(p, "Label1");
        Read l2 = read(p, "Label2");
        assertEquals(485.0, l1.wavelengthNm());
        assertEquals(560.0, l2.wavelengthNm());
        assertEquals(384, l1.values().size());
        assertEquals(0.0557, value(l1, "A1"), 1e-12);
        assertEquals(0.0509, value(l2, "A1"), 1e-12);
        assertEquals(0.3557, value(l1, "A13"), 1e-12);
        assertEquals(0.0356, value(l1, "P24"), 1e-12);
        assertEquals(0.05, value(l2, "P24"), 1e-12);
        assertTrue(p.kinetic().isEmpty());
    }

    @Test
    void sunriseMagellanRawGridXls() throws Exception {
        ImportResult r = importSample(DIR, "tecan_sunrise_magellan_elisa_raw.xls", "tecan-magellan");
        PlateData p = r.plates().get(0);
        assertEquals(8, p.rows());
        assertEquals(12, p.columns());
        Read raw = read(p, "Raw data");
        assertEquals(ReadKind.RAW, raw.kind());
        assertNull(raw.wavelengthNm(), "the file does not say");
        assertEquals(96, raw.values().size());
        assertEquals(2.11, value(raw, "A11"), 1e-12);
        assertEquals(2.85, value(raw, "E1"), 1e-12);
        assertEquals(0.067, value(raw, "H12"), 1e-12);
    }

    @Test
    void sunriseMagellanWithUserLayoutKeepsOnlyTheNumericGrid() throws Exception {
        ImportResult r = importSample(DIR, "tecan_sunrise_magellan_elisa_std1000_with_user_layout.xls", "tecan-magellan");
        PlateData p = r.plates().get(0);
        assertEquals(1, p.reads().size());
        Read raw = read(p, "Raw data");
        assertEquals(96, raw.values().size());
        assertTrue(raw.markers().isEmpty(), "the typed-in well names are not markers of the read");
        assertEquals(2.166, value(raw, "A12"), 1e-12);
        assertEquals(1.527, value(raw, "H7"), 1e-12);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("rows 13–21")), r.warnings().toString());
    }

    @Test
    void iControlOneSheetPerPlateWithPartialPlates() throws Exception {
        ImportResult r = importSample(DIR, "tecan_icontrol_infinite500_od600_one_sheet_per_plate.xlsx", "tecan-icontrol");
        assertEquals(8, r.plates().size(), "sheets 1–7 and 9");
        PlateData first = r.plates().get(0);
        assertEquals("Plate 1 (Yeast-NaCl-Control)", first.name());
        assertEquals(8, first.rows());
        assertEquals(12, first.columns());
        Read od = read(first, "OD600_1");
        assertEquals(600.0, od.wavelengthNm());
        assertEquals(96, od.values().size());
        assertEquals(0.3438, value(od, "A1"), 0.0, "float32 noise 0.34380000829696655 is cleaned");
        assertEquals(0.4936, value(od, "H5"), 0.0);
        PlateData second = r.plates().get(1);
        assertEquals(60, read(second, "OD600_1").values().size(), "Part of Plate A1-E12");
        PlateData last = r.plates().get(7);
        assertEquals("Plate 9 (E.coli-DILUTION-T0)", last.name());
        assertEquals(8, last.rows());
        Read partial = read(last, "OD600_1");
        assertEquals(18, partial.values().size(), "Part of Plate C1-D9");
        assertEquals(0.2282, value(partial, "C1"), 0.0);
        assertEquals(0.2101, value(partial, "D1"), 0.0);
        assertNull(partial.value(org.cytobench.plate.WellPosition.parse("A1")));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("C1-D9")), r.warnings().toString());
    }

    @Test
    void sparkOd540() throws Exception {
        ImportResult r = importSample(DIR, "tecan_sparkcontrol_od540.xlsx", "tecan-spark");
        PlateData p = r.plates().get(0);
        assertEquals("Total N quant. (540nm)", p.name());
        assertEquals(8, p.rows());
        Read od = read(p, "OD540");
        assertEquals(540.0, od.wavelengthNm());
        assertEquals(96, od.values().size());
        assertEquals(0.0635, value(od, "A1"), 1e-12);
        assertEquals(0.1153, value(od, "D7"), 1e-12);
        assertEquals(0.0614, value(od, "H12"), 1e-12);
        assertTrue(r.warnings().isEmpty(), "A1-H12 is the whole plate: " + r.warnings());
    }

    @Test
    void spark384LuminescencePartialPlate() throws Exception {
        ImportResult r = importSample(DIR, "tecan_sparkcontrol_384_luminescence_partial_plate.xlsx", "tecan-spark");
        PlateData p = r.plates().get(0);
        assertEquals(16, p.rows());
        assertEquals(24, p.columns());
        Read lum = read(p, "Label 1");
        assertNull(lum.wavelengthNm());
        assertEquals(9, lum.values().size(), "C11-C15;D11-D14");
        assertEquals(47088.0, value(lum, "C11"), 0.0);
        assertEquals(68576.0, value(lum, "C15"), 0.0);
        assertEquals(95432.0, value(lum, "D14"), 0.0);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("C11-C15;D11-D14")));
    }
}
