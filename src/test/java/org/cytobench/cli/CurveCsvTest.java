package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the {@code fit} command reads a curve CSV: RFC 4180 quoting, decimal commas, BOM, and plain refusals. */
class CurveCsvTest {
    @TempDir Path dir;

    private Path file(String text) throws IOException {
        return Files.write(dir.resolve("curve.csv"), text.getBytes(StandardCharsets.UTF_8));
    }

    private CurveCsv read(String text) throws Exception {
        return CurveCsv.read(file(text), 4);
    }

    private String refusal(String text) throws IOException {
        Path f = file(text);
        String m = assertThrows(CurveCsv.InvalidCurveException.class, () -> CurveCsv.read(f, 4)).getMessage();
        assertTrue(m.startsWith(f.toString()), m);
        assertFalse(m.contains("\n") || m.contains("\uFEFF") || m.contains("Exception"), m);
        return m;
    }

    @Test
    void quotedDecimalCommasAreReadAsDecimals() throws Exception {
        CurveCsv c = read("\"conc\",\"od\"\n\"15,6\",\"0,077\"\n\"31,25\",\"0,15\"\n\"62,5\",\"0,3\"\n\"125\",\"0,61\"\n");
        assertArrayEquals(new double[] {15.6, 31.25, 62.5, 125}, c.conc());
        assertArrayEquals(new double[] {0.077, 0.15, 0.3, 0.61}, c.od());
    }

    @Test
    void semicolonSeparatedDecimalCommasAreRead() throws Exception {
        CurveCsv c = read("conc;od\r\n0;0,05\r\n15,6;0,077\r\n31,25;0,15\r\n62,5;0,3\r\n");
        assertArrayEquals(new double[] {0, 15.6, 31.25, 62.5}, c.conc());
        assertArrayEquals(new double[] {0.05, 0.077, 0.15, 0.3}, c.od());
    }

    @Test
    void tabSeparatedAndQuotedFieldsWithDoubledQuotesAreRead() throws Exception {
        CurveCsv c = read("well\tconc\tod\n\"A \"\"1\"\"\"\t1\t0.1\nA2\t2\t0.2\nA3\t4\t0.4\nA4\t8\t0.8\n");
        assertArrayEquals(new double[] {1, 2, 4, 8}, c.conc());
    }

    @Test
    void byteOrderMarkIsDroppedAndNeverShown() throws Exception {
        assertArrayEquals(new double[] {1, 2, 4, 8}, read("\uFEFFconc,od\n1,0.1\n2,0.2\n4,0.4\n8,0.8\n").conc());
        String m = refusal("\uFEFFconcentration,od\n1,0.1\n");
        assertTrue(m.endsWith("line 1: expected a header with the columns conc,od but found 'concentration,od'"), m);
    }

    @Test
    void mixedDecimalMarksAreRefusedNotGuessed() throws IOException {
        String m = refusal("conc,od\n\"15,6\",0.077\n31.25,0.15\n62.5,0.3\n125,0.61\n");
        assertTrue(m.contains("line 2: numbers with a decimal comma") && m.contains("and with a decimal point (line 2)"), m);
    }

    @Test
    void malformedNumbersAndQuotesAreRefusedInPlainWords() throws IOException {
        assertTrue(refusal("conc,od\n1,0.1\n2,1d\n4,0.4\n8,0.8\n").endsWith("line 3: od value '1d' is not a number"));
        assertTrue(refusal("conc,od\n1,0.1\n2,0x1p3\n4,0.4\n8,0.8\n").endsWith("line 3: od value '0x1p3' is not a number"));
        assertTrue(refusal("conc,od\n1,NaN\n2,0.2\n4,0.4\n8,0.8\n").endsWith("line 2: od value 'NaN' is not a number"));
        assertTrue(refusal("conc,od\n1,1e999\n2,0.2\n4,0.4\n8,0.8\n").endsWith("line 2: od value '1e999' is too large to be a number"));
        assertTrue(refusal("conc,od\n1,\"0.1\n2,0.2\n").contains("line 2: a quoted value is not closed before the end of the file"));
        assertTrue(refusal("conc,od\n1,0\"1\n2,0.2\n").contains("line 2: a quote inside an unquoted value"));
        assertTrue(refusal("conc,od\n1,\"0.1\"x\n2,0.2\n").contains("line 2: text after a closing quote"));
        assertTrue(refusal("conc,od\n1,\n2,0.2\n4,0.4\n8,0.8\n").endsWith("line 2: od value '' is empty"));
    }

    @Test
    void aHugeCellIsRefusedQuicklyAndShownShortened() throws IOException {
        String digits = "1".repeat(200_000) + "x";
        long t0 = System.nanoTime();
        String m = refusal("conc,od\n1," + digits + "\n2,0.2\n4,0.4\n8,0.8\n");
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "took too long");
        assertTrue(m.length() < 200 && m.contains("is not a number"), m);
    }

    @Test
    void notUtf8AndControlCharactersAreDescribedPlainly() throws IOException {
        Path f = Files.write(dir.resolve("latin1.csv"), "conc,od\n1,0.1\u00b5\n".getBytes(StandardCharsets.ISO_8859_1));
        String m = assertThrows(CurveCsv.InvalidCurveException.class, () -> CurveCsv.read(f, 4)).getMessage();
        assertTrue(m.endsWith("cannot read the file (not UTF-8 text)"), m);
        assertTrue(refusal("x\u0007y,z\n1,2\n").contains("found 'x?y,z'"));
    }
}
