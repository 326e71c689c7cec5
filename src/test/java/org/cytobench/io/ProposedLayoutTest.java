package org.cytobench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cytobench.io.multiplex.VendorWell;
import org.cytobench.io.multiplex.VendorWellType;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;
import org.junit.jupiter.api.Test;

/**
 * The layouts Gen5 Layout blocks and SoftMax Pro group tables state, read from every shared export that carries one;
 * every well id, concentration and dilution below was read by hand from the file.
 */
class ProposedLayoutTest {

    private static WellPosition w(String s) { return WellPosition.parse(s); }

    private static ImportResult read(String path) throws Exception {
        return PlateImporters.importFile(SampleExportsDir.file(path), null);
    }

    private static ProposedLayout only(String path) throws Exception {
        ImportResult r = read(path);
        assertEquals(r.plates().size(), r.layouts().size(), path);
        return r.layout(r.plates().get(0).name()).orElseThrow();
    }

    private static void well(ProposedLayout l, String well, VendorWellType type, String sample, Double dilution) {
        VendorWell v = l.wells().get(w(well));
        assertEquals(type, v.type(), well);
        assertEquals(sample, v.sample(), well);
        assertEquals(dilution, v.dilution(), well);
    }

    @Test
    void gen5MockBcaStandardsBlanksAndSampleDilutionSeries() throws Exception {
        ProposedLayout l = only("biotek-gen5/gen5_mockBCA_abs450_stdcurve_utf8bom.txt");
        assertEquals(List.of("STD1", "STD2", "STD3", "STD4", "STD5", "STD6", "STD7"), List.copyOf(l.expected().keySet()));
        assertEquals(1000.0, l.expected().get("STD1"));
        assertEquals(333.33, l.expected().get("STD2"));
        assertEquals(1.3717, l.expected().get("STD7"));
        for (String s : List.of("A1", "A2", "A3")) well(l, s, VendorWellType.STANDARD, "STD1", null);
        well(l, "G3", VendorWellType.STANDARD, "STD7", null);
        for (String s : List.of("H1", "H2", "H3")) well(l, s, VendorWellType.BACKGROUND, "BLK", null);
        well(l, "A4", VendorWellType.UNKNOWN, "SPL1:1", 1.0);
        well(l, "B4", VendorWellType.UNKNOWN, "SPL1:2", 0.5);
        well(l, "D10", VendorWellType.UNKNOWN, "SPL3:4", 0.125);
        well(l, "H12", VendorWellType.UNKNOWN, "SPL6:4", 0.125);
        assertEquals(96, l.wells().size());
        assertTrue(read("biotek-gen5/gen5_mockBCA_abs450_stdcurve_utf8bom.txt").warnings().stream()
                .anyMatch(x -> x.contains("Dil values below 1 (SPL1:2")));
    }

    @Test
    void gen5ThreePlatesEachWithItsLayout() throws Exception {
        ImportResult r = read("biotek-gen5/gen5_mockBCA_stdcurve_3plates_utf16le.txt");
        assertEquals(List.of("Plate 1", "Plate 2", "Plate 3"), r.layouts().stream().map(ProposedLayout::plate).toList());
        for (ProposedLayout l : r.layouts()) {
            assertEquals(2000.0, l.expected().get("STD1"));
            assertEquals(666.67, l.expected().get("STD2"));
            assertEquals(2.7435, l.expected().get("STD7"));
            well(l, "H3", VendorWellType.BACKGROUND, "BLK", null);
            well(l, "C5", VendorWellType.UNKNOWN, "SPL1:3", 0.25);
        }
    }

