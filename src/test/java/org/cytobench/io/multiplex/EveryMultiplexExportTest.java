package org.cytobench.io.multiplex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cytobench.io.ImportException;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * Every file in ../shared/multiplex-exports: auto-detected as the right format with the right number of analytes, or
 * refused with one clear sentence naming the file (and where the file is broken, the place).
 */
class EveryMultiplexExportTest {

    /** file → "format analytes" or "! start of the error message". */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("luminex-xponent/serolyzer_pone.0187901.s001.csv", "luminex-xponent 30");
        EXPECTED.put("luminex-xponent/serolyzer_P1_SEROPED_PBT_62PLEX_PLATE1_03312023_RUN001.csv", "luminex-xponent 62");
        EXPECTED.put("luminex-xponent/serolyzer_CovidOISExPONTENT.csv", "luminex-xponent 30");
        EXPECTED.put("luminex-xponent/serolyzer_CovidOISExPONTENT_CO_with_holes.csv", "luminex-xponent 2");
        EXPECTED.put("luminex-xponent/serolyzer_CovidOISExPONTENT_missing_rows.csv",
                "! serolyzer_CovidOISExPONTENT_missing_rows.csv, table 'Net MFI' (line 140): lists 94 wells");
        EXPECTED.put("luminex-xponent/allotropy_luminex_xPONENT_example02.csv", "luminex-xponent 2");
        EXPECTED.put("luminex-xponent/allotropy_luminex_xPONENT_example02_saved.csv", "luminex-xponent 2");
        EXPECTED.put("luminex-xponent/allotropy_luminex_xPONENT_example03.csv", "luminex-xponent 2");
        EXPECTED.put("luminex-xponent/allotropy_luminex_xPONENT_NaN_and_not_reported_values.csv", "luminex-xponent 3");
        EXPECTED.put("luminex-xponent/allotropy_luminex_intelliflex_example_01.csv", "luminex-xponent 5");
        EXPECTED.put("luminex-xponent/allotropy_luminex_intelliflex_v2_2.csv", "luminex-intelliflex 14");
        EXPECTED.put("luminex-xponent/serolyzer_random_intelliflex.csv", "luminex-intelliflex 3");
        EXPECTED.put("bio-rad-bioplex/labkey_pnLINCO20070302A.xls", "bioplex-excel 13");
        EXPECTED.put("bio-rad-bioplex/labkey_pnLINCO20070302A.xlsx", "bioplex-excel 13");
        EXPECTED.put("bio-rad-bioplex/labkey_plate_1_IgA-Biot_Standard2.xls", "bioplex-excel 5");
        EXPECTED.put("bio-rad-bioplex/labkey_plate_3_IgA-Biot_Standard1.xlsx", "bioplex-excel 5");
        EXPECTED.put("bio-rad-bioplex/labkey_02-14A22-IgA-Biotin.xls", "bioplex-excel 6");
        EXPECTED.put("bio-rad-bioplex/labkey_Guide_Set_plate_1.xls",
                "! labkey_Guide_Set_plate_1.xls, sheet 'GS Analyte A (1)', cell C27: well 'B25': column 25 is outside 1–24");
        for (int i = 2; i <= 5; i++) EXPECTED.put("bio-rad-bioplex/labkey_Guide_Set_plate_" + i + ".xls", "bioplex-excel 2");
        EXPECTED.put("bio-rad-bioplex/labkey_RawAndSummary.xlsx", "bioplex-excel 3");
        EXPECTED.put("bio-rad-bioplex/serolyzer_synthetic_bioplex.xlsx", "bioplex-excel 2");
        EXPECTED.put("bio-rad-bioplex/allotropy_bio-rad_bio-plex_manager_example_01.xml",
                "bioplex-xml 15");
        EXPECTED.put("msd/allotropy_msd_workbench_test_1.csv", "msd-workbench 2");
        EXPECTED.put("msd/allotropy_msd_workbench_test_2.csv", "msd-workbench 1");
        EXPECTED.put("msd/allotropy_test_msd_workbench_xlsx.xlsx", "msd-workbench 1");
        EXPECTED.put("msd/allotropy_methodical_test_1.txt", "msd-plate-grid 1");
        EXPECTED.put("msd/allotropy_methodical_test_5_mulitple_spot_tables.txt", "msd-plate-grid 4");
        EXPECTED.put("msd/allotropy_methodical_mind_384_wells.txt", "msd-plate-grid 1");
    }

    @Test
    void everySharedFileOpensAsItsFormatOrFailsClearly() throws Exception {
        Path dir = MultiplexExportsDir.require();
        TreeSet<String> present = new TreeSet<>();
        try (var s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .forEach(p -> present.add(dir.relativize(p).toString().replace('\\', '/')));
        }
        assertEquals(new TreeSet<>(EXPECTED.keySet()), present, "the list covers every shared file");
        for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
            SourceFile f = SourceFile.read(dir.resolve(e.getKey()));
            if (e.getValue().startsWith("! ")) {
                ImportException ex = assertThrows(ImportException.class, () -> PlateImporters.importFile(f, null), e.getKey());
                assertTrue(ex.getMessage().startsWith(e.getValue().substring(2)), e.getKey() + ": " + ex.getMessage());
                assertTrue(!ex.getMessage().contains("\n"), "one line");
            } else {
                MultiplexExport m = MultiplexImporters.importFile(f, null);
                assertEquals(e.getValue(), m.format() + " " + m.plates().get(0).analytes().size(), e.getKey());
            }
        }
    }
}
