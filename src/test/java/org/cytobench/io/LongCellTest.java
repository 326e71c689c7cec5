package org.cytobench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.cytobench.plate.Read;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

/**
 * Cells of tens of thousands of characters: the number pattern used to be quadratic in the length of a digit run that
 * ends in a letter (35 s for 40 000 digits, over a minute for 60 000). Now such text is a marker, read in linear time.
 */
class LongCellTest {

    private static final String DIGITS_THEN_LETTER = "7".repeat(60_000) + "x";

    @Test
    void sixtyThousandDigitsFollowedByALetterAreAMarkerInWellUnderASecond() {
        Cell c = assertTimeoutPreemptively(Duration.ofMillis(500), () -> Cell.parse(DIGITS_THEN_LETTER));
        assertNull(c.number());
        assertEquals(DIGITS_THEN_LETTER, c.marker());
        Cell comma = assertTimeoutPreemptively(Duration.ofMillis(500), () -> Cell.parse("1".repeat(60_000) + ",5e", true));
        assertTrue(comma.isMarker());
    }

    @Test
    void numbersUpToTheLengthLimitAreNumbersAndLongerDigitRunsAreMarkers() {
        String longest = "0." + "1".repeat(Cell.MAX_NUMBER_CHARS - 2);
        assertEquals(Double.parseDouble(longest), Cell.parse(longest).number());
        assertTrue(Cell.parse(longest + "1").isMarker(), "101 characters are no instrument's number");
        assertEquals(0.086822104856516077, Cell.parse("0.086822104856516077").number(), "Kaleido's 17 digits");
    }

    @Test
    void aPlateGridWithAHugeCellImportsInWellUnderASecondWithTheCellAsMarker() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 12; c++) {
                if (c > 0) sb.append(',');
                sb.append(r == 2 && c == 4 ? DIGITS_THEN_LETTER : String.format(java.util.Locale.ROOT, "0.%03d", r * 12 + c + 1));
            }
            sb.append("\r\n");
        }
        SourceFile f = new SourceFile("grid.csv", sb.toString().getBytes(StandardCharsets.US_ASCII));
        ImportResult r = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> PlateImporters.importFile(f, null));
        Read read = r.plates().get(0).reads().get(0);
        assertEquals(DIGITS_THEN_LETTER, read.marker(WellPosition.parse("C5")));
        assertEquals(0.028, read.value(WellPosition.parse("C4")));
        assertEquals(95, read.values().size());
    }
}
