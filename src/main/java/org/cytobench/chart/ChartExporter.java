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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cytobench.chart.svg.SvgGraphics2D;
import org.cytobench.chart.vector.TeeGraphics2D;
import org.cytobench.pdf.TextPdf;
import org.cytobench.pdf.figure.FigurePage;
import org.cytobench.pdf.figure.FigurePdf;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;

/**
 * Writes a chart (anything {@link Drawable}, a {@code JFreeChart} included) as PNG, SVG or PDF at a printed size.
 *
 * <p>The chart is always laid out in points at the figure's size; a PNG is the same layout scaled by dpi/72, so fonts and
 * lines grow with the resolution instead of the chart gaining more room. PDF text is real text in an embedded font
 * (our own writer, {@code pdf.figure}, decision 0013; {@link TextPdf} for what it cannot draw), so µ, α, γ print and the
 * labels of a figure can be searched and copied. SVG and PDF asked for together are drawn from one JFreeChart drawing
 * ({@link #svgAndPdf}).
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

    /** Writes PNG, SVG and PDF as {@code baseName.png/.svg/.pdf} in {@code dir}; SVG and PDF from one drawing. */
    public static void writeAll(Drawable chart, FigureSize size, int dpi, Path dir, String baseName) throws IOException {
        // TIFF only on request: large, and PNG carries the same pixels
        write(chart, size, EnumSet.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF), dpi, dir, baseName);
    }

    /**
     * Writes {@code chart} as {@code baseName.EXT} in {@code dir} in each of {@code formats}, in the set's order; SVG and
     * PDF both asked for are drawn together, from one layout of the chart ({@link #svgAndPdf}). Returns the files.
     */
    public static List<Path> write(Drawable chart, FigureSize size, Set<ExportFormat> formats, int dpi, Path dir, String baseName)
            throws IOException {
        return write(chart, size, formats, dpi, dir, baseName, false).files();
    }

    /** A chart's files and its PDF page, kept for another PDF to place ({@link #writeKeepingPage}). */
    public record FilesAndPage(List<Path> files, Optional<FigurePage> page) {
        public FilesAndPage {
            files = List.copyOf(files);
        }
    }

    /**
     * As {@link #write(Drawable, FigureSize, Set, int, Path, String)} — the same files — and the chart's page as the chart
     * PDF writer draws it (decision 0017: report.pdf places it instead of drawing the chart again): the PDF file's own page
     * when PDF is asked for, else drawn for the page alone (no file), together with the SVG when that is asked for (one
     * JFreeChart drawing into both, as {@link #svgAndPdf}). The page is empty when the chart has something that writer
     * does not draw (its PDF file is then {@link TextPdf}'s, as always).
     */
    public static FilesAndPage writeKeepingPage(Drawable chart, FigureSize size, Set<ExportFormat> formats, int dpi, Path dir,
                                                String baseName) throws IOException {
        return write(chart, size, formats, dpi, dir, baseName, true);
    }

    /** The files in the set's order, the vector ones (and the page, when kept) from one drawing ({@link #vector}). */
    private static FilesAndPage write(Drawable chart, FigureSize size, Set<ExportFormat> formats, int dpi, Path dir, String baseName,
                                      boolean keepPage) throws IOException {
        boolean svg = formats.contains(ExportFormat.SVG);
        boolean pdf = formats.contains(ExportFormat.PDF);
        Vector vector = svg || pdf || keepPage ? vector(chart, size, svg, pdf, keepPage) : null;
        List<Path> files = new ArrayList<>(formats.size());
        for (ExportFormat f : formats) {
            Path file = dir.resolve(baseName + "." + f.extension());
            if (f == ExportFormat.SVG || f == ExportFormat.PDF) Files.write(file, vector.files().bytes(f));
            else write(chart, size, f, dpi, file);
            files.add(file);
        }
        return new FilesAndPage(files, Optional.ofNullable(vector == null ? null : vector.page()));
    }

    /**
     * The chart's page as the chart PDF writer draws it at {@code width × height} points, no file written; empty when the
     * chart has something that writer does not draw.
     */
    public static Optional<FigurePage> page(Drawable chart, double width, double height) {
        return FigurePdf.drawKept(width, height, "Cytobench chart", false,
                g -> chart.draw(g, new Rectangle2D.Double(0, 0, width, height))).map(FigurePdf.Drawn::page);
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

    /** Paints {@code img} white and draws the chart over it, scaled from points to {@code dpi}. */
    private static void drawInto(BufferedImage img, Drawable chart, FigureSize size, int dpi) {
        Graphics2D g = img.createGraphics();
        try {
            double scale = dpi / 72.0;
            clearFor(chart, size, scale, img, g);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, size.widthPoints(), size.heightPoints()));
        } finally {
            g.dispose();
        }
    }

    /**
     * Paints white what the chart's own background will not cover. A JFreeChart with an opaque background colour (every
     * Cytobench chart: white) begins its drawing by filling its whole area with it, so every pixel wholly inside that
     * area ends up that colour whatever was under it, and painting the image white first was a second pass over all of
     * its pixels (~0.4 ms of the heat map's 2.6 million at 300 dpi). Only the fringe at the right and bottom, the pixels
     * the area covers partly or not at all (the figure's size in points × dpi/72 is not a whole number of pixels), is
     * painted first, as before: there the background is blended over white, or, clipped away, leaves the white.
     * Anything else (no background, a translucent one, an image, another Drawable) gets the whole image painted white.
     */
    private static void clearFor(Drawable chart, FigureSize size, double scale, BufferedImage img, Graphics2D g) {
        int w = img.getWidth();
        int h = img.getHeight();
        int fromX = 0;
        int fromY = 0;
        if (chart instanceof JFreeChart c && c.getBackgroundPaint() instanceof Color bg && bg.getAlpha() == 255
                && c.getBackgroundImage() == null && pureStrokes(c)) {
            // the area's right and bottom edges in device space, as Java 2D computes them for the fill (x + scale × width,
            // x = 0); the pixels left of and above them are covered whole
            fromX = (int) Math.max(0, Math.min(w, Math.floor(scale * size.widthPoints())));
            fromY = (int) Math.max(0, Math.min(h, Math.floor(scale * size.heightPoints())));
        }
        g.setColor(Color.WHITE);
        if (fromX == 0 || fromY == 0) {
            g.fillRect(0, 0, w, h);
            return;
        }
        if (fromX < w) g.fillRect(fromX, 0, w - fromX, h);
        if (fromY < h) g.fillRect(0, fromY, fromX, h - fromY);
    }

    /** Whether the chart leaves shapes where they are (stroke normalisation would move the background's edges). */
    private static boolean pureStrokes(JFreeChart c) {
        Object stroke = c.getRenderingHints().get(RenderingHints.KEY_STROKE_CONTROL);
        return stroke == null || stroke == RenderingHints.VALUE_STROKE_PURE;
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

    /** A chart's SVG document and PDF file, as {@link #svg} and {@link #pdf} write them (null: not drawn). */
    public record SvgAndPdf(String svg, byte[] pdf) {
        /** The file's bytes in {@code format}, SVG (UTF-8) or PDF. */
        public byte[] bytes(ExportFormat format) {
            return switch (format) {
                case SVG -> svg.getBytes(StandardCharsets.UTF_8);
                case PDF -> pdf;
                default -> throw new IllegalArgumentException("neither SVG nor PDF: " + format);
            };
        }
    }

    /**
     * The chart's SVG and PDF from one drawing: JFreeChart lays the chart out and draws it once, into a
     * {@link TeeGraphics2D} over the SVG writer and the chart PDF writer (both {@code VectorGraphics2D}s: the same state
     * and the same font metrics, so the chart makes the same calls on each), where {@link #svg} and {@link #pdf} draw it
     * once for each — most of a vector file's time is JFreeChart's layout, not the writer. The files are those two
     * methods write (the PDF's /CreationDate aside). A chart the PDF writer does not support is drawn once more, with
     * {@link TextPdf}, as {@link #pdf} does.
     */
    public static SvgAndPdf svgAndPdf(Drawable chart, FigureSize size) {
        return vector(chart, size, true, true, false).files();
    }

    /** What one vector drawing of a chart made: the SVG, the PDF file, the PDF page; each null when not asked for. */
    private record Vector(SvgAndPdf files, FigurePage page) {}

    /**
     * One JFreeChart drawing of the chart into the SVG writer, the chart PDF writer or both ({@link TeeGraphics2D}), as
     * asked. A chart the PDF writer does not support gets its PDF file from {@link TextPdf} (drawn once more) and no page.
     */
    private static Vector vector(Drawable chart, FigureSize size, boolean svg, boolean pdfFile, boolean page) {
        Rectangle2D area = new Rectangle2D.Double(0, 0, size.widthPoints(), size.heightPoints());
        if (!pdfFile && !page) return new Vector(new SvgAndPdf(svg ? svg(chart, size) : null, null), null);
        SvgGraphics2D svgGraphics = svg ? new SvgGraphics2D(size.widthPoints(), size.heightPoints()) : null;
        Optional<FigurePdf.Drawn> own;
        try {
            own = FigurePdf.drawKept(size.widthPoints(), size.heightPoints(), "Cytobench chart", pdfFile,
                    pdf -> chart.draw(svg ? new TeeGraphics2D(svgGraphics, pdf) : pdf, area));
        } finally {
            if (svg) svgGraphics.dispose();
        }
        byte[] file = !pdfFile ? null : own.isPresent() ? own.get().pdf() : textPdf(chart, size);
        return new Vector(new SvgAndPdf(svg ? svgGraphics.toSvg() : null, file), own.map(FigurePdf.Drawn::page).orElse(null));
    }

    /** The general path: PDFBox through pdfbox-graphics2d (tests compare the two paths on the same chart). */
    static byte[] textPdf(Drawable chart, FigureSize size) {
        return new TextPdf("Cytobench chart")
                .page(size.widthPoints(), size.heightPoints(),
                        g -> chart.draw(g, new Rectangle2D.Double(0, 0, size.widthPoints(), size.heightPoints())))
                .toBytes();
    }
}
