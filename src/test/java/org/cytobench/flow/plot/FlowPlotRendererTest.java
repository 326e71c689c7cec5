package org.cytobench.flow.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.BitSet;
import java.util.SplittableRandom;
import org.cytobench.flow.transform.AsinhTransform;
import org.cytobench.flow.transform.LogTransform;
import org.cytobench.flow.transform.LogicleTransform;
import org.cytobench.flow.transform.Transform;
import org.junit.jupiter.api.Test;

class FlowPlotRendererTest {

    private static final PlotAxis LINEAR_0_4 = new PlotAxis("FSC-A", null, null, 0, 4);

    @Test
    void countsKnownEventsInLinearBinsWithRowZeroAtTheTop() {
        double[] x = {0.5, 1.5, 1.5, 3.99, 4.0, -0.01, Double.NaN, 0.0};
        double[] y = {0.5, 0.5, 3.5, 3.5, 1.0, 1.0, 1.0, 2.0};
        BivariateHistogram h = BivariateHistogram.of(x, y, null, LINEAR_0_4, LINEAR_0_4, 4, 4);
        // rows top (y in [3,4)) to bottom (y in [0,1)); x = 4.0 (max is exclusive), -0.01 and NaN are off scale
        assertArrayEquals(new int[] {
                0, 1, 0, 1,
                1, 0, 0, 0,
                0, 0, 0, 0,
                1, 1, 0, 0}, h.counts());
        assertEquals(5, h.binned());
        assertEquals(3, h.offScale());
        assertEquals(1, h.max());
    }

    @Test
    void countsOnlyThePopulation() {
        double[] x = {0.5, 1.5, 2.5, 3.5};
        double[] y = {0.5, 0.5, 0.5, 0.5};
        BitSet pop = new BitSet();
        pop.set(1);
        pop.set(3);
        BivariateHistogram h = BivariateHistogram.of(x, y, pop, LINEAR_0_4, LINEAR_0_4, 4, 1);
        assertArrayEquals(new int[] {0, 1, 0, 1}, h.counts());
        assertEquals(0, h.offScale());
    }

    @Test
    void logAxisBinsByDecade() {
        // flog(T = 1000, M = 3) maps 1, 10, 100, 1000 to 0, 1/3, 2/3, 1: three bins, one per decade
        PlotAxis log = new PlotAxis("PE-A", "CD69 (PE-A)", new LogTransform(1000, 3), 0, 1);
        assertArrayEquals(new double[] {1, 10, 100, 1000}, log.scaleEdges(3), 1e-9);
        double[] x = {5, 50, 500, 999, 1000, 0, -3, 0.5, 10};
        double[] y = new double[x.length];
        BivariateHistogram h = BivariateHistogram.of(x, y, null, log, new PlotAxis("y", null, null, 0, 1), 3, 1);
        assertArrayEquals(new int[] {1, 2, 2}, h.counts());
        assertEquals(4, h.offScale(), "1000 (exclusive max), 0 and -3 (log undefined), 0.5 (below the axis)");
    }

    @Test
    void transformedAxesBinLikeTransformingEveryEvent() {
        Transform[] transforms = {new LogicleTransform(262144, 0.5, 4.5, 0), new AsinhTransform(262144, 4.5, 0)};
        SplittableRandom rnd = new SplittableRandom(7);
        for (Transform t : transforms) {
            PlotAxis axis = PlotAxis.standard("FITC-A", null, t, 262144);
            int bins = 200;
            double[] v = new double[20_000];
            for (int i = 0; i < v.length; i++) v[i] = rnd.nextDouble() < 0.3 ? rnd.nextDouble(-2000, 2000) : Math.exp(rnd.nextDouble(0, Math.log(262144)));
            int[] fast = BivariateHistogram.bins(v, null, axis, bins);
            for (int i = 0; i < v.length; i++) {
                double p = (t.apply(v[i]) - axis.min()) / (axis.max() - axis.min()) * bins;
                if (Math.abs(p - Math.rint(p)) < 1e-9) continue; // within rounding of an edge
                int direct = p < 0 || p >= bins ? -1 : (int) p;
                assertEquals(direct, fast[i], t + " at " + v[i]);
            }
        }
    }

