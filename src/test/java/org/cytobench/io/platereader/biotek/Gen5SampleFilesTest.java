package org.cytobench.io.platereader.biotek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.SampleExportsDir;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

/** Every Gen5 sample export, auto-detected; values checked by hand against the files. */
class Gen5SampleFilesTest {

    private static ImportResult open(String name) throws Exception {
        return PlateImporters.importFile(SampleExportsDir.file("biotek-gen5/" + name), null);
    }

    private static WellPosition w(String label) { return WellPosition.parse(label); }

    private static Read read(PlateData p, String name) {
        return p.read(name).orElseThrow(() -> new AssertionError("no read '" + name + "' in " + p.reads().stream().map(Read::name).toList()));
    }

    private static List<String> names(PlateData p) { return p.reads().stream().map(Read::name).toList(); }

    @Test
    void readsOverflowAndMissedAsMarkers() throws Exception {
        ImportResult r = open("gen5_synergyH1_abs450_OVRFLW_MISSED_simulated.txt");
        assertEquals("gen5-text", r.format());
        PlateData p = r.plates().get(0);
        assertEquals(List.of("abs450:450"), names(p));
        Read abs = read(p, "abs450:450");
        assertEquals(ReadKind.RAW, abs.kind());
        assertEquals(450.0, abs.wavelengthNm());
        assertEquals(2.100, abs.value(w("A1")));
        assertEquals(2.500, abs.value(w("H12")));
        assertEquals("OVRFLW", abs.marker(w("A8")));
        assertEquals("OVRFLW", abs.marker(w("H1")));
        assertEquals("MISSED", abs.marker(w("D12")));
        assertNull(abs.value(w("D12")));
        assertEquals(83, abs.values().size());
        assertEquals(13, abs.markers().size());
        assertTrue(r.warnings().stream().anyMatch(x -> x.contains("Simulation")), r.warnings().toString());
    }

    @Test
    void readsRawAndBlankLinesOfTheResultsMatrix() throws Exception {
        PlateData p = open("gen5_synergyH1_abs450_blank_layout_matrix.txt").plates().get(0);
        assertEquals(8, p.rows());
        assertEquals(12, p.columns());
        assertEquals(List.of("450", "Blank 450"), names(p));
        assertEquals(1.759, read(p, "450").value(w("E2")));
        assertEquals(1.654, read(p, "Blank 450").value(w("E2")));
        assertEquals(ReadKind.DERIVED, read(p, "Blank 450").kind());
        assertEquals(0.107, read(p, "450").value(w("G6")));
        assertNull(read(p, "450").value(w("A12")));
        assertEquals(70, read(p, "450").values().size());
    }

    @Test
    void readsTheRowWiseWellTableLikeTheMatrix() throws Exception {
        PlateData table = open("gen5_synergyH1_abs450_blank_layout_rowwise_table.txt").plates().get(0);
        PlateData matrix = open("gen5_synergyH1_abs450_blank_layout_matrix.txt").plates().get(0);
        assertEquals(List.of("450", "Blank 450"), names(table));
        assertEquals(0.114, read(table, "450").value(w("C11")));
        assertEquals(0.009, read(table, "Blank 450").value(w("C11")));
        assertEquals(matrix.reads(), table.reads());
    }

    @Test
    void readsSeparateTablesAndKeepsTheMaskedWellAsMarker() throws Exception {
        PlateData p = open("gen5_sample_lowry660_stdcurve_separate_tables_masked.txt").plates().get(0);
        assertEquals(List.of("660", "Conc"), names(p));
        assertEquals(0.044, read(p, "660").value(w("A1")));
        assertEquals(0.526, read(p, "660").value(w("H12")));
        assertEquals("*0.356*", read(p, "660").marker(w("H3")));
        assertEquals("?????", read(p, "Conc").marker(w("H3")));
        assertEquals("<0.000", read(p, "Conc").marker(w("A1")));
        assertEquals(6.722, read(p, "Conc").value(w("A2")));
        assertEquals(ReadKind.DERIVED, read(p, "Conc").kind());
    }

