package org.cytobench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The cut exports of issue 9, made in code from the real files in ../shared/sample-exports: each was imported with
 * wrong numbers and no warning (Kaleido 49 of 96 wells with E1 = 0.0; VICTOR Nivo, VICTOR X3 and Multiskan text losing
 * the last digits of their last value). Each is now refused with one sentence that says the file looks cut off.
 */
class CutSampleExportsTest {

    /** The export cut {@code keep} characters into the first occurrence of {@code needle} (ASCII files). */
    private static SourceFile cutInside(String path, String needle, int keep) throws Exception {
        SourceFile whole = SampleExportsDir.file(path);
        String text = new String(whole.bytes(), StandardCharsets.ISO_8859_1);
        int at = text.indexOf(needle);
        assertTrue(at > 0, needle + " not found in " + path);
        return new SourceFile(whole.name(), Arrays.copyOf(whole.bytes(), at + keep));
    }

    private static void assertRefusedAsCut(SourceFile f) throws Exception {
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(f, null));
        assertTrue(e.getMessage().contains("cut off"), e.getMessage());
        assertTrue(e.getMessage().startsWith(f.name() + ", line "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void kaleidoCutInsideRowEIsRefusedNotReadAs49WellsWithE1Zero() throws Exception {
        SourceFile f = cutInside("perkinelmer-revvity/revvity_kaleido_abs450_endpoint.csv", "E,0.086822104856516077", 4);
        assertRefusedAsCut(f);
        // the same grid cut after whole rows (F, G, H missing, the trailer gone) is refused too
        assertRefusedAsCut(cutInside("perkinelmer-revvity/revvity_kaleido_abs450_endpoint.csv", "F,0.05178", 0));
    }

    @Test
    void victorNivoCutInsideALastValueIsRefused() throws Exception {
        assertRefusedAsCut(cutInside("perkinelmer-revvity/pe_victor_nivo_od600_kinetic.csv", "0.361,0.385", 10)); // 0.385 → 0.38
    }

    @Test
    void victorX3CutInsideALastValueIsRefused() throws Exception {
        assertRefusedAsCut(cutInside("perkinelmer-revvity/pe_victor_x3_od600_gfp_list.txt", "01:03:05.40\t882", 14)); // 882 → 88
    }

    @Test
    void multiskanTextCutInsideAValueIsRefused() throws Exception {
        assertRefusedAsCut(cutInside("thermo/thermo_multiskan_spectrum_photometric_kinetic.txt", "3.1307", 4)); // 3.1307 → 3.13
    }

    /** The export cut right after the line break of the line that holds {@code needle}: no number is cut, wells are lost. */
    private static SourceFile cutAfterLineOf(String path, String needle) throws Exception {
        SourceFile whole = SampleExportsDir.file(path);
        String text = new String(whole.bytes(), StandardCharsets.ISO_8859_1);
        int at = text.indexOf(needle);
        assertTrue(at > 0, needle + " not found in " + path);
        return new SourceFile(whole.name(), Arrays.copyOf(whole.bytes(), text.indexOf('\n', at) + 1));
    }

    @Test
    void victorNivoCutBetweenWellLinesIsRefusedNotReadWithFewerWells() throws Exception {
        assertRefusedAsCut(cutAfterLineOf("perkinelmer-revvity/pe_victor_nivo_od600_kinetic.csv", "\nA5,,"));
    }

    @Test
    void victorX3CutBetweenWellLinesIsRefusedNotReadWithARepeatShortOfWells() throws Exception {
        assertRefusedAsCut(cutAfterLineOf("perkinelmer-revvity/pe_victor_x3_od600_gfp_list.txt", "\t3\tA08\t"));
    }

    @Test
    void multiskanTextCutBetweenIterationsIsRefused() throws Exception {
        SourceFile whole = SampleExportsDir.file("thermo/thermo_multiskan_spectrum_photometric_kinetic.txt");
        String text = new String(whole.bytes(), StandardCharsets.ISO_8859_1);
        int secondBlock = text.indexOf("Plate:1 - Wavelength:", text.indexOf("Plate:1 - Wavelength:") + 1);
        int cut = text.indexOf("Iteration: 2", secondBlock); // the second wavelength keeps only its first iteration
        ImportException e = assertThrows(ImportException.class,
                () -> PlateImporters.importFile(new SourceFile(whole.name(), Arrays.copyOf(whole.bytes(), cut)), null));
        assertTrue(e.getMessage().contains("iterations where the first block has") && e.getMessage().contains("cut off"), e.getMessage());
    }

    @Test
    void multiskanTextCutRightAfterTheFirstBlockLineIsRefused() throws Exception {
        SourceFile f = cutAfterLineOf("thermo/thermo_multiskan_spectrum_photometric_kinetic.txt", "Plate:1 - Wavelength:340");
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(f, null));
        assertTrue(e.getMessage().contains("holds no iteration") && e.getMessage().contains("cut off"), e.getMessage());
    }

    @Test
    void gen5RowWiseTableThatTheFileEndsInIsReadWithAWarning() throws Exception {
        SourceFile f = cutAfterLineOf("biotek-gen5/gen5_synergyH1_abs450_blank_layout_rowwise_table.txt", "\tC5\t");
        ImportResult r = PlateImporters.importFile(f, null);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("runs to the end of the file") && w.contains("truncated")),
                r.warnings().toString());
        ImportResult whole = PlateImporters.importFile(SampleExportsDir.file("biotek-gen5/gen5_synergyH1_abs450_blank_layout_rowwise_table.txt"), null);
        assertTrue(whole.warnings().stream().noneMatch(w -> w.contains("runs to the end")), whole.warnings().toString());
    }

    @Test
    void aUtf16ExportCutInsideACharacterIsRefused() throws Exception {
        SourceFile whole = SampleExportsDir.file("biotek-gen5/gen5_mockBCA_stdcurve_3plates_utf16le.txt");
        SourceFile f = new SourceFile(whole.name(), Arrays.copyOf(whole.bytes(), 9291));
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(f, null));
        assertTrue(e.getMessage().contains("middle of a character"), e.getMessage());
    }

    @Test
    void aCutVendorExportDoesNotFallBackToTheGenericGrid() throws Exception {
        SourceFile f = cutInside("bmg-labtech/bmg_mars_abs450_redacted.csv", "0.207", 3);
        ImportException e = assertThrows(ImportException.class, () -> PlateImporters.importFile(f, null));
        assertFalse(e.getMessage().contains("generic"), e.getMessage());
    }

    @Test
    void aGloMaxExportEndsWithANumberAndStillImportsWithoutWarning() throws Exception {
        ImportResult r = PlateImporters.importFile(SampleExportsDir.file("promega/promega_glomax_abs600_quickread.csv"), null);
        assertEquals("glomax", r.format());
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("cut off")), r.warnings().toString());
    }

    @Test
    void aGloMaxExportCutInsideItsLastValueIsReadWithAWarning() throws Exception {
        SourceFile whole = SampleExportsDir.file("promega/promega_glomax_abs600_quickread.csv");
        SourceFile f = new SourceFile(whole.name(), Arrays.copyOf(whole.bytes(), whole.size() - 4)); // 7.48E-02 → 7.48
        ImportResult r = PlateImporters.importFile(f, null);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("cut off")), r.warnings().toString());
    }
}
