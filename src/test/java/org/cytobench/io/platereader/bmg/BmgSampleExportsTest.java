package org.cytobench.io.platereader.bmg;

import static org.cytobench.io.VendorSampleFiles.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.SourceFile;
import org.cytobench.io.VendorSampleFiles;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

/** The real BMG MARS exports in ../shared/sample-exports; every expected number was read by hand from the file. */
class BmgSampleExportsTest {

    private static ImportResult open(String name, String format) throws Exception {
        ImportResult r = PlateImporters.importFile(
                SourceFile.read(VendorSampleFiles.samples().resolve("bmg-labtech").resolve(name)), null);
        assertEquals(format, r.format(), name);
        return r;
    }

    @Test
    void redactedAbs450WithChromaticIndex() throws Exception {
        ImportResult r = open("bmg_mars_abs450_redacted.csv", "bmg-mars-csv");
        assertEquals(1, r.plates().size());
        PlateData p = r.plates().get(0);
        assertEquals(8, p.rows());
        assertEquals(12, p.columns());
        assertEquals(List.of("450"), p.reads().stream().map(Read::name).toList());
        Read r450 = p.reads().get(0);
        assertEquals(ReadKind.RAW, r450.kind());
        assertEquals(450.0, r450.wavelengthNm());
        assertEquals(0.073, value(r450, "A1"), 0);
        assertEquals(0.067, value(r450, "B2"), 0);
        assertEquals(0.836, value(r450, "D10"), 0);
        assertEquals(0.207, value(r450, "H12"), 0);
        assertEquals(96, r450.values().size());
    }

    @Test
    void pherastarDsRnaElisaWithDoubleSpaceTitle() throws Exception {
        PlateData p = open("bmg_pherastar_dsRNA_elisa_abs450.csv", "bmg-mars-csv").plates().get(0);
        assertEquals(8, p.rows());
        Read r450 = p.read("450").orElseThrow();
        assertEquals(1.691, value(r450, "A1"), 0);
        assertEquals(1.557, value(r450, "A2"), 0);
        assertEquals(0.07, value(r450, "C4"), 0);
        assertEquals(0.884, value(r450, "H12"), 0);
        assertEquals(96, r450.values().size());
    }

    @Test
    void pherastar384PartialFluorescence() throws Exception {
        PlateData p = open("bmg_pherastar_384_FI_transcreener_partial.csv", "bmg-mars-csv").plates().get(0);
        assertEquals(16, p.rows());
        assertEquals(24, p.columns());
        Read r = p.reads().get(0);
        assertEquals("580/620", r.name());
        assertEquals(25104, value(r, "A1"), 0);
        assertEquals(24361, value(r, "A20"), 0);
        assertNull(r.value(WellPosition.parse("A21")));
        assertEquals(107, value(r, "O6"), 0);
        assertNull(r.value(WellPosition.parse("O11")));
        assertEquals(59, value(r, "O12"), 0);
        assertEquals(62, value(r, "P12"), 0);
        assertEquals(14 * 20 + 2 * 11, r.values().size());
    }

    @Test
    void lumistarTableAllCyclesTwoSheets() throws Exception {
        ImportResult r = open("bmg_lumistar_omega_mars_table_all_cycles.xlsx", "bmg-mars-xlsx");
        assertEquals(List.of("Table All Cycles", "Table All Cycles (2)"), r.plates().stream().map(PlateData::name).toList());
        PlateData p1 = r.plates().get(0);
        assertEquals(8, p1.rows());
        assertEquals(12, p1.columns());
        assertEquals(List.of("535", "475-30"), p1.kinetic().stream().map(KineticRead::name).toList());
        KineticRead a = p1.kinetic().get(0);
        assertEquals(21, a.timesSeconds().size());
        assertEquals(0.0, a.timesSeconds().get(0));
        assertEquals(1300.0, a.timesSeconds().get(20));
        assertEquals(132456.0, a.series().get(WellPosition.parse("A1")).get(0));
        assertEquals(107882.0, a.series().get(WellPosition.parse("A2")).get(1));
        assertEquals(20222.0, a.series().get(WellPosition.parse("H12")).get(20));
        KineticRead b = p1.kinetic().get(1);
        assertEquals(170242.0, b.series().get(WellPosition.parse("A1")).get(0));
        KineticRead b2 = r.plates().get(1).kinetic().get(1);
        assertEquals(42360.0, b2.series().get(WellPosition.parse("H12")).get(20));
        assertEquals(164514.0, b2.series().get(WellPosition.parse("A1")).get(0));
    }
}
