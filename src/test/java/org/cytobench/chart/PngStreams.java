package org.cytobench.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Reads a PNG's chunks and checks its zlib stream with java.util.zip, independently of ImageIO's reader. */
final class PngStreams {
    private PngStreams() {}

    record Chunk(String type, byte[] data) {}

    /** The chunks in order; each chunk's CRC is checked. */
    static List<Chunk> chunks(byte[] png) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
        byte[] sig = new byte[8];
        in.readFully(sig);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, sig, "PNG signature");
        List<Chunk> chunks = new ArrayList<>();
        while (in.available() > 0) {
            int len = in.readInt();
            byte[] type = new byte[4];
            in.readFully(type);
            byte[] data = new byte[len];
            in.readFully(data);
            CRC32 crc = new CRC32();
            crc.update(type);
            crc.update(data);
            String t = new String(type, StandardCharsets.US_ASCII);
            assertEquals((int) crc.getValue(), in.readInt(), t + " chunk CRC");
            chunks.add(new Chunk(t, data));
        }
        return chunks;
    }

    /** The IDAT chunks' data joined: the zlib stream. */
    static byte[] idat(byte[] png) throws IOException {
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        for (Chunk c : chunks(png)) if (c.type().equals("IDAT")) z.write(c.data());
        return z.toByteArray();
    }

    /** The image's rows as PNG scanlines with filter None: 0, then R, G, B per pixel. */
    static byte[] scanlines(BufferedImage img) {
        int w = img.getWidth();
        byte[] rows = new byte[(3 * w + 1) * img.getHeight()];
        int i = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            rows[i++] = 0;
            for (int x = 0; x < w; x++) {
                int p = img.getRGB(x, y);
                rows[i++] = (byte) (p >> 16);
                rows[i++] = (byte) (p >> 8);
                rows[i++] = (byte) p;
            }
        }
        return rows;
    }

    /**
     * Chunks IHDR (8-bit RGB, no interlace), pHYs, IDAT…, IEND in that order with correct CRCs, and a zlib stream that
     * java.util.zip inflates, Adler-32 checked, to exactly the image's scanlines with nothing left over.
     */
    static void assertValid(byte[] png, BufferedImage img) throws IOException {
        List<Chunk> chunks = chunks(png);
        assertEquals("IHDR", chunks.get(0).type());
        DataInputStream ihdr = new DataInputStream(new ByteArrayInputStream(chunks.get(0).data()));
        assertEquals(img.getWidth(), ihdr.readInt());
        assertEquals(img.getHeight(), ihdr.readInt());
        assertArrayEquals(new byte[] {8, 2, 0, 0, 0}, ihdr.readNBytes(5));
        assertEquals("pHYs", chunks.get(1).type());
        assertEquals("IEND", chunks.get(chunks.size() - 1).type());
        for (int i = 2; i < chunks.size() - 1; i++) assertEquals("IDAT", chunks.get(i).type());
        byte[] z = idat(png);
        assertEquals(0, ((z[0] & 0xFF) << 8 | (z[1] & 0xFF)) % 31, "zlib header check bits");
        byte[] expected = scanlines(img);
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(z);
            byte[] got = new byte[expected.length + 1];
            int n = 0;
            while (!inflater.finished() && n < got.length) {
                int k = inflater.inflate(got, n, got.length - n);
                assertTrue(k > 0 || inflater.finished(), "inflater made no progress after " + n + " bytes");
                n += k;
            }
            assertTrue(inflater.finished(), "stream ends (Adler-32 read and checked)");
            assertEquals(0, inflater.getRemaining(), "nothing after the zlib stream");
            assertEquals(expected.length, n, "inflated size");
            assertArrayEquals(expected, java.util.Arrays.copyOf(got, n), "inflated scanlines");
        } catch (DataFormatException e) {
            throw new AssertionError("java.util.zip rejects the stream: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