    @Test
    void gen5ZeroStandardsAndSamplesWithoutDilution() throws Exception {
        ProposedLayout beta = only("biotek-gen5/gen5_sample_kinetic_betagal_meanV_4PL_stdcurve.txt");
        assertEquals(40.0, beta.expected().get("STD12"));
        assertEquals(0.0, beta.expected().get("STD1"));
        well(beta, "A1", VendorWellType.STANDARD, "STD12", null);
        well(beta, "B12", VendorWellType.STANDARD, "STD1", null);
        well(beta, "C1", VendorWellType.UNKNOWN, "SPL1", null);
        Map<WellPosition, AssayWell> roles = beta.assayWells(PlateFormat.WELLS_96, null);
        assertEquals(WellRole.ZERO_STANDARD, roles.get(w("A12")).role());
        assertEquals(40.0, roles.get(w("A1")).nominalConcentration());
        assertEquals(WellRole.SAMPLE, roles.get(w("C1")).role());
        assertEquals(1.0, roles.get(w("C1")).dilutionFactor());

        ProposedLayout lowry = only("biotek-gen5/gen5_sample_lowry660_stdcurve_separate_tables_masked.txt");
        assertEquals(Map.of("STD1", 0.0, "STD2", 10.0, "STD3", 25.0, "STD4", 50.0, "STD5", 100.0, "STD6", 200.0), lowry.expected());
        well(lowry, "B6", VendorWellType.STANDARD, "STD6", null);
        well(lowry, "H12", VendorWellType.UNKNOWN, "SPL42", null);

        ProposedLayout igg = only("biotek-gen5/gen5_synergyNeo_IgG_titration_lum_kinetic_wellmode.txt");
        assertEquals(4000.0, igg.expected().get("STD1"));
        assertEquals(15.625, igg.expected().get("STD11"));
        assertEquals(0.0, igg.expected().get("STD12"));
        assertEquals(47, igg.wells().size(), "rows A–D, D12 unused");
        assertFalse(igg.wells().containsKey(w("D12")));
    }

    @Test
    void gen5BlanksControlsAndReplicateSampleNotationInMatrixAndRowWiseExports() throws Exception {
        for (String f : List.of("biotek-gen5/gen5_synergyH1_abs450_blank_layout_matrix.txt", "biotek-gen5/gen5_synergyH1_abs450_blank_layout_rowwise_table.txt")) {
            ProposedLayout l = only(f);
            assertEquals(Map.of("STD1", 3.53), l.expected(), f);
            assertEquals(36, l.wells().values().stream().filter(v -> v.type() == VendorWellType.BACKGROUND).count(), f);
            for (String s : List.of("A10", "A11", "C10", "C11")) well(l, s, VendorWellType.STANDARD, "STD1", null);
            well(l, "E1", VendorWellType.CONTROL, "CTL1", null);
            well(l, "F5", VendorWellType.CONTROL, "CTL1", null);
            well(l, "E6", VendorWellType.UNKNOWN, "SPL1:1", 2.5);
            well(l, "F6", VendorWellType.UNKNOWN, "SPL1:2", 3.7);
            well(l, "G8", VendorWellType.UNKNOWN, "SPL5", 2.5);
            well(l, "G11", VendorWellType.UNKNOWN, "SPLC9", null);
            assertFalse(l.wells().containsKey(w("D10")));
            // a control without a concentration is laid out as a sample (nothing to judge it against)
            assertEquals(WellRole.SAMPLE, l.assayWells(PlateFormat.WELLS_96, null).get(w("E1")).role());
            assertEquals(WellRole.BLANK, l.assayWells(PlateFormat.WELLS_96, null).get(w("D9")).role());
        }
    }

    @Test
    void gen5On384WellsInDuplicateAcrossTwoRows() throws Exception {
        ProposedLayout l = only("biotek-gen5/gen5_cytation5_alphalisa_pERK_stdcurve_384.txt");
        assertEquals(100.0, l.expected().get("STD1"));
        assertEquals(0.39063, l.expected().get("STD9"));
        assertEquals(0.0, l.expected().get("STD12"));
        well(l, "D1", VendorWellType.STANDARD, "STD1", null);
        well(l, "E2", VendorWellType.STANDARD, "STD1", null);
        well(l, "E24", VendorWellType.STANDARD, "STD12", null);
        assertEquals(48, l.wells().size());
    }

    @Test
    void gen5WorkbookLayoutIsReadFromItsCells() throws Exception {
        ImportResult r = read("biotek-gen5/gen5_ELx808_kinetic_od630.xlsx");
        assertEquals("gen5-xlsx", r.format());
        ProposedLayout l = r.layouts().get(0);
        // sheet cells C28.. (row A): SPL1, SPL5, … SPL33 in columns 1–9, columns 10–12 empty; row B starts SPL2
        well(l, "A1", VendorWellType.UNKNOWN, "SPL1", null);
        well(l, "A2", VendorWellType.UNKNOWN, "SPL5", null);
        well(l, "A9", VendorWellType.UNKNOWN, "SPL33", null);
        well(l, "B1", VendorWellType.UNKNOWN, "SPL2", null);
        assertFalse(l.wells().containsKey(w("A10")));
        assertTrue(l.expected().isEmpty());
    }

