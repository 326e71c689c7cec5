package org.cytobench.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an opaque chart image as PNG: 8-bit RGB, the resolution in a pHYs chunk, every row with filter type None and
 * deflate level 4.
 *
 * <p>Why not ImageIO: its PNG writer tries all five filters on every row and deflates at level 9, about 220 ms for a
 * 2126 × 1240 heat map at 300 dpi. Charts are large flat areas with anti-aliased edges, where the unfiltered rows give
 * deflate long repeats of the same RGB triple; measured on the four chart kinds at 300 dpi, None at level 4 is the same
 * size as ImageIO's file (0.96–1.00×; levels 1–3 are 13–35 % larger) in about a third of the time. Lossless either way:
 * the pixels decode identical.
 */
final class PngEncoder {
    static final int DEFLATE_LEVEL = 4;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int IDAT_SIZE = 1 << 16;

    private PngEncoder() {}

    /** The PNG of {@code img} (alpha, if any, is dropped: chart images are opaque), recording {@code dpi}. */
    static byte[] encode(BufferedImage img, int dpi) {
        int w = img.getWidth();
        int h = img.getHeight();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(w * h / 8 + 1024);
        try {
            bytes.write(SIGNATURE);
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream header = new DataOutputStream(ihdr);
            header.writeInt(w);
            header.writeInt(h);
            header.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, RGB, deflate, adaptive filtering method, no interlace
            chunk(bytes, "IHDR", ihdr.toByteArray());
            ByteArrayOutputStream physData = new ByteArrayOutputStream();
            DataOutputStream phys = new DataOutputStream(physData);
            int pixelsPerMetre = (int) Math.round(dpi / 0.0254);
            phys.writeInt(pixelsPerMetre);
            phys.writeInt(pixelsPerMetre);
            phys.writeByte(1); // unit: metre
            chunk(bytes, "pHYs", physData.toByteArray());
            writeImageData(img, w, h, bytes);
            chunk(bytes, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail; the chunk writer neither
        }
        return bytes.toByteArray();
    }

    private static void writeImageData(BufferedImage img, int w, int h, ByteArrayOutputStream png) throws IOException {
        Deflater deflater = new Deflater(DEFLATE_LEVEL);
        try (DeflaterOutputStream z = new DeflaterOutputStream(new IdatChunks(png), deflater, IDAT_SIZE)) {
            int[] direct = img.getType() == BufferedImage.TYPE_INT_RGB && img.getRaster().getDataBuffer() instanceof DataBufferInt d
                    && img.getRaster().getSampleModelTranslateX() == 0 && img.getRaster().getSampleModelTranslateY() == 0
                    && img.getRaster().getDataBuffer().getNumBanks() == 1 ? d.getData() : null;
            int[] argb = direct == null ? new int[w] : null;
            byte[] row = new byte[1 + 3 * w]; // row[0] = 0: filter type None
            for (int y = 0; y < h; y++) {
                int[] src = direct;
                int off = y * w;
                if (direct == null) {
                    img.getRGB(0, y, w, 1, argb, 0, w);
                    src = argb;
                    off = 0;
                }
                packRow(src, off, w, row);
                z.write(row);
            }
        } finally {
            deflater.end();
        }
    }

    /** One row of RGB pixels as bytes after the filter byte; a method of its own so the JIT compiles it early. */
    private static void packRow(int[] src, int off, int w, byte[] row) {
        for (int x = 0, i = 1; x < w; x++, i += 3) {
            int p = src[off + x];
            row[i] = (byte) (p >> 16);
            row[i + 1] = (byte) (p >> 8);
            row[i + 2] = (byte) p;
        }
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        d.writeInt((int) crc.getValue());
        d.flush();
    }

    /** The compressed stream cut into IDAT chunks of at most {@link #IDAT_SIZE} bytes. */
    private static final class IdatChunks extends OutputStream {
        private final OutputStream png;
        private final byte[] buf = new byte[IDAT_SIZE];
        private int n;

        IdatChunks(OutputStream png) { this.png = png; }

        @Override
        public void write(int b) throws IOException {
            if (n == buf.length) flushChunk();
            buf[n++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (n == buf.length) flushChunk();
                int k = Math.min(len, buf.length - n);
                System.arraycopy(b, off, buf, n, k);
                n += k;
                off += k;
                len -= k;
            }
        }

        private void flushChunk() throws IOException {
            if (n == 0) return;
            chunk(png, "IDAT", java.util.Arrays.copyOf(buf, n));
            n = 0;
        }

        @Override
        public void close() throws IOException { flushChunk(); }
    }
}
