package org.cytobench.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Stimulus;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;
import org.cytobench.project.ProjectFiles;
import org.junit.jupiter.api.Test;

class PlateMapTest {

    private static Experiment sample() throws Exception {
        return new ProjectFiles().open(Path.of("sample-data/thymalfasin-pbmc.cytobench")).experiment();
    }

    private static SourceFile csv(String name, String text) {
        return new SourceFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A plater-style block: name and 1..12, then rows A..H with {@code cell(row, column)}. */
    private static String block(String name, int rows, int columns, java.util.function.BiFunction<Integer, Integer, String> cell, String sep) {
        StringBuilder b = new StringBuilder(name);
        for (int c = 1; c <= columns; c++) b.append(sep).append(c);
        b.append('\n');
        for (int r = 0; r < rows; r++) {
            b.append((char) ('A' + r));
            for (int c = 0; c < columns; c++) b.append(sep).append(cell.apply(r, c));
            b.append('\n');
        }
        return b.toString();
    }

    @Test
    void cultureAndAssayLayoutsSurviveCsvAndXlsxRoundTrips() throws Exception {
        Experiment e = sample();
        PlateMap culture = CultureLayoutMaps.toMap(e.culture());
        for (SourceFile f : List.of(new SourceFile("c.csv", PlateMapWriter.csv(culture)), new SourceFile("c.xlsx", PlateMapWriter.xlsx(culture, "Culture")))) {
            assertEquals(e.culture(), CultureLayoutMaps.fromMap(PlateMapReader.read(f), f.name(), e.culture().name()), f.name());
        }
        for (var run : e.assays()) {
            AssayPlate p = run.layout();
            PlateMap m = AssayLayoutMaps.toMap(p);
            for (SourceFile f : List.of(new SourceFile("a.csv", PlateMapWriter.csv(m)), new SourceFile("a.xlsx", PlateMapWriter.xlsx(m, "Assay")))) {
                assertEquals(p, AssayLayoutMaps.fromMap(PlateMapReader.read(f), f.name(), p.name(), p.analyte()), p.name() + " " + f.name());
            }
        }
    }

    @Test
    void csvHasPlatersShape() throws Exception {
        List<String> lines = new String(PlateMapWriter.csv(CultureLayoutMaps.toMap(sample().culture())), StandardCharsets.UTF_8).lines().toList();
        assertEquals("treatment,1,2,3,4,5,6,7,8,9,10,11,12", lines.get(0));
        assertTrue(lines.get(1).startsWith("A,Unstimulated,Unstimulated,"), lines.get(1));
        assertEquals("", lines.get(9));
        assertEquals("dose,1,2,3,4,5,6,7,8,9,10,11,12", lines.get(10));
        assertEquals(4 * 9 + 3, lines.size());
    }

    @Test
    void readsAHandMadeSemicolonMapWithDecimalCommasAndOnlySomeBlocks() throws Exception {
        String text = block("Treatment", 8, 12, (r, c) -> r == 0 && c < 3 ? "LPS 100 ng/mL" : r == 1 && c == 0 ? "medium" : "", ";")
                + ";;;\n"
                + block("dose", 8, 12, (r, c) -> r == 0 && c < 3 ? "12,5" : "", ";");
        CulturePlate p = CultureLayoutMaps.fromMap(PlateMapReader.read(csv("map.csv", text)), "map.csv", "Culture");
        assertEquals(4, p.wells().size());
        Treatment a2 = p.treatment(WellPosition.parse("A2"));
        assertEquals(Stimulus.lps(100), a2.stimulus());
        assertEquals(12.5, a2.thymalfasinNgPerMl());
        assertEquals(Stimulus.NONE, p.treatment(WellPosition.parse("B1")).stimulus());
    }

    @Test
    void reads384WellMaps() throws Exception {
        String text = block("role", 16, 24, (r, c) -> r == 15 && c == 23 ? "blank" : r == 0 && c == 0 ? "standard" : "", ",")
                + "\n" + block("nominal", 16, 24, (r, c) -> r == 0 && c == 0 ? "500" : "", ",");
        AssayPlate p = AssayLayoutMaps.fromMap(PlateMapReader.read(csv("m.csv", text)), "m.csv", "IL-6", Analyte.IL_6);
        assertEquals(PlateFormat.WELLS_384, p.format());
        assertEquals(WellRole.BLANK, p.wells().get(WellPosition.parse("P24")).role());
        assertEquals(500.0, p.wells().get(WellPosition.parse("A1")).nominalConcentration());
    }

    @Test
    void aWrongBlockIsRefusedNamingTheCell() {
        String sevenRows = block("treatment", 7, 12, (r, c) -> "LPS", ",");
        assertEquals("m.csv, line 9, column 1: block 'treatment' has 7 rows (A–G); a 96-well block has 8 (A–H), row H expected",
                message(() -> PlateMapReader.read(csv("m.csv", sevenRows))));

        String role = block("role", 8, 12, (r, c) -> r == 1 && c == 3 ? "stnadard" : "", ",");
        assertEquals("m.csv, line 3, column 5 (well B4): block 'role': 'stnadard' is not a role (standard, zero-standard, blank, sample, qc, or empty)",
                message(() -> AssayLayoutMaps.fromMap(PlateMapReader.read(csv("m.csv", role)), "m.csv", "IL-6", Analyte.IL_6)));

        String dose = block("treatment", 8, 12, (r, c) -> "LPS 100 ng/mL", ",") + "\n" + block("dose", 8, 12, (r, c) -> r == 2 && c == 6 ? "ten" : "10", ",");
        assertEquals("m.csv, line 14, column 8 (well C7): block 'dose': 'ten' is not a number (thymalfasin ng/mL)",
                message(() -> CultureLayoutMaps.fromMap(PlateMapReader.read(csv("m.csv", dose)), "m.csv", "Culture")));

        String noConc = block("role", 8, 12, (r, c) -> r == 0 && c == 0 ? "standard" : "", ",");
        assertEquals("m.csv, line 2, column 2 (well A1): a standard well needs its concentration in the 'nominal' block",
                message(() -> AssayLayoutMaps.fromMap(PlateMapReader.read(csv("m.csv", noConc)), "m.csv", "IL-6", Analyte.IL_6)));

        String mixed = block("role", 8, 12, (r, c) -> "", ",") + "\n" + block("nominal", 16, 24, (r, c) -> "", ",");
        assertEquals("m.csv, line 11, column 1: block 'nominal' is 16×24 but the first block is 8×12",
                message(() -> PlateMapReader.read(csv("m.csv", mixed))));

        String orphanDose = block("treatment", 8, 12, (r, c) -> "", ",") + "\n" + block("dose", 8, 12, (r, c) -> r == 0 && c == 0 ? "10" : "", ",");
        assertEquals("m.csv, line 12, column 2 (well A1): block 'dose' has '10' but the well has no treatment",
                message(() -> CultureLayoutMaps.fromMap(PlateMapReader.read(csv("m.csv", orphanDose)), "m.csv", "Culture")));

        assertEquals("m.csv: no plate-shaped block (a name, then columns 1…12 or 1…24, then rows A…)", message(() -> PlateMapReader.read(csv("m.csv", ""))));
        assertTrue(message(() -> PlateMapReader.read(csv("m.csv", "hello,world\n"))).startsWith("m.csv, line 1, column 1: expected a block header"));
    }

    @Test
    void xlsxErrorsNameTheSheetAndCell() throws Exception {
        PlateMap m = AssayLayoutMaps.toMap(sample().assays().get(0).layout());
        List<List<String>> role = new ArrayList<>(m.block("role").values().stream().map(r -> (List<String>) new ArrayList<>(r)).toList());
        role.get(1).set(1, "unknown");
        java.util.Map<String, PlateMap.Block> blocks = new java.util.LinkedHashMap<>(m.blocks());
        blocks.put("role", new PlateMap.Block("role", role, null));
        PlateMap broken = new PlateMap(m.format(), blocks);
        SourceFile f = new SourceFile("map.xlsx", PlateMapWriter.xlsx(broken, "IL-6"));
        assertEquals("map.xlsx, sheet 'IL-6', cell C3 (well B2): block 'role': 'unknown' is not a role (standard, zero-standard, blank, sample, qc, or empty)",
                message(() -> AssayLayoutMaps.fromMap(PlateMapReader.read(f), f.name(), "IL-6", Analyte.IL_6)));
    }

    interface Action { void run() throws Exception; }

    private static String message(Action a) {
        return assertThrows(PlateMapException.class, a::run).getMessage();
    }
}
