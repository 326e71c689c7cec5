package org.cytobench.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.cytobench.chart.ChartExporter;
import org.cytobench.chart.FigureSize;
import org.jfree.chart.JFreeChart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Encoding one chart image as PNG (300 dpi, already rasterised), per chart kind of the sample experiment's IL-6 plate
 * (as in {@link ChartCostRun}): {@code own} is {@code PngEncoder.encode} (package-private, called through a method handle),
 * {@code zlibLevel4} the encoder before it (rows with filter None through java.util.zip.Deflater level 4, copied here so
 * that both run in one JVM), {@code imageIo} ImageIO's PNG writer with its defaults; {@code chartPng} is the whole
 * {@code ChartExporter.png} (drawing included). Each method returns the file so nothing is optimised away. Run with
 * {@code mvn -q -B -Pbench test-compile exec:exec -Dbench.args="PngBenchmark -f 1 -wi 3 -i 5"}; results in
 * docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PngBenchmark {
    /** The four chart kinds; {@code dose-all} (every analyte a panel, at least 174 mm wide) is there for PngCostRun. */
    @Param({"heat map", "standard curve", "residuals", "dose chart"})
    public String kind;

    private JFreeChart chart;
    private FigureSize size;
    private BufferedImage image;
    private MethodHandle encode;

    @Setup
    public void draw() throws Exception {
        SampleCharts.Kind k = SampleCharts.kind(kind);
        chart = k.chart().get();
        size = k.size();
        image = ChartExporter.image(chart, size, 300);
        Method m = Class.forName("org.cytobench.chart.PngEncoder").getDeclaredMethod("encode", BufferedImage.class, int.class);
        m.setAccessible(true);
        encode = MethodHandles.lookup().unreflect(m).asType(MethodType.methodType(byte[].class, BufferedImage.class, int.class));
    }

    BufferedImage image() { return image; }

    void use(BufferedImage img) { image = img; }

    /** own, zlibLevel4, imageIo as suppliers, for PngCostRun. */
    @SuppressWarnings("unchecked")
    java.util.function.Supplier<byte[]>[] encoders() {
        return new java.util.function.Supplier[] {() -> {
            try {
                return own();
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }, this::zlibLevel4, () -> {
            try {
                return imageIo();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }};
    }

    @Benchmark
    public byte[] own() throws Throwable {
        return (byte[]) encode.invokeExact(image, 300);
    }

    @Benchmark
    public byte[] zlibLevel4() {
        return deflaterLevel4(image);
    }

    @Benchmark
    public byte[] imageIo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Benchmark
    public byte[] chartPng() {
        return ChartExporter.png(chart, size, 300);
    }

    /** The zlib stream of the previous encoder: rows packed from the int pixels, filter None, Deflater level 4. */
    static byte[] deflaterLevel4(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] px = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
        Deflater deflater = new Deflater(4);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(w * h / 8);
        try (DeflaterOutputStream z = new DeflaterOutputStream(bytes, deflater, 1 << 16)) {
            byte[] row = new byte[1 + 3 * w];
            for (int y = 0; y < h; y++) {
                for (int x = 0, i = 1; x < w; x++, i += 3) {
                    int p = px[y * w + x];
                    row[i] = (byte) (p >> 16);
                    row[i + 1] = (byte) (p >> 8);
                    row[i + 2] = (byte) p;
                }
                z.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }
}