    @Test
    void readsUtf8BomFileWithThreeLinesPerRow() throws Exception {
        ImportResult r = open("gen5_mockBCA_abs450_stdcurve_utf8bom.txt");
        PlateData p = r.plates().get(0);
        assertEquals(List.of("450nm:450", "Blank 450nm:450", "[Concentration]"), names(p));
        assertEquals(3.411, read(p, "450nm:450").value(w("A1")));
        assertEquals(0.169, read(p, "450nm:450").value(w("H12")));
        assertEquals(-0.0, read(p, "Blank 450nm:450").value(w("H3")));
        assertEquals(1014.822, read(p, "[Concentration]").value(w("A1")));
        assertEquals(ReadKind.DERIVED, read(p, "[Concentration]").kind());
        assertTrue(r.warnings().stream().anyMatch(x -> x.contains("Manual")));
    }

    @Test
    void readsThreePlatesFromUtf16File() throws Exception {
        ImportResult r = open("gen5_mockBCA_stdcurve_3plates_utf16le.txt");
        assertEquals(List.of("Plate 1", "Plate 2", "Plate 3"), r.plates().stream().map(PlateData::name).toList());
        assertEquals(3.481, read(r.plates().get(0), "630nmAbsRead:630").value(w("A1")));
        assertEquals(3.496, read(r.plates().get(1), "630nmAbsRead:630").value(w("A1")));
        assertEquals(0.241, read(r.plates().get(2), "630nmAbsRead:630").value(w("H12")));
        assertEquals(630.0, read(r.plates().get(2), "630nmAbsRead:630").wavelengthNm());
        for (PlateData p : r.plates()) assertEquals(List.of("630nmAbsRead:630", "Blank 630nmAbsRead:630", "[Concentration]"), names(p));
    }

    @Test
    void reads384WellPartialPlateWithOutOfRangeMarkers() throws Exception {
        PlateData p = open("gen5_cytation5_alphalisa_pERK_stdcurve_384.txt").plates().get(0);
        assertEquals(16, p.rows());
        assertEquals(24, p.columns());
        assertEquals(List.of("Alpha", "[Concentration]"), names(p));
        assertEquals(608643.0, read(p, "Alpha").value(w("D1")));
        assertEquals(340.0, read(p, "Alpha").value(w("E24")));
        assertEquals(48, read(p, "Alpha").values().size());
        assertEquals(99.850, read(p, "[Concentration]").value(w("D1")));
        assertEquals(">105.000", read(p, "[Concentration]").marker(w("E1")));
        assertEquals("<0.000", read(p, "[Concentration]").marker(w("E24")));
    }

    @Test
    void readsTransposedKineticTableAndDerivedMeanV() throws Exception {
        PlateData p = open("gen5_sample_kinetic_betagal_meanV_4PL_stdcurve.txt").plates().get(0);
        KineticRead k = p.kinetic().get(0);
        assertEquals("420", k.name());
        assertEquals(61, k.timesSeconds().size());
        assertEquals(0.0, k.timesSeconds().get(0));
        assertEquals(30.0, k.timesSeconds().get(1));
        assertEquals(1800.0, k.timesSeconds().get(60));
        assertEquals(0.069, k.series().get(w("A1")).get(0));
        assertEquals(0.992, k.series().get(w("A1")).get(60));
        assertEquals(96, k.series().size());
        assertEquals(31.303, read(p, "Mean V [420]").value(w("A1")));
        assertEquals(ReadKind.DERIVED, read(p, "Mean V [420]").kind());
        assertEquals(">40.000", read(p, "[Concentration]").marker(w("A2")));
    }

    @Test
    void readsWellModeKineticWithMillisecondTimes() throws Exception {
        PlateData p = open("gen5_synergyNeo_IgG_titration_lum_kinetic_wellmode.txt").plates().get(0);
        KineticRead k = p.kinetic().get(0);
        assertEquals("Lum", k.name());
        assertEquals(10, k.timesSeconds().size());
        assertEquals(0.21, k.timesSeconds().get(1), 1e-9);
        assertEquals(1.89, k.timesSeconds().get(9), 1e-9);
        assertEquals(44372.0, k.series().get(w("A1")).get(0));
        assertEquals(47, k.series().size());
        assertEquals(69172.005, read(p, "Integral [Lum]").value(w("A1")));
        assertEquals(ReadKind.DERIVED, read(p, "Integral [Lum]").kind());
        assertEquals(">4200.000", read(p, "[Concentration]").marker(w("A1")));
        assertNull(read(p, "Integral [Lum]").value(w("D12")));
    }

