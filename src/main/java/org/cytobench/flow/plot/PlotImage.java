package org.cytobench.flow.plot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A rendered plot: non-premultiplied ARGB pixels, row 0 at the top, as JavaFX's {@code PixelFormat.getIntArgbInstance()}
 * and {@link BufferedImage#TYPE_INT_ARGB} take them.
 *
 * @param histogram the counts behind the image (for a dot plot, the counts of the events drawn)
 * @param drawn     events drawn (a dot plot draws a subsample)
 */
public record PlotImage(int width, int height, int[] argb, BivariateHistogram histogram, int drawn) {
    public PlotImage {
        if (argb.length != width * height) throw new IllegalArgumentException("pixels do not fill " + width + " × " + height);
    }

    public int pixel(int col, int row) { return argb[row * width + col]; }

    public BufferedImage toBufferedImage() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, width, height, argb, 0, width);
        return img;
    }

    public void writePng(Path file) throws IOException {
        if (!ImageIO.write(toBufferedImage(), "png", file.toFile())) throw new IOException("no PNG writer for " + file);
    }
}
