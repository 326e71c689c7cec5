package org.cytobench.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random drawings, each drawn twice: through {@link WhiteFillSkippingGraphics2D} onto a raster that still holds
 * another picture (only its fringe painted white, as ChartExporter does), and plainly onto a fresh white raster. Every
 * pixel must be the same. The drawings mix white fills (over empty and over drawn areas, anti-aliased or not, translucent,
 * rotated) with filled and stroked shapes (miter joins, wide lines), text (rotated, large, accented), clips and int
 * shapes, and some begin with something other than a background fill.
 */
class WhiteFillSkippingGraphics2DTest {
    private static final String[] TEXTS = {"IL-6 (pg/mL)", "Ångström µ α γ ²", "WWWWWW", "j,g;|", "S", "ffi fl", "—"};

    private interface Drawing {
        void draw(Graphics2D g);
    }

    private static BufferedImage plain(int w, int h, Drawing d) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        d.draw(g);
        g.dispose();
        return img;
    }

    private static int leftOut;

    private static BufferedImage skipping(int w, int h, int coverX, int coverY, Drawing d) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D raster = img.createGraphics();
        raster.setColor(new Color(0x8000FF)); // what a reused raster holds
        raster.fillRect(0, 0, w, h);
        raster.setColor(Color.WHITE);
        if (coverX < w) raster.fillRect(coverX, 0, w - coverX, h);
        if (coverY < h) raster.fillRect(0, coverY, coverX, h - coverY);
        WhiteFillSkippingGraphics2D g = new WhiteFillSkippingGraphics2D(raster, img, coverX, coverY);
        d.draw(g);
        g.finish();
        leftOut += g.fillsLeftOut();
        g.dispose();
        return img;
    }

    private static void op(Graphics2D g, Random rnd, double w, double h) {
        double x = rnd.nextDouble() * w * 1.1 - 0.05 * w;
        double y = rnd.nextDouble() * h * 1.1 - 0.05 * h;
        double rw = rnd.nextDouble() * w / 2;
        double rh = rnd.nextDouble() * h / 2;
        boolean white = rnd.nextInt(3) == 0;
        Color c = white ? Color.WHITE : new Color(rnd.nextInt(1 << 24) | (rnd.nextInt(4) == 0 ? rnd.nextInt(256) << 24 : 0xFF000000), true);
        g.setColor(c);
        switch (rnd.nextInt(13)) {
            case 0, 1, 2 -> g.fill(new Rectangle2D.Double(x, y, rw, rh));
            case 3 -> g.fill(new Ellipse2D.Double(x, y, rw, rh));
            case 4 -> {
                g.setStroke(new BasicStroke((float) (rnd.nextDouble() * 4), rnd.nextInt(3), rnd.nextInt(3), 10f));
                g.draw(new Line2D.Double(x, y, x + rw, y + rh));
            }
            case 5 -> {
                g.setStroke(new BasicStroke((float) (rnd.nextDouble() * 3), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f));
                Path2D.Double p = new Path2D.Double(); // a sharp spike: the miter reaches far
                p.moveTo(x, y);
                p.lineTo(x + rw, y + 2);
                p.lineTo(x, y + 4);
                g.draw(p);
            }
            case 6 -> {
                g.setStroke(new BasicStroke((float) (rnd.nextDouble() * 3)));
                g.draw(new Rectangle2D.Double(x, y, rw, rh));
            }
            case 7 -> {
                g.setFont(new Font(Font.SANS_SERIF, rnd.nextBoolean() ? Font.BOLD : Font.PLAIN, 4 + rnd.nextInt(30)));
                double angle = rnd.nextInt(4) == 0 ? -Math.PI / 2 : 0;
                g.rotate(angle, x, y);
                g.drawString(TEXTS[rnd.nextInt(TEXTS.length)], (float) x, (float) y);
                g.rotate(-angle, x, y);
            }
            case 8 -> g.fillRect((int) x, (int) y, (int) rw, (int) rh);
            case 9 -> g.drawLine((int) x, (int) y, (int) (x + rw), (int) (y + rh));
            case 10 -> g.setClip(rnd.nextInt(3) == 0 ? null : new Rectangle2D.Double(x, y, rw + 10, rh + 10));
            case 11 -> g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                    rnd.nextBoolean() ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
            default -> {
                g.setComposite(rnd.nextInt(3) == 0 ? AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f) : AlphaComposite.SrcOver);
                g.fill(new Rectangle2D.Double(x, y, rw, rh));
                g.setComposite(AlphaComposite.SrcOver);
            }
        }
    }

    @Test
    void seededRandomDrawingsGiveThePixelsOfThePlainPath() {
        leftOut = 0;
        for (int seed = 0; seed < 300; seed++) {
            final int s = seed;
            Random sizes = new Random(seed);
            int w = 40 + sizes.nextInt(260);
            int h = 40 + sizes.nextInt(200);
            double scale = 0.5 + sizes.nextDouble() * 3;
            double wPt = w / scale - sizes.nextDouble();
            double hPt = h / scale - sizes.nextDouble();
            int coverX = (int) Math.max(0, Math.min(w, Math.floor(scale * wPt)));
            int coverY = (int) Math.max(0, Math.min(h, Math.floor(scale * hPt)));
            boolean background = seed % 5 != 0; // most begin as a JFreeChart does
            Drawing d = g -> {
                Random rnd = new Random(s * 31L + 7);
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                g.scale(scale, scale);
                if (background) {
                    g.clip(new Rectangle2D.Double(0, 0, wPt, hPt));
                    g.setColor(Color.WHITE);
                    g.fill(new Rectangle2D.Double(0, 0, wPt, hPt));
                }
                int n = 5 + rnd.nextInt(40);
                for (int i = 0; i < n; i++) op(g, rnd, wPt, hPt);
            };
            BufferedImage expected = plain(w, h, d);
            BufferedImage actual = skipping(w, h, coverX, coverY, d);
            PngPixelIdentityTest.assertSamePixels(expected, actual, "seed " + seed);
        }
        assertTrue(leftOut > 100, "white fills left out: " + leftOut); // the shortcut was taken, often
    }

    @Test
    void aDrawingThatDrawsNothingLeavesAWhiteImage() {
        BufferedImage img = skipping(50, 40, 48, 39, g -> { });
        PngPixelIdentityTest.assertSamePixels(plain(50, 40, g -> { }), img, "nothing drawn");
    }
}
