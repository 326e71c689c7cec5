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
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.ExperimentAnalyzer;
import org.cytobench.plate.AssayRun;
import org.cytobench.project.Project;
import org.cytobench.project.ProjectFiles;
import org.cytobench.report.AnalysisCharts;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    private record Kind(String name, JFreeChart chart, FigureSize size) {}

    /** The four chart kinds of the sample experiment's IL-6 plate, as analyze draws them. */
    private static List<Kind> charts() throws Exception {
        Project p = new ProjectFiles().open(Path.of("sample-data", "thymalfasin-pbmc.cytobench"));
        ExperimentAnalysis a = ExperimentAnalyzer.analyze(p.experiment(), p.analysisSettings());
        AssayRun run = p.experiment().assays().get(0);
        CurveChartData curve = AnalysisCharts.curve(a.plates().get(0), run);
        org.cytobench.chart.dose.DoseFigure dose = new org.cytobench.chart.dose.DoseFigure(
                AnalysisCharts.dosePanel(a.doseResponse("IL-6").orElseThrow(), a.settings()), p.figureSettings());
        return List.of(new Kind("heat map", PlateHeatMapChart.create(run), PlateHeatMapChart.SIZE),
                new Kind("standard curve", StandardCurveChart.create(curve), StandardCurveChart.SIZE),
                new Kind("residuals", StandardCurveChart.residuals(curve), StandardCurveChart.RESIDUAL_SIZE),
                new Kind("dose chart", dose.asChart(), dose.size()));
    }

    /** What the exporter wrote before: ImageIO's PNG writer with its defaults (every filter tried, deflate level 9). */
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
            BufferedImage img = ChartExporter.image(k.chart(), k.size(), 150);
            byte[] ours = PngEncoder.encode(img, 150);
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
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(img, 72)));
            assertArrayEquals(pixels(img), pixels(back), "type " + type);
        }
        // a sub-image shares a bigger raster: its own pixels are written, not the parent's
        BufferedImage parent = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        parent.setRGB(10, 10, 0xFF0000);
        BufferedImage sub = parent.getSubimage(10, 10, 5, 5);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(sub, 72)));
        assertEquals(0xFFFF0000, back.getRGB(0, 0));
        assertArrayEquals(pixels(sub), pixels(back));
    }
}
