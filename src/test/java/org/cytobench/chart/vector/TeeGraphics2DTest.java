package org.cytobench.chart.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import org.cytobench.chart.svg.SvgGraphics2D;
import org.junit.jupiter.api.Test;

/** The tee passes every call to both graphics and answers from the first. */
class TeeGraphics2DTest {

    /** A drawing with state changes, copies, clips, text and Graphics' int shapes. */
    private static final Consumer<Graphics2D> SCENE = g -> {
        g.setColor(new Color(30, 60, 200, 180));
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_BEVEL, 10f, new float[] {3, 2}, 0));
        g.drawRect(5, 5, 40, 20);
        g.fill3DRect(50, 5, 10, 10, true);
        Graphics2D copy = (Graphics2D) g.create();
        copy.translate(10, 30);
        copy.rotate(0.3);
        copy.clip(new Rectangle2D.Double(0, 0, 30, 30));
        copy.fill(new Ellipse2D.Double(2, 2, 40, 20));
        copy.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 9));
        copy.drawString("µg/mL α ²", 1f, 12f);
        copy.dispose();
        g.drawPolyline(new int[] {0, 10, 20}, new int[] {50, 40, 55}, 3);
        g.drawChars("IL-6".toCharArray(), 0, 4, 60, 60);
        g.clearRect(70, 0, 5, 5);
    };

    @Test
    void bothGraphicsGetTheWholeDrawingCopiesIncluded() {
        SvgGraphics2D alone = new SvgGraphics2D(100, 80);
        SCENE.accept(alone);
        SvgGraphics2D a = new SvgGraphics2D(100, 80);
        SvgGraphics2D b = new SvgGraphics2D(100, 80);
        SCENE.accept(new TeeGraphics2D(a, b));
        assertTrue(alone.toSvg().contains("<text"), alone.toSvg());
        assertEquals(alone.toSvg(), a.toSvg());
        assertEquals(alone.toSvg(), b.toSvg());
    }

    @Test
    void queriesAreTheFirstsAnswers() {
        SvgGraphics2D a = new SvgGraphics2D(100, 80);
        SvgGraphics2D b = new SvgGraphics2D(100, 80);
        b.translate(7, 7);
        b.setColor(Color.RED);
        Font big = new Font(Font.SANS_SERIF, Font.PLAIN, 30);
        b.setFont(big);
        TeeGraphics2D tee = new TeeGraphics2D(a, b);
        tee.scale(2, 2);
        assertEquals(AffineTransform.getScaleInstance(2, 2), tee.getTransform());
        assertNotEquals(tee.getTransform(), b.getTransform());
        assertSame(Color.BLACK, tee.getColor());
        assertEquals(12, tee.getFont().getSize());
        assertEquals(a.getFontMetrics().stringWidth("IL-6"), tee.getFontMetrics().stringWidth("IL-6"));
        assertEquals(a.getFontRenderContext(), tee.getFontRenderContext());
        tee.setClip(0, 0, 10, 10);
        b.setClip(0, 0, 3, 3);
        assertEquals(new Rectangle2D.Double(0, 0, 10, 10), tee.getClip());
        assertEquals(a.getClip(), tee.getClip());
        assertNotEquals(b.getClip(), tee.getClip());
    }

    @Test
    void createAndDisposeReachBoth() {
        BufferedImage i1 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        BufferedImage i2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        TeeGraphics2D tee = new TeeGraphics2D(i1.createGraphics(), i2.createGraphics());
        tee.setColor(Color.WHITE);
        Graphics2D copy = (Graphics2D) tee.create();
        copy.translate(5, 5);
        copy.fillRect(0, 0, 2, 2);   // the copy draws into both images, translated
        copy.dispose();
        tee.fillRect(0, 0, 2, 2);    // the original still draws into both after its copy is disposed
        tee.dispose();
        tee.fillRect(8, 0, 2, 2);    // a disposed Java 2D graphics draws nothing: both were disposed
        for (BufferedImage img : new BufferedImage[] {i1, i2}) {
            assertEquals(0xFFFFFF, img.getRGB(6, 6) & 0xFFFFFF);
            assertEquals(0xFFFFFF, img.getRGB(1, 1) & 0xFFFFFF);
            assertEquals(0, img.getRGB(3, 3) & 0xFFFFFF);
            assertEquals(0, img.getRGB(9, 1) & 0xFFFFFF);
        }
    }
}
