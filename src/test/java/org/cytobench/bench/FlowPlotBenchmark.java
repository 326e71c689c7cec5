package org.cytobench.bench;

import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cytobench.flow.plot.FlowPlotRenderer;
import org.cytobench.flow.plot.PlotAxis;
import org.cytobench.flow.plot.PlotImage;
import org.cytobench.flow.transform.LogicleTransform;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A 500 000-event population drawn as a 256 × 256 density image (smoothed, viridis on log counts), on linear axes and on
 * two logicle axes, and as a 20 000-dot plot; also a gated population (about half the events, a BitSet). Target (issue
 * 13): a density image of 500 000 events in under 100 ms. Run with
 * {@code mvn -q -B -Pbench test-compile exec:exec -Dbench.args="FlowPlotBenchmark -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FlowPlotBenchmark {
    static final int EVENTS = 500_000;
    static final double RANGE = 262144;

    private double[] x;
    private double[] y;
    private BitSet half;
    private PlotAxis linearX;
    private PlotAxis linearY;
    private PlotAxis logicleX;
    private PlotAxis logicleY;

    @Setup(Level.Trial)
    public void generate() {
        SplittableRandom rnd = new SplittableRandom(500);
        x = new double[EVENTS];
        y = new double[EVENTS];
        half = new BitSet(EVENTS);
        for (int e = 0; e < EVENTS; e++) {
            boolean pos = rnd.nextDouble() < 0.4;
            x[e] = pos ? 20000 + 8000 * gaussian(rnd) : 300 * gaussian(rnd);
            y[e] = rnd.nextDouble() < 0.3 ? 5000 * Math.exp(gaussian(rnd)) : 200 * gaussian(rnd);
            if (rnd.nextBoolean()) half.set(e);
        }
        linearX = PlotAxis.standard("FL1-A", null, null, RANGE);
        linearY = PlotAxis.standard("FL2-A", null, null, RANGE);
        LogicleTransform t = new LogicleTransform(RANGE, 0.5, 4.5, 0);
        logicleX = PlotAxis.standard("FL1-A", null, t, RANGE);
        logicleY = PlotAxis.standard("FL2-A", null, t, RANGE);
    }

    private static double gaussian(SplittableRandom rnd) {
        return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }

    @Benchmark
    public PlotImage densityLinear() {
        return FlowPlotRenderer.density(x, y, null, linearX, linearY, 256, 256, true);
    }

    @Benchmark
    public PlotImage densityLogicle() {
        return FlowPlotRenderer.density(x, y, null, logicleX, logicleY, 256, 256, true);
    }

    @Benchmark
    public PlotImage densityLogicleGatedHalf() {
        return FlowPlotRenderer.density(x, y, half, logicleX, logicleY, 256, 256, true);
    }

    @Benchmark
    public PlotImage dotsLogicle() {
        return FlowPlotRenderer.dots(x, y, null, logicleX, logicleY, 256, 256, 20_000);
    }
}