    @Test
    void softMaxStandardsInTriplicateUnknownsWithDilutionAndAControlWithoutConcentration() throws Exception {
        ProposedLayout l = only("molecular-devices-softmax/smp_elisa_prothrombinF12_1plate_450_620_excel_resaved_latin1.txt");
        assertEquals("Plate1", l.plate());
        assertEquals("pg/mL", l.unit());
        assertEquals(List.of(3000.0, 1500.0, 750.0, 375.0, 187.5, 93.75, 46.875, 0.0), List.copyOf(l.expected().values()));
        for (String s : List.of("A1", "A2", "A3")) well(l, s, VendorWellType.STANDARD, "1", null);
        well(l, "H3", VendorWellType.STANDARD, "8", null);
        well(l, "B4", VendorWellType.UNKNOWN, "P1", 10.0);
        well(l, "B6", VendorWellType.UNKNOWN, "P1", 10.0);
        well(l, "E5", VendorWellType.UNKNOWN, "P2", 10.0);
        well(l, "G10", VendorWellType.CONTROL, "1", null);
        // the control's sample "1" is not standard "1": it is named with its group and has no concentration
        assertEquals("Control: 1", l.wells().get(w("F11")).level());
        assertNull(l.expected().get("Control: 1"));
        Map<WellPosition, AssayWell> roles = l.assayWells(PlateFormat.WELLS_96, null);
        assertEquals(3000.0, roles.get(w("A2")).nominalConcentration());
        assertEquals(WellRole.ZERO_STANDARD, roles.get(w("H1")).role());
        assertEquals(10.0, roles.get(w("B4")).dilutionFactor());
        assertEquals("P1", roles.get(w("B4")).label());
        assertEquals(WellRole.SAMPLE, roles.get(w("F11")).role());

        ImportResult two = read("molecular-devices-softmax/smp_elisa_prothrombinF12_2plates_450_620_excel_resaved_latin1.txt");
        assertEquals(List.of("Plate1", "Plate1 (2)"), two.layouts().stream().map(ProposedLayout::plate).toList());
    }

    @Test
    void softMaxPositiveControlWithConcentrationAndUnknownsNamedBySample() throws Exception {
        ProposedLayout l = only("molecular-devices-softmax/smp_elisa_hek_hcp_timeformat_450_650_utf16le.txt");
        assertEquals("ng/mL", l.unit());
        assertEquals(0.0, l.expected().get("STD A"));
        assertEquals(2.0, l.expected().get("STD B"));
        assertEquals(200.0, l.expected().get("STD F"));
        assertEquals(40.0, l.expected().get("CTRL"));
        well(l, "A2", VendorWellType.STANDARD, "STD A", null);
        well(l, "G2", VendorWellType.CONTROL, "CTRL", null);
        well(l, "B3", VendorWellType.UNKNOWN, "Sample 1", 100.0);
        well(l, "C4", VendorWellType.UNKNOWN, "Sample 1", 250.0);
        well(l, "A3", VendorWellType.UNKNOWN, "Sample 1", 25.0);
        AssayWell qc = l.assayWells(PlateFormat.WELLS_96, null).get(w("G1"));
        assertEquals(WellRole.QC, qc.role());
        assertEquals(40.0, qc.nominalConcentration());

        ProposedLayout std = only("molecular-devices-softmax/smp_elisa_std5-320_plateformat_utf16le.txt");
        assertEquals(320.0, std.expected().get("St1"));
        assertEquals(0.0, std.expected().get("St8"));
        well(std, "A2", VendorWellType.STANDARD, "St1", null);
        well(std, "B2", VendorWellType.STANDARD, "St2", null);
        well(std, "A3", VendorWellType.CONTROL, "Co1", null);
        well(std, "A4", VendorWellType.UNKNOWN, "62195", null);

        ProposedLayout aav = only("molecular-devices-softmax/smp_elisa_aav_capsid_450_650_decimal_comma.txt");
        assertEquals("Units/mL", aav.unit());
        assertEquals(530000000.0, aav.expected().get("01"));
        assertEquals(16562500.0, aav.expected().get("06"));
        assertEquals(132500000.0, aav.expected().get("Control.: 01"));
        well(aav, "A3", VendorWellType.UNKNOWN, "01", 4000.0);
        well(aav, "B3", VendorWellType.UNKNOWN, "02", 12000.0);
        well(aav, "C4", VendorWellType.UNKNOWN, "03", 36000.0);
    }

    @Test
    void filesWithoutALayoutStateNone() throws Exception {
        assertTrue(read("biotek-gen5/gen5_synergyH1_abs450_OVRFLW_MISSED_simulated.txt").layouts().isEmpty());
        assertTrue(read("molecular-devices-softmax/smp_spectramax190_kinetic_500nm_timeformat_utf16le.txt").layouts().isEmpty());
    }
}
