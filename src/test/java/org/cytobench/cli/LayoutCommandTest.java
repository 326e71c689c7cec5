package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cytobench.cli.AnalyzeCommandTest.Run;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;
import org.cytobench.project.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutCommandTest {

    @TempDir
    Path dir;

    private Path copyOfSample() throws Exception {
        return Files.copy(Path.of("sample-data/thymalfasin-pbmc.cytobench"), dir.resolve("exp.cytobench"));
    }

    @Test
    void exportEditAndImportTheCulturePlate() throws Exception {
        Path exp = copyOfSample();
        Path map = dir.resolve("culture.csv");
        Run r = AnalyzeCommandTest.run("layout", "export", exp.toString(), "--culture", "--out", map.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(map + ": treatment, dose, vehicle, donor (8×12)", r.out().strip());
        // a scientist changes donor D3's 100 ng/mL wells (F7–F9) to 200 ng/mL in the spreadsheet
        String csv = Files.readString(map);
        String[] lines = csv.split("\n", -1);
        int doseF = 10 + 6;
        assertTrue(lines[doseF].startsWith("F,"), lines[doseF]);
        String[] cells = lines[doseF].split(",", -1);
        for (int c = 7; c <= 9; c++) cells[c] = "200";
        lines[doseF] = String.join(",", cells);
        Files.writeString(map, String.join("\n", lines));
        Run in = AnalyzeCommandTest.run("layout", "import", map.toString(), "--into", exp.toString(), "--culture");
        assertEquals(0, in.code(), in.err());
        Experiment e = new ProjectFiles().open(exp).experiment();
        assertEquals(200.0, e.culture().treatment(WellPosition.parse("F8")).thymalfasinNgPerMl());
        assertEquals(100.0, e.culture().treatment(WellPosition.parse("F6")).thymalfasinNgPerMl());
        assertTrue(Files.exists(dir.resolve("exp.cytobench.bak")), "the previous file is kept");
        assertEquals(3, e.assays().size());
        assertTrue(e.assays().get(0).readings() != null, "readings stay");
    }

    @Test
    void assayPlatesByNameAndNewOnesFromAnXlsxMap() throws Exception {
        Path exp = copyOfSample();
        Path map = dir.resolve("tnf.xlsx");
        assertEquals(0, AnalyzeCommandTest.run("layout", "export", exp.toString(), "--assay", "TNF-alpha", "--out", map.toString()).code());
        Run in = AnalyzeCommandTest.run("layout", "import", map.toString(), "--into", exp.toString(), "--assay", "IL-2 repeat", "--analyte", "IL-2");
        assertEquals(0, in.code(), in.err());
        Experiment e = new ProjectFiles().open(exp).experiment();
        assertEquals(4, e.assays().size());
        assertEquals("IL-2", e.assays().get(3).layout().analyte().name());
        assertEquals(e.assays().get(1).layout().wells(), e.assays().get(3).layout().wells());
        assertEquals(WellRole.STANDARD, e.assays().get(3).layout().wells().values().stream().filter(w -> w.role() == WellRole.STANDARD).findFirst().orElseThrow().role());
    }

    @Test
    void aBadMapLeavesTheExperimentUntouched() throws Exception {
        Path exp = copyOfSample();
        byte[] before = Files.readAllBytes(exp);
        Path map = Files.writeString(dir.resolve("bad.csv"), "role,1,2,3,4,5,6,7,8,9,10,11,12\nA,sample\nB\n");
        Run r = AnalyzeCommandTest.run("layout", "import", map.toString(), "--into", exp.toString(), "--assay", "IL-6");
        assertEquals(2, r.code());
        assertEquals("bad.csv, line 4, column 1: block 'role' has 2 rows (A–B); a 96-well block has 8 (A–H), row C expected", r.err().strip());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(exp)));
    }

    @Test
    void usageAndUnknownPlates() throws Exception {
        Path exp = copyOfSample();
        assertEquals(3, AnalyzeCommandTest.run("layout").code());
        assertEquals(3, AnalyzeCommandTest.run("layout", "export", exp.toString(), "--out", "x.csv").code(), "neither --culture nor --assay");
        assertEquals(3, AnalyzeCommandTest.run("layout", "export", exp.toString(), "--culture", "--out", "x.pdf").code());
        Run none = AnalyzeCommandTest.run("layout", "export", exp.toString(), "--assay", "IL-17", "--out", dir.resolve("x.csv").toString());
        assertEquals(2, none.code());
        assertEquals(exp + ": no assay plate named 'IL-17' (there are: IL-6, TNF-α, IL-10)", none.err().strip());
    }
}
