package org.cytobench.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.cytobench.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The documented rules of the file format that the records alone would not enforce: each hand-made file in
 * src/test/resources/project/damaged breaks one and is refused on load with the file and the field named.
 */
class LoadRulesTest {

    static final Path DIR = Path.of("src", "test", "resources", "project", "damaged");

    private final ProjectFiles files = new ProjectFiles();

    @Test
    void theUndamagedFileOpens() throws Exception {
        Project p = files.open(DIR.resolve("small-valid.cytobench"));
        assertEquals(50.0, p.experiment().culture().treatment(org.cytobench.plate.WellPosition.parse("A2")).thymalfasinNgPerMl());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            readings-384-on-96-layout | assay plate 1 (IL-6) has readings of 16×24 wells (readings.rows, readings.columns) on a layout of 8×12
            value-and-marker          | well A2 of read '450' of assay plate 1 (IL-6) has both a value (0.734) and a marker ('OVRFLW'); a well has one or the other
            duplicate-read-well       | well A2 is listed twice in read '450' of assay plate 1 (IL-6) (readings.reads.wells)
            duplicate-layout-well     | well H1 is listed twice in the layout of assay plate 1 (IL-6) (layout.wells)
            duplicate-culture-well    | well A1 is listed twice in the culture plate (culture.wells)
            duplicate-mask            | well a2 is listed twice in the masks of assay plate 1 (IL-6) (masks)
            null-dose                 | culture well A2 has no thymalfasin dose (thymalfasinNgPerMl); it would be read as 0 ng/mL
            missing-dose              | culture well A2 has no thymalfasin dose (thymalfasinNgPerMl); it would be read as 0 ng/mL
            """)
    void aBrokenRuleIsRefusedNamingTheFileAndTheField(String name, String why) {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.open(DIR.resolve(name + ".cytobench")));
        assertEquals(name + ".cytobench is damaged and cannot be opened: " + why + ".", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"readings-384-on-96-layout", "value-and-marker", "duplicate-read-well", "null-dose"})
    void analyzeRefusesItWithExitTwoAndOneLine(String name, @TempDir Path out) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"analyze", DIR.resolve(name + ".cytobench").toString(), "--out", out.toString(), "--no-charts"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.BAD_INPUT, code);
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.lines().count(), text);
        assertEquals(true, text.startsWith(name + ".cytobench is damaged and cannot be opened: "), text);
    }
}
