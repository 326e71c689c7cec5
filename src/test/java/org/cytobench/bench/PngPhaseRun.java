package org.cytobench.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * Where one chart PNG's CPU time goes, per chart kind of {@link SampleCharts} at a resolution: building the chart, clearing
 * the raster, JFreeChart's drawing, the PNG encoding (thread CPU time, median of the rounds), then one more set of rounds
 * drawn through {@link TimedGraphics2D} to split the drawing by kind of call (large and small rectangle fills, lines,
 * paths, text). The drawing is {@code ChartExporter}'s as it was before it painted only the fringe white (the whole raster
 * white, the hints, the dpi/72 scale), so that the white pass shows as a phase of its own.
 * {@code java -Djava.awt.headless=true -cp target/classes:target/test-classes:$(cat cp.txt) org.cytobench.bench.PngPhaseRun [ROUNDS] [DPI]}
 */
public final class PngPhaseRun {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private PngPhaseRun() {}

    public static void main(String[] args) throws Throwable {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int dpi = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Method m = Class.forName("org.cytobench.chart.PngEncoder").getDeclaredMethod("encode", BufferedImage.class, int.class);
        m.setAccessible(true);
        MethodHandle encode = MethodHandles.lookup().unreflect(m).asType(MethodType.methodType(byte[].class, BufferedImage.class, int.class));
        List<SampleCharts.Kind> kinds = SampleCharts.kinds(true);
        for (int pass = 0; pass < 2; pass++) { // the first pass warms the JIT up
            for (SampleCharts.Kind k : kinds) {
                BufferedImage img = new BufferedImage(k.size().widthPixels(dpi), k.size().heightPixels(dpi), BufferedImage.TYPE_INT_RGB);
                int n = pass == 0 ? Math.max(3, rounds / 2) : rounds;
                long[][] t = new long[5][n];
                for (int r = 0; r < n; r++) {
                    long c0 = CPU.getCurrentThreadCpuTime();
                    JFreeChart chart = k.chart().get();
                    long c1 = CPU.getCurrentThreadCpuTime();
                    Graphics2D g = img.createGraphics();
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, img.getWidth(), img.getHeight());
                    long c2 = CPU.getCurrentThreadCpuTime();
                    hints(g, dpi);
                    chart.draw(g, new Rectangle2D.Double(0, 0, k.size().widthPoints(), k.size().heightPoints()));
                    g.dispose();
                    long c3 = CPU.getCurrentThreadCpuTime();
                    byte[] png = (byte[]) encode.invokeExact(img, dpi);
                    long c4 = CPU.getCurrentThreadCpuTime();
                    t[0][r] = c1 - c0;
                    t[1][r] = c2 - c1;
                    t[2][r] = c3 - c2;
                    t[3][r] = c4 - c3;
                    t[4][r] = png.length;
                }
                // the drawing split by call kind (sums over the rounds, divided by the rounds)
                Map<String, long[]> times = TimedGraphics2D.newTimes();
                long drawn = 0;
                for (int r = 0; r < n; r++) {
                    JFreeChart chart = k.chart().get();
                    Graphics2D plain = img.createGraphics();
                    plain.setColor(Color.WHITE);
                    plain.fillRect(0, 0, img.getWidth(), img.getHeight());
                    TimedGraphics2D g = new TimedGraphics2D(plain, 0.2 * img.getWidth() * img.getHeight(), times);
                    hints(g, dpi);
                    long c0 = CPU.getCurrentThreadCpuTime();
                    chart.draw(g, new Rectangle2D.Double(0, 0, k.size().widthPoints(), k.size().heightPoints()));
                    drawn += CPU.getCurrentThreadCpuTime() - c0;
                    g.dispose();
                }
                if (pass == 0) continue;
                System.out.printf(Locale.ROOT, "%-15s %4d×%-4d @%d dpi: build %6.2f | clear %5.2f | draw %6.2f | encode %5.2f ms | %d B%n",
                        k.name(), img.getWidth(), img.getHeight(), dpi, med(t[0]), med(t[1]), med(t[2]), med(t[3]), t[4][0]);
                long inCalls = 0;
                for (long[] e : times.values()) inCalls += e[0];
                StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "    timed draw %.2f ms, in calls %.2f:", drawn / 1e6 / n,
                        inCalls / 1e6 / n));
                for (var e : times.entrySet()) {
                    s.append(String.format(Locale.ROOT, " %s %.2f (%d)", e.getKey(), e.getValue()[0] / 1e6 / n, e.getValue()[1] / n));
                }
                System.out.println(s);
            }
        }
    }

    private static void hints(Graphics2D g, int dpi) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(dpi / 72.0, dpi / 72.0);
    }

    private static double med(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }
}
