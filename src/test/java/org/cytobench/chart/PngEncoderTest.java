package org.cytobench.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    private record Kind(String name, JFreeChart chart, FigureSize size) {}

    /** The four chart kinds of the sample experiment's IL-6 plate, as analyze draws them. */
    private static List<Kind> charts() throws Exception {
        List<Kind> kinds = new java.util.ArrayList<>();
        for (org.cytobench.bench.SampleCharts.Kind k : org.cytobench.bench.SampleCharts.kinds(true)) {
            kinds.add(new Kind(k.name(), k.chart().get(), k.size()));
        }
        return kinds;
    }

    /** The reference: ImageIO's PNG writer with its defaults (every filter tried; files of Deflater level 4's size). */
    private static byte[] imageIo(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, "png", out));
        return out.toByteArray();
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    @Test
    void chartsDecodeToTheSamePixelsAsTheImageIoFileAtMostTenPercentLarger() throws Exception {
        for (Kind k : charts()) {
            BufferedImage img = ChartExporter.image(k.chart(), k.size(), 300); // analyze's default resolution
            byte[] ours = PngEncoder.encode(img, 300);
            PngStreams.assertValid(ours, img);
            byte[] reference = imageIo(img);
            BufferedImage a = ImageIO.read(new ByteArrayInputStream(ours));
            BufferedImage b = ImageIO.read(new ByteArrayInputStream(reference));
            assertEquals(img.getWidth(), a.getWidth(), k.name());
            assertEquals(img.getHeight(), a.getHeight(), k.name());
            assertArrayEquals(pixels(b), pixels(a), k.name() + ": pixel-identical to ImageIO's file");
            assertArrayEquals(pixels(img), pixels(a), k.name() + ": pixel-identical to the image");
            double ratio = ours.length / (double) reference.length;
            assertTrue(ratio <= 1.10, k.name() + ": " + ours.length + " bytes against ImageIO's " + reference.length);
        }
    }

    @Test
    void recordsTheResolutionInPhys() throws Exception {
        BufferedImage img = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        long[] phys = ChartExporterTest.physChunk(PngEncoder.encode(img, 300));
        assertEquals(11811, phys[0]); // 300 dpi = 11811 pixels per metre
        assertEquals(11811, phys[1]);
        assertEquals(1, phys[2]);
    }

    @Test
    void noisyAndOddSizedImagesOfAnyTypeRoundTrip() throws Exception {
        Random rnd = new Random(7);
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_ARGB}) {
            BufferedImage img = new BufferedImage(1 + rnd.nextInt(300), 1 + rnd.nextInt(300), type);
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) img.setRGB(x, y, 0xFF000000 | rnd.nextInt(1 << 24));
            }
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth() / 2, img.getHeight() / 2); // flat area too
            g.dispose();
            byte[] png = PngEncoder.encode(img, 72);
            PngStreams.assertValid(png, img);
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
            assertArrayEquals(pixels(img), pixels(back), "type " + type);
        }
        // a sub-image shares a bigger raster: its own pixels are written, not the parent's
        BufferedImage parent = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        parent.setRGB(10, 10, 0xFF0000);
        BufferedImage sub = parent.getSubimage(10, 10, 5, 5);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(sub, 72)));
        assertEquals(0xFFFF0000, back.getRGB(0, 0));
        assertArrayEquals(pixels(sub), pixels(back));
        // a sub-image at the parent's origin: same array offset, but its rows are the parent's stride apart
        parent.setRGB(1, 1, 0x00FF00);
        BufferedImage corner = parent.getSubimage(0, 0, 3, 4);
        byte[] png = PngEncoder.encode(corner, 72);
        PngStreams.assertValid(png, corner);
        assertArrayEquals(pixels(corner), pixels(ImageIO.read(new ByteArrayInputStream(png))));
    }

    /** Every image is decoded by ImageIO and inflated (Adler-32 checked) by java.util.zip to exactly its scanlines. */
    private static void roundTrip(BufferedImage img, String what) throws Exception {
        byte[] png = PngEncoder.encode(img, 300);
        PngStreams.assertValid(png, img);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(img.getWidth(), back.getWidth(), what);
        assertEquals(img.getHeight(), back.getHeight(), what);
        assertArrayEquals(pixels(img), pixels(back), what);
    }

    private static BufferedImage noise(int w, int h, long seed) {
        Random rnd = new Random(seed);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) img.setRGB(x, y, rnd.nextInt(1 << 24));
        }
        return img;
    }

    private static BufferedImage white(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    @Test
    void randomNoiseRoundTripsInStoredBlocksAtMostAFewBytesOverTheRawRows() throws Exception {
        // 400 × 400 noise: 480 400 literals, four blocks, none compressible: stored, 5 bytes per 65 535 or per block
        BufferedImage img = noise(400, 400, 11);
        roundTrip(img, "noise");
        long raw = (3L * 400 + 1) * 400;
        byte[] idat = PngStreams.idat(PngEncoder.encode(img, 300));
        assertTrue(idat.length <= raw + 5 * (raw / 65535 + raw / ChartDeflater.BLOCK_SYMBOLS + 2) + 2 + 4,
                idat.length + " bytes of zlib stream for " + raw + " bytes of rows");
        assertTrue(idat.length >= raw, "noise does not compress");
    }

    @Test
    void flatNoisyAndMixedImagesAndOddSizesRoundTrip() throws Exception {
        roundTrip(white(2126, 1240), "all white, heat map size");
        roundTrip(white(1, 1), "1 × 1 white");
        roundTrip(noise(1, 1, 1), "1 × 1");
        roundTrip(noise(1, 700, 2), "1 × 700");
        roundTrip(white(1, 700), "1 × 700 white");
        roundTrip(noise(700, 1, 3), "700 × 1");
        roundTrip(white(700, 1), "700 × 1 white");
        roundTrip(new BufferedImage(50, 40, BufferedImage.TYPE_INT_RGB), "all black");
        // half noise, half flat with a repeated pattern: stored and Huffman blocks in one stream, matches of every kind
        BufferedImage mixed = noise(600, 600, 4);
        Graphics2D g = mixed.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 300, 600, 300);
        g.setColor(new Color(0x0072B2));
        for (int i = 0; i < 12; i++) g.fillOval(10 + 48 * i, 320 + 7 * i, 37, 37);
        g.dispose();
        roundTrip(mixed, "mixed");
    }

    @Test
    void rowsWiderThanTheWindowUseNoRowAboveMatchesAndStillRoundTrip() throws Exception {
        // 3w + 1 ≤ 32768 up to w = 10922 (the row above is in reach), not from 10923 on; both with repeating rows
        for (int w : new int[] {10922, 10923, 12000}) {
            BufferedImage img = white(w, 6);
            Random rnd = new Random(w);
            for (int x = 0; x < w; x += 1 + rnd.nextInt(40)) {
                int c = rnd.nextInt(1 << 24);
                for (int y = 0; y < 6; y += 2) img.setRGB(x, y, c); // rows 0, 2, 4 alike, 1, 3, 5 white
            }
            roundTrip(img, "width " + w);
        }
    }

    @Test
    void flatImagesAreAsSmallAsImageIosAndNoiseNoLargerThanItsRows() throws Exception {
        for (BufferedImage img : List.of(white(2126, 1240), white(1, 500), noise(300, 200, 5))) {
            byte[] ours = PngEncoder.encode(img, 300);
            byte[] reference = imageIo(img);
            assertTrue(ours.length <= 1.10 * reference.length + 64,
                    img.getWidth() + " × " + img.getHeight() + ": " + ours.length + " bytes against ImageIO's " + reference.length);
        }
    }
}