    @Test
    void readsSemicolonLatin1KineticWithThreeChannels() throws Exception {
        PlateData p = open("gen5_synergyH1_kinetic_3channels_semicolon_latin1.txt").plates().get(0);
        assertEquals(List.of("OD:600", "485,528", "530,580"), p.kinetic().stream().map(KineticRead::name).toList());
        KineticRead od = p.kinetic().get(0);
        assertEquals(600.0, od.wavelengthNm());
        assertEquals(List.of(108.0, 408.0, 708.0, 1008.0, 1308.0), od.timesSeconds());
        assertEquals(0.094, od.series().get(w("A1")).get(0));
        assertEquals(159.0, p.kinetic().get(1).timesSeconds().get(0));
        assertEquals(73.0, p.kinetic().get(1).series().get(w("A1")).get(0));
        assertEquals(24.0, p.kinetic().get(2).series().get(w("A1")).get(0));
        assertTrue(p.reads().isEmpty());
    }

    @Test
    void readsTwoAppendedExportsAsTwoPlates() throws Exception {
        ImportResult r = open("gen5_synergyH1_two_exports_concatenated_gain.txt");
        assertEquals(List.of("Plate 1", "Plate 1 (2)"), r.plates().stream().map(PlateData::name).toList());
        assertEquals(List.of("YFP:485,530", "CFP:360/40,460/40"), names(r.plates().get(0)));
        assertEquals(List.of("YFP:485,530", "CFP:425,475"), names(r.plates().get(1)));
        assertEquals(3200.0, read(r.plates().get(0), "YFP:485,530").value(w("A1")));
        assertEquals(45582.0, read(r.plates().get(0), "CFP:360/40,460/40").value(w("A1")));
        assertEquals(211.0, read(r.plates().get(1), "CFP:425,475").value(w("H6")));
        assertEquals(48, read(r.plates().get(1), "CFP:425,475").values().size());
        assertTrue(r.warnings().stream().anyMatch(x -> x.contains("more than one plate named 'Plate 1'")));
    }

    @Test
    void readsWorkbookWithDayOffsetTimes() throws Exception {
        ImportResult r = open("gen5_ELx808_kinetic_od630.xlsx");
        assertEquals("gen5-xlsx", r.format());
        PlateData p = r.plates().get(0);
        assertEquals(8, p.rows());
        KineticRead k = p.kinetic().get(0);
        assertEquals("630", k.name());
        assertEquals(0.0, k.timesSeconds().get(0));   // the empty first time cell
        assertEquals(900.0, k.timesSeconds().get(1)); // 2.0104166… days minus the 2-day offset
        assertEquals(0.097, k.series().get(w("A1")).get(0));
        assertEquals(36, k.series().size());
        assertEquals(1.267, read(p, "Max V [630]").value(w("A1")));
        // t at Max V: 2.359375 days in the cell, minus 2 days = 8 h 37.5 min
        assertEquals(31050.0, read(p, "t at Max V [630]").value(w("A1")));
        assertTrue(r.warnings().stream().anyMatch(x -> x.contains("offset of 2 days")), r.warnings().toString());
    }

    @Test
    void readsWorkbookWithEndpointAndKineticReadsAndSkipsTheUserSheet() throws Exception {
        ImportResult r = open("gen5_synergyH1_kinetic_od630_gfp_plus_user_mapping_sheet.xlsx");
        assertEquals("gen5-xlsx", r.format());
        assertEquals(1, r.plates().size());
        PlateData p = r.plates().get(0);
        assertEquals(0.143, read(p, "Read 1:630").value(w("A1")));
        assertEquals(0.037, read(p, "Read 1:630").value(w("H12")));
        assertEquals(495.0, read(p, "Read 2:485,528[2]").value(w("A1")));
        assertEquals(ReadKind.RAW, read(p, "Read 2:485,528[2]").kind());
        assertEquals(3.16, read(p, "Max V [Read 3:630]").value(w("A1")));
        assertEquals(List.of("Read 3:630", "GFP:485,528", "GFP:485,528[2]"), p.kinetic().stream().map(KineticRead::name).toList());
        KineticRead od = p.kinetic().get(0);
        assertEquals(97, od.timesSeconds().size());
        assertEquals(1044.0, od.timesSeconds().get(0)); // 0.0120833 days
        assertEquals(0.084, od.series().get(w("A1")).get(0));
        assertEquals("OVRFLW", p.kinetic().get(2).markers().values().iterator().next());
        assertTrue(r.warnings().stream().anyMatch(x -> x.contains("sheet 'mapping'")));
    }
}
