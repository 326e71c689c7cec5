package org.cytobench.chart.svg;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.RenderedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Images for {@code <image>}: any Java image as a BufferedImage, and as the base64 PNG of a data URI. */
final class SvgImages {
    private SvgImages() {}

    /** {@code img} as a BufferedImage, or null when it has no size yet (an image still loading draws nothing). */
    static BufferedImage buffered(Image img) {
        if (img == null) return null;
        if (img instanceof BufferedImage b) return b;
        int w = img.getWidth(null);
        int h = img.getHeight(null);
        if (w <= 0 || h <= 0) return null;
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = b.createGraphics();
        try {
            g.drawImage(img, 0, 0, null);
        } finally {
            g.dispose();
        }
        return b;
    }

    static BufferedImage buffered(RenderedImage img) {
        if (img == null) return null;
        if (img instanceof BufferedImage b) return b;
        ColorModel cm = img.getColorModel();
        WritableRaster raster = cm.createCompatibleWritableRaster(img.getWidth(), img.getHeight());
        img.copyData(raster);
        return new BufferedImage(cm, raster, cm.isAlphaPremultiplied(), null);
    }

    /** The source rectangle (corners in either order) of {@code img}, clipped to the image; null if nothing is left. */
    static BufferedImage region(BufferedImage img, int x1, int y1, int x2, int y2) {
        if (img == null) return null;
        int x = Math.max(0, Math.min(x1, x2));
        int y = Math.max(0, Math.min(y1, y2));
        int w = Math.min(img.getWidth(), Math.max(x1, x2)) - x;
        int h = Math.min(img.getHeight(), Math.max(y1, y2)) - y;
        if (w <= 0 || h <= 0) return null;
        return img.getSubimage(x, y, w, h);
    }

    static String pngBase64(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, "png", out)) { // a colour model the PNG writer cannot take: redraw it as ARGB
                BufferedImage argb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = argb.createGraphics();
                g.drawImage(img, 0, 0, null);
                g.dispose();
                out.reset();
                ImageIO.write(argb, "png", out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode an image for SVG", e); // in memory: cannot happen
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
