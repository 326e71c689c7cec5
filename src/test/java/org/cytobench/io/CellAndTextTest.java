package org.cytobench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellAndTextTest {

    @Test
    void markersStayMarkers() {
        for (String m : List.of("OVRFLW", "MISSED", "Masked", "*0.356*", "?????", "Range?", ">105.000", "<0.000", "NaN", " > Max")) {
            Cell c = Cell.parse(m);
            assertNull(c.number(), m);
            assertEquals(m.strip(), c.marker());
            assertTrue(Cell.isKnownMarker(m), m);
        }
    }

    @Test
    void numbersInEveryNotation() {
        assertEquals(0.123, Cell.parse("0.123").number());
        assertEquals(1.03, Cell.parse("1.03E+00").number());
        assertEquals(-4.99999999999945E-05, Cell.parse("-4,99999999999945E-05", true).number());
        assertEquals(2.6173, Cell.parse("2,6173", true).number());
        assertTrue(Cell.parse("2,6173", false).isMarker(), "a decimal comma is never read without being told");
        assertEquals(-0.0, Cell.parse("-0.000").number());
        assertTrue(Cell.parse("  ").isEmpty());
    }

    @Test
    void decodesBomsUtf16AndLatin1() {
        String text = "T° 450\r\nA\t0,5\rB\n";
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(text, TextDecoder.decode(utf16));
        byte[] bom8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, TextDecoder.decode(bom8));
        assertEquals(text, TextDecoder.decode(text.getBytes(Charset.forName("ISO-8859-1"))));
        assertEquals(List.of("T° 450", "A\t0,5", "B"), TextDecoder.lines(text));
    }

    @Test
    void splitsDelimitedLines() {
        assertEquals(List.of("a", "b,c", ""), Delimiters.split("a;\"b,c\";", ';'));
        assertEquals(';', Delimiters.detect(List.of("Time;T° OD:600;A1;A2", "0:00:00;30,0;0,1;0,2")));
        assertEquals('\t', Delimiters.detect(List.of("A\t1\t2")));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
