package org.cytobench.bench;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The PNG encoders of {@link PngBenchmark} on the same images, timed in the thread's CPU time (a shared, loaded machine
 * inflates wall time far more), the three run alternately, the median of many; also the file sizes against ImageIO's.
 * The chart kinds of {@link ChartCostRun} plus dose-all, rasterised once at 300 dpi.
 * {@code java -Djava.awt.headless=true -cp target/classes:target/test-classes:$(cat cp.txt) org.cytobench.bench.PngCostRun [REPEATS]}
 */
public final class PngCostRun {
    private PngCostRun() {}

    public static void main(String[] args) throws Throwable {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Map<String, BufferedImage> images = new LinkedHashMap<>();
        for (String kind : new String[] {"heat map", "standard curve", "residuals", "dose chart", "dose-all"}) {
            PngBenchmark b = new PngBenchmark();
            b.kind = kind;
            b.draw();
            images.put(kind, b.image());
        }
        PngBenchmark encoders = new PngBenchmark();
        encoders.kind = "heat map";
        encoders.draw();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%-15s %11s | %9s %9s %9s | %9s %9s %9s | %s%n", "chart", "pixels", "own ms", "zlib4 ms",
                "ImageIO", "own B", "zlib4 B", "ImageIO B", "own / ImageIO size, own speed-up over zlib 4");
        for (int warm = 0; warm < 3; warm++) { // every image through every encoder until the JIT has compiled them
            for (BufferedImage img : images.values()) {
                encoders.use(img);
                for (Supplier<byte[]> s : encoders.encoders()) for (int i = 0; i < 5; i++) s.get();
            }
        }
        for (var e : images.entrySet()) {
            BufferedImage img = e.getValue();
            encoders.use(img);
            Supplier<byte[]>[] enc = encoders.encoders();
            long[][] t = new long[enc.length][repeats];
            int[] size = new int[enc.length];
            for (int r = 0; r < repeats; r++) {
                for (int k = 0; k < enc.length; k++) {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    size[k] = enc[k].get().length;
                    t[k][r] = cpu.getCurrentThreadCpuTime() - t0;
                }
            }
            double[] med = new double[enc.length];
            for (int k = 0; k < enc.length; k++) {
                Arrays.sort(t[k]);
                med[k] = t[k][repeats / 2] / 1e6;
            }
            System.out.printf(Locale.ROOT, "%-15s %11s | %9.2f %9.2f %9.2f | %9d %9d %9d | %.3f, %.1f×%n", e.getKey(),
                    img.getWidth() + "×" + img.getHeight(), med[0], med[1], med[2], size[0], size[1], size[2],
                    size[0] / (double) size[2], med[1] / med[0]);
        }
    }
}
