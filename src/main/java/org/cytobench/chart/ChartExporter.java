package org.cytobench.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.cytobench.chart.svg.SvgGraphics2D;
import org.cytobench.pdf.TextPdf;
import org.cytobench.pdf.figure.FigurePdf;
import org.jfree.chart.ui.Drawable;

/**
 * Writes a chart (anything {@link Drawable}, a {@code JFreeChart} included) as PNG, SVG or PDF at a printed size.
 *
 * <p>The chart is always laid out in points at the figure's size; a PNG is the same layout scaled by dpi/72, so fonts and
 * lines grow with the resolution instead of the chart gaining more room. PDF text is real text in an embedded font
 * ({@link TextPdf}), so µ, α, γ print and the labels of a figure can be searched and copied.
 */
public final class ChartExporter {
    public static final int DEFAULT_DPI = 300;

    private ChartExporter() {}

    /** Writes {@code chart} to {@code file} in {@code format}; {@code dpi} is used for PNG only. */
    public static void write(Drawable chart, FigureSize size, ExportFormat format, int dpi, Path file) throws IOException {
        byte[] bytes = switch (format) {
            case PNG -> png(chart, size, dpi);
            case SVG -> svg(chart, size).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf(chart, size);
            case TIFF -> TiffEncoder.encode(image(chart, size, dpi), dpi);
        };
        Files.write(file, bytes);
    }

    /** Writes PNG, SVG and PDF as {@code baseName.png/.svg/.pdf} in {@code dir}. */
    public static void writeAll(Drawable chart, FigureSize size, int dpi, Path dir, String baseName) throws IOException {
        // TIFF only on request: large, and PNG carries the same pixels
        for (ExportFormat f : new ExportFormat[] {ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF}) {
            write(chart, size, f, dpi, dir.resolve(baseName + "." + f.extension()));
        }
    }

    /** The chart rendered into an image of size×dpi pixels (white background), without writing it anywhere. */
    public static BufferedImage image(Drawable chart, FigureSize size, int dpi) {
        checkDpi(dpi);
        BufferedImage img = new BufferedImage(size.widthPixels(dpi), size.heightPixels(dpi), BufferedImage.TYPE_INT_RGB);
        drawInto(img, chart, size, dpi);
        return img;
    }

    private static void checkDpi(int dpi) {
        if (dpi < 36 || dpi > 2400) throw new IllegalArgumentException("resolution must be 36 to 2400 dpi, not " + dpi);
    }

    /**
     * Paints {@code img} white and draws the chart over it, scaled from points to {@code dpi}, through
     * {@link WhiteFillSkippingGraphics2D}: the white is painted only where the chart's own first fill (a JFreeChart's
     * background) does not cover it, and white fills over pixels known white are left out (the same pixels, one or more
     * passes over the image fewer: decision 0012, update).
     */
    private static void drawInto(BufferedImage img, Drawable chart, FigureSize size, int dpi) {
        Graphics2D raster = img.createGraphics();
        double scale = dpi / 72.0;
        int w = img.getWidth();
        int h = img.getHeight();
        // the chart's area in device space ends at scale × its size (Java 2D computes a rectangle fill's far edges as
        // x + scale × width, here x = 0): the pixels left of and above floor(...) are the ones its background covers whole;
        // the fringe beyond, covered partly or not at all, is painted white now, as the whole image was before
        int coverX = (int) Math.max(0, Math.min(w, Math.floor(scale * size.widthPoints())));
        int coverY = (int) Math.max(0, Math.min(h, Math.floor(scale * size.heightPoints())));
        raster.setColor(Color.WHITE);
        if (coverX == 0 || coverY == 0) {
            raster.fillRect(0, 0, w, h);
        } else {
            if (coverX < w) raster.fillRect(coverX, 0, w - coverX, h);
            if (coverY < h) raster.fillRect(0, coverY, coverX, h - coverY);
        }
        WhiteFillSkippingGraphics2D g = new WhiteFillSkippingGraphics2D(raster, img, coverX, coverY);
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, size.widthPoints(), size.heightPoints()));
        } finally {
            g.finish();
            g.dispose();
        }
    }

    /**
     * PNG bytes with the resolution recorded in the pHYs chunk (so layout programs place it at its printed size), written
     * by {@link PngEncoder} (its own deflate, decision 0012: about a ninth of ImageIO's time, the same pixels, no larger).
     */
    public static byte[] png(Drawable chart, FigureSize size, int dpi) {
        checkDpi(dpi);
        BufferedImage img = ScratchImages.take(size.widthPixels(dpi), size.heightPixels(dpi));
        try {
            drawInto(img, chart, size, dpi);
            return PngEncoder.encode(img, dpi);
        } finally {
            ScratchImages.giveBack(img);
        }
    }

    /**
     * An SVG 1.1 document ({@link SvgGraphics2D}): width and height in points, a viewBox in points so that renderers scale
     * the point-based drawing to the declared size, text as {@code <text>} elements.
     */
    public static String svg(Drawable chart, FigureSize size) {
        SvgGraphics2D g = new SvgGraphics2D(size.widthPoints(), size.heightPoints());
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, size.widthPoints(), size.heightPoints()));
        } finally {
            g.dispose();
        }
        return g.toSvg();
    }

    /**
     * A one-page PDF whose page is the figure, with its text as real PDF text in the embedded, subset DejaVu Sans (the
     * font the JDK draws {@code SansSerif} with on Debian, so the text keeps the metrics it was laid out with). Written by
     * {@link FigurePdf} (decision 0013: a third to a fifth of PDFBox's CPU time); a chart that uses anything it does not
     * support (an image, a gradient, a font without a bundled font, ...) is drawn with {@link TextPdf} instead.
     */
    public static byte[] pdf(Drawable chart, FigureSize size) {
        Optional<byte[]> own = FigurePdf.draw(size.widthPoints(), size.heightPoints(), "Cytobench chart",
                g -> chart.draw(g, new Rectangle2D.Double(0, 0, size.widthPoints(), size.heightPoints())));
        return own.isPresent() ? own.get() : textPdf(chart, size);
    }

    /** The general path: PDFBox through pdfbox-graphics2d (tests compare the two paths on the same chart). */
    static byte[] textPdf(Drawable chart, FigureSize size) {
        return new TextPdf("Cytobench chart")
                .page(size.widthPoints(), size.heightPoints(),
                        g -> chart.draw(g, new Rectangle2D.Double(0, 0, size.widthPoints(), size.heightPoints())))
                .toBytes();
    }
}
