package org.cytobench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cytobench.flow.FlowEvents;
import org.cytobench.flow.compensation.Compensation;
import org.cytobench.flow.fcs.FcsFile;
import org.cytobench.flow.fcs.FcsReader;
import org.cytobench.flow.fcs.FcsWriter;
import org.cytobench.flow.gating.Dimension;
import org.cytobench.flow.gating.Gate;
import org.cytobench.flow.gating.GatingEngine;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.gating.PolygonGate;
import org.cytobench.flow.gating.PopulationStatistics;
import org.cytobench.flow.gating.RectangleGate;
import org.cytobench.flow.transform.LogicleTransform;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading, compensating and gating a 1-million-event, 20-parameter FCS 3.1 file (float data, an 8-channel $SPILLOVER),
 * generated with a fixed seed into a temporary folder. Gating: a polygon on FSC/SSC, a range on a compensated channel,
 * a rectangle on two compensated channels with a logicle transform, and two ranges below it (the T-cell tree's shape).
 * Target (issue 13): reading under 1 s. Run with
 * {@code mvn -q -B -Pbench test-compile exec:exec -Dbench.args="FlowBenchmark -f 1 -wi 2 -i 3"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = "-Xmx3g")
public class FlowBenchmark {
    static final int EVENTS = 1_000_000;
    static final int PARAMETERS = 20;
    static final int COMPENSATED = 8;

    private Path file;
    private FcsFile fcs;
    private FlowEvents scale;
    private GatingStrategy gates;

    @Setup(Level.Trial)
    public void generate() throws Exception {
        List<String> names = new ArrayList<>(List.of("FSC-A", "SSC-A"));
        for (int i = 1; i <= PARAMETERS - 2; i++) names.add("FL" + i + "-A");
        SplittableRandom rnd = new SplittableRandom(13);
        double[][] cols = new double[PARAMETERS][EVENTS];
        for (int p = 0; p < PARAMETERS; p++) {
            for (int e = 0; e < EVENTS; e++) cols[p][e] = (float) (rnd.nextDouble() < 0.3 ? 20000 + 5000 * rnd.nextDouble() : 500 * rnd.nextDouble());
        }
        StringBuilder spill = new StringBuilder().append(COMPENSATED);
        for (int i = 1; i <= COMPENSATED; i++) spill.append(",FL").append(i).append("-A");
        for (int i = 0; i < COMPENSATED; i++) {
            for (int j = 0; j < COMPENSATED; j++) spill.append(',').append(i == j ? "1" : i + 1 == j ? "0.12" : "0.01");
        }
        double[] ranges = new double[PARAMETERS];
        java.util.Arrays.fill(ranges, 262144);
        byte[] bytes = FcsWriter.write(new FlowEvents(names, cols), null, ranges, Map.of("$SPILLOVER", spill.toString()), FcsWriter.DataType.FLOAT);
        file = Files.createTempFile("cytobench-flow-bench", ".fcs");
        Files.write(file, bytes);
        fcs = FcsReader.read(file);
        scale = fcs.scaleEvents();
        gates = strategy();
    }

    @TearDown(Level.Trial)
    public void delete() throws Exception {
        Files.deleteIfExists(file);
    }

    static GatingStrategy strategy() {
        Dimension fsc = Dimension.of("FSC-A");
        Dimension ssc = Dimension.of("SSC-A");
        Dimension fl1 = Dimension.of("FL1-A").withCompensation(Dimension.FCS);
        Dimension fl2 = Dimension.of("FL2-A").withCompensation(Dimension.FCS).withTransform("logicle");
        Dimension fl3 = Dimension.of("FL3-A").withCompensation(Dimension.FCS).withTransform("logicle");
        Dimension fl4 = Dimension.of("FL4-A").withCompensation(Dimension.FCS);
        Dimension fl5 = Dimension.of("FL5-A").withCompensation(Dimension.FCS);
        List<Gate> g = List.of(
                new PolygonGate("Lymphocytes", null, List.of(fsc, ssc), new double[][] {{0, 0}, {26000, 0}, {26000, 26000}, {0, 20000}}),
                new RectangleGate("CD3+", "Lymphocytes", List.of(fl1), new double[] {10000}, new double[] {Double.NaN}),
                new RectangleGate("CD4+", "CD3+", List.of(fl2, fl3), new double[] {0.6, Double.NaN}, new double[] {Double.NaN, 0.6}),
                new RectangleGate("CD69+", "CD4+", List.of(fl4), new double[] {10000}, new double[] {Double.NaN}),
                new RectangleGate("CD25+", "CD4+", List.of(fl5), new double[] {10000}, new double[] {Double.NaN}));
        return new GatingStrategy(Map.of("logicle", new LogicleTransform(262144, 0.5, 4.5, 0)), Map.of(), Map.of(), g, List.of());
    }

    @Benchmark
    public FcsFile read() throws Exception {
        return FcsReader.read(file);
    }

    @Benchmark
    public FlowEvents compensate() {
        return new Compensation(fcs.spillover()).compensateInPlace(scale);
    }

    /** Compensation, transforms and all five gates from scratch (a new engine each time). */
    @Benchmark
    public List<PopulationStatistics> gate() {
        return new GatingEngine(gates, scale, fcs.spillover()).statistics();
    }
}
