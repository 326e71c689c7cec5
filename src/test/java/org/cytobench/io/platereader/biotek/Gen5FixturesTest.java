package org.cytobench.io.platereader.biotek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.KineticReductions;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

/** Gen5 quirks on small files written for Cytobench (src/test/resources/io); these always run. */
class Gen5FixturesTest {

    private static ImportResult open(String name) throws Exception {
        SourceFile f = SourceFile.read(Path.of(Gen5FixturesTest.class.getResource("/io/" + name).toURI()));
        ImportResult r = PlateImporters.importFile(f, null);
        assertEquals("gen5-text", r.format());
        return r;
    }

    private static WellPosition w(String s) { return WellPosition.parse(s); }

    private static Read read(PlateData p, String name) { return p.read(name).orElseThrow(); }

    @Test
    void dualWavelengthReadsCarryTheirWavelengthsSoTheAnalysisCanSubtract() throws Exception {
        PlateData p = open("gen5_dual_450_630_crlf.txt").plates().get(0);
        assertEquals(List.of("450", "630", "Blank 450"), p.reads().stream().map(Read::name).toList());
        assertEquals(450.0, read(p, "450").wavelengthNm());
        assertEquals(630.0, read(p, "630").wavelengthNm());
        assertEquals(ReadKind.RAW, read(p, "630").kind());
        assertEquals(ReadKind.DERIVED, read(p, "Blank 450").kind());
        assertEquals(1.040, read(p, "450").value(w("D5")));
        assertEquals(0.083, read(p, "630").value(w("D5")));
        assertEquals("OVRFLW", read(p, "450").marker(w("A1")));
        assertNull(read(p, "450").value(w("H12")));
        assertNull(read(p, "450").marker(w("H12")));
    }

    @Test
    void semicolonDecimalCommaCrOnlyLatin1Kinetic() throws Exception {
        PlateData p = open("gen5_kinetic_semicolon_decimal_comma_cr_latin1.txt").plates().get(0);
        KineticRead k = p.kinetic().get(0);
        assertEquals("405", k.name());
        assertEquals(List.of(0.0, 60.0, 120.0, 180.0), k.timesSeconds());
        assertEquals(0.050, k.series().get(w("A1")).get(0), 1e-12);
        assertEquals(0.110, k.series().get(w("A1")).get(3), 1e-12);
        assertEquals(0.204, k.series().get(w("H11")).get(3), 1e-12);
        assertEquals(0.145, k.series().get(w("H12")).get(0), 1e-12);
        assertNull(k.series().get(w("H12")).get(2));
        assertEquals("OVRFLW", k.markers().get(w("H12")));
        assertEquals(21.2, read(p, "Mean V [405]").value(w("B3")), 1e-12);
        assertEquals(ReadKind.DERIVED, read(p, "Mean V [405]").kind());
        // h:mm:ss cells of a time-valued data set are seconds, never markers
        assertEquals(60.0, read(p, "t at Max V [405]").value(w("A1")));
        assertEquals(150.0, read(p, "t at Max V [405]").value(w("A2")));
        // the kinetic set reduces to an endpoint read for the ELISA path
        Read last = KineticReductions.lastRead(k);
        assertEquals(0.110, last.value(w("A1")), 1e-12);
        assertEquals("OVRFLW", last.marker(w("H12")));
        assertEquals(0.02, KineticReductions.meanSlope(k).value(w("A1")), 1e-12);
    }

    @Test
    void utf16FileWithA96AndAPartly384WellPlate() throws Exception {
        ImportResult r = open("gen5_two_plates_96_and_384_partial_utf16le.txt");
        assertEquals(2, r.plates().size());
        PlateData p1 = r.plates().get(0), p2 = r.plates().get(1);
        assertEquals(8, p1.rows());
        assertEquals(0.304, read(p1, "450").value(w("C5")));
        assertEquals(16, p2.rows());
        assertEquals(24, p2.columns());
        assertEquals(100000.0, read(p2, "Alpha").value(w("D1")));
        assertEquals(200023.0, read(p2, "Alpha").value(w("E24")));
        assertEquals(48, read(p2, "Alpha").values().size());
        assertEquals(">105.000", read(p2, "[Concentration]").marker(w("E1")));
        assertEquals("<0.000", read(p2, "[Concentration]").marker(w("E24")));
        assertEquals(49.0, read(p2, "[Concentration]").value(w("D2")));
    }

    @Test
    void separateTablesSkipTheLayoutAndKeepMaskedWellsAsMarkers() throws Exception {
        PlateData p = open("gen5_separate_tables_masked_layout.txt").plates().get(0);
        assertEquals(List.of("660", "Conc"), p.reads().stream().map(Read::name).toList());
        assertEquals(0.040, read(p, "660").value(w("A1")));
        assertEquals("*0.395*", read(p, "660").marker(w("H3")));
        assertFalse(read(p, "660").values().containsKey(w("H3")));
        assertEquals("?????", read(p, "Conc").marker(w("H3")));
        assertEquals("<0.000", read(p, "Conc").marker(w("A1")));
        assertEquals(31.0, read(p, "Conc").value(w("B2")));
        assertTrue(p.kinetic().isEmpty());
    }
}
