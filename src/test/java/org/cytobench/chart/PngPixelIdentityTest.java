package org.cytobench.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.cytobench.bench.SampleCharts;
import org.junit.jupiter.api.Test;

/**
 * The chart PNGs, as {@link ChartExporter#png} draws and encodes them on its reused per-thread rasters, decode (ImageIO)
 * to exactly the pixels of the plain reference path: a fresh white {@code BufferedImage}, the same rendering hints, the
 * chart drawn at dpi/72, its pixels read back. Every chart kind {@code analyze} writes, at 300 and 150 dpi, each drawn onto
 * a raster that still holds another picture (a reused raster must not shine through anywhere).
 */
class PngPixelIdentityTest {

    /** The reference: what ChartExporter drew before any of its shortcuts, on a new image. */
    private static BufferedImage reference(SampleCharts.Kind k, int dpi) {
        BufferedImage img = new BufferedImage(k.size().widthPixels(dpi), k.size().heightPixels(dpi), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(dpi / 72.0, dpi / 72.0);
            k.chart().get().draw(g, new Rectangle2D.Double(0, 0, k.size().widthPoints(), k.size().heightPoints()));
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Leaves this thread a raster of the chart's size full of another picture, for png() to reuse. */
    private static void dirtyScratch(int w, int h) {
        BufferedImage img = ScratchImages.take(w, h);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xFF00FF));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x123456));
        for (int y = 0; y < h; y += 7) g.drawLine(0, y, w - 1, (y * 31) % h);
        g.dispose();
        ScratchImages.giveBack(img);
    }

    static void assertSamePixels(BufferedImage expected, BufferedImage actual, String what) {
        assertEquals(expected.getWidth(), actual.getWidth(), what + ": width");
        assertEquals(expected.getHeight(), actual.getHeight(), what + ": height");
        int w = expected.getWidth();
        int[] a = expected.getRGB(0, 0, w, expected.getHeight(), null, 0, w);
        int[] b = actual.getRGB(0, 0, w, expected.getHeight(), null, 0, w);
        int differing = 0;
        int first = -1;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                if (first < 0) first = i;
                differing++;
            }
        }
        if (differing > 0) {
            throw new AssertionError(String.format("%s: %d of %d pixels differ, the first at (%d, %d): %06X instead of %06X", what,
                    differing, a.length, first % w, first / w, b[first] & 0xFFFFFF, a[first] & 0xFFFFFF));
        }
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void everyChartKindAt300And150DpiDecodesToTheReferencePixels() throws Exception {
        for (SampleCharts.Kind k : SampleCharts.kinds(true)) {
            for (int dpi : new int[] {300, 150}) {
                BufferedImage expected = reference(k, dpi);
                dirtyScratch(expected.getWidth(), expected.getHeight());
                assertSamePixels(expected, decode(ChartExporter.png(k.chart().get(), k.size(), dpi)), k.name() + " at " + dpi + " dpi");
                // again on the raster the first one left behind
                assertSamePixels(expected, decode(ChartExporter.png(k.chart().get(), k.size(), dpi)),
                        k.name() + " at " + dpi + " dpi, second");
                assertSamePixels(expected, ChartExporter.image(k.chart().get(), k.size(), dpi), k.name() + " image() at " + dpi + " dpi");
            }
        }
    }
}
