package org.cytobench.pdf.figure;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * The objects of one PDF file written one after another, each at a recorded offset, then the cross-reference table and
 * the trailer. Object numbers are handed out first ({@link #reserve()}) so that objects can refer to ones written later.
 */
final class PdfObjects {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
    private long[] offsets = new long[16];
    private int count;

    PdfObjects() {
        // PDF 1.4, and a comment of bytes above 127 so that transfer programs treat the file as binary
        write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
    }

    /** A new object number (from 1). */
    int reserve() {
        if (count == offsets.length) offsets = Arrays.copyOf(offsets, count * 2);
        offsets[count] = -1;
        return ++count;
    }

    /** Writes object {@code n} as {@code body} (a dictionary, an array, a number). */
    void object(int n, CharSequence body) {
        begin(n);
        write(body);
        write("\nendobj\n");
    }

    /** Writes object {@code n} as a Flate-compressed stream of {@code data}; {@code entries} go into its dictionary. */
    void stream(int n, String entries, byte[] data) {
        packedStream(n, entries, deflate(data));
    }

    /** Writes object {@code n} as a stream of {@code packed}, data already Flate-compressed. */
    void packedStream(int n, String entries, byte[] packed) {
        begin(n);
        write("<< /Length " + packed.length + " /Filter /FlateDecode" + (entries.isEmpty() ? "" : " " + entries) + " >>\nstream\n");
        out.writeBytes(packed);
        write("\nendstream\nendobj\n");
    }

    private void begin(int n) {
        offsets[n - 1] = out.size();
        write(n + " 0 obj\n");
    }

    /** The file: the cross-reference table of every reserved object, and a trailer naming the catalog and the /Info. */
    byte[] finish(int root, int info) {
        long xref = out.size();
        StringBuilder b = new StringBuilder(40 + 20 * count);
        b.append("xref\n0 ").append(count + 1).append("\n0000000000 65535 f\r\n");
        for (int i = 0; i < count; i++) {
            if (offsets[i] < 0) throw new IllegalStateException("PDF object " + (i + 1) + " was reserved but never written");
            String o = Long.toString(offsets[i]);
            for (int z = o.length(); z < 10; z++) b.append('0');
            b.append(o).append(" 00000 n\r\n"); // every entry exactly 20 bytes
        }
        b.append("trailer\n<< /Size ").append(count + 1).append(" /Root ").append(root).append(" 0 R /Info ").append(info)
                .append(" 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        write(b);
        return out.toByteArray();
    }

    private void write(CharSequence s) {
        out.writeBytes(s.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * {@code data} compressed at level 1: a figure's streams are written once and are small, and level 1 is half the
     * time of level 6 for files 5 % larger (measured on the four chart kinds). Font programs, compressed once per glyph
     * set and then reused, take {@link #deflate(byte[], int)} at the default level.
     */
    static byte[] deflate(byte[] data) {
        return deflate(data, Deflater.BEST_SPEED);
    }

    static byte[] deflate(byte[] data, int level) {
        Deflater d = new Deflater(level);
        try {
            d.setInput(data);
            d.finish();
            ByteArrayOutputStream packed = new ByteArrayOutputStream(Math.max(64, data.length / 3));
            byte[] buf = new byte[8192];
            while (!d.finished()) {
                int n = d.deflate(buf);
                packed.write(buf, 0, n);
            }
            return packed.toByteArray();
        } finally {
            d.end();
        }
    }

    /**
     * A PDF text string: printable ASCII as a literal string (parentheses and backslashes escaped), anything else as
     * UTF-16BE with a byte-order mark (a hex string), as PDFBox writes it, so that a title like "TNF-α" reads back whole.
     */
    static String textString(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) >= 32 && s.charAt(i) < 127;
        if (!ascii) {
            StringBuilder b = new StringBuilder(6 + 4 * s.length()).append("<FEFF");
            for (int i = 0; i < s.length(); i++) FigureFont.hex4(b, s.charAt(i));
            return b.append('>').toString();
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('(');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == ')' || c == '\\') b.append('\\');
            b.append(c);
        }
        return b.append(')').toString();
    }
}