    @Test
    void inverseTransformsRoundTrip() {
        Transform[] transforms = {new LogicleTransform(1024, 0.5, 4.5, 0), new AsinhTransform(1024, 4.5, 1), new LogTransform(1024, 3),
                new org.cytobench.flow.transform.LinearTransform(1024, 10), new org.cytobench.flow.transform.ArcsinhCofactorTransform(150),
                new org.cytobench.flow.transform.HyperlogTransform(1024, 0.5, 4.5, 0)};
        for (Transform t : transforms) {
            for (double x : new double[] {1, 37.5, 400, 1023}) assertEquals(x, TransformInverse.of(t, t.apply(x)), 1e-9 * Math.max(1, x), t.toString());
        }
    }

    @Test
    void smoothingSpreadsABinWithTheBinomialKernel() {
        int[] c = new int[25];
        c[12] = 16;
        double[] s = FlowPlotRenderer.smoothed(c, 5, 5);
        assertEquals(4, s[12], 0);
        assertEquals(2, s[7], 0);
        assertEquals(2, s[11], 0);
        assertEquals(1, s[6], 0);
        assertEquals(0, s[0], 0);
        double sum = 0;
        for (double v : s) sum += v;
        assertEquals(16, sum, 1e-12, "the kernel keeps the events");
    }

    @Test
    void densityColoursTheLogOfCounts() {
        // 255 events in one bin, 1 in another, nothing elsewhere
        double[] x = new double[256];
        double[] y = new double[256];
        java.util.Arrays.fill(x, 0.5);
        x[255] = 2.5;
        PlotImage img = FlowPlotRenderer.density(x, y, null, LINEAR_0_4, LINEAR_0_4, 4, 4, false);
        assertEquals(0xFFFDE725, img.pixel(0, 3), "the peak is viridis' yellow");
        // log(1 + 1) / log(1 + 255) = 1/8 of the 255 levels = level 32
        assertEquals(DensityColours.level(32), img.pixel(2, 3));
        assertEquals(0, img.pixel(1, 3), "empty bins are transparent");
        assertEquals(0xFF440154, DensityColours.level(0), "the lowest level is viridis' purple");
        assertEquals(256, img.drawn());
    }

    @Test
    void dotPlotDrawsEveryKthEventOfThePopulation() {
        double[] x = {0.5, 1.5, 2.5, 3.5, 0.5, 1.5, 2.5, 3.5, 0.5, 1.5};
        double[] y = {0.5, 0.5, 0.5, 0.5, 1.5, 1.5, 1.5, 1.5, 2.5, 2.5};
        PlotImage img = FlowPlotRenderer.dots(x, y, null, LINEAR_0_4, LINEAR_0_4, 4, 4, 3);
        // 10 events, at most 3 dots: every 4th, i.e. events 0, 4, 8
        assertEquals(3, img.drawn());
        assertEquals(FlowPlotRenderer.DOT, img.pixel(0, 3));
        assertEquals(FlowPlotRenderer.DOT, img.pixel(0, 2));
        assertEquals(FlowPlotRenderer.DOT, img.pixel(0, 1));
        assertEquals(0, img.pixel(1, 3));
        assertArrayEquals(img.argb(), FlowPlotRenderer.dots(x, y, null, LINEAR_0_4, LINEAR_0_4, 4, 4, 3).argb(), "deterministic");
    }

    @Test
    void rejectsAnEmptyAxisRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PlotAxis("PE-A", null, null, 1, 1));
        assertEquals("axis PE-A needs finite min < max, found 1.0 .. 1.0", e.getMessage());
    }
}
