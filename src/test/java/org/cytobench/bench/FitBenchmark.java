package org.cytobench.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.cytobench.fit.CurveFitter;
import org.cytobench.fit.CurveModel;
import org.cytobench.fit.FitResult;
import org.cytobench.fit.Weighting;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A 4PL fit of an 8-level standard curve in duplicate with a zero standard (the committed increasing-zero reference
 * curve, pg/mL), unweighted and 1/y², and a 5PL fit of the fivepl-finite reference curve (12 levels in duplicate; the
 * 5PL also refits with g held at both bounds). Targets (issue 14): 4PL median ≤ 7 µs, 5PL ≤ 15 µs, nothing allocated per
 * iteration. Run with
 * {@code mvn -q -B -Pbench test-compile exec:exec -Dbench.args="FitBenchmark -f 1 -wi 3 -i 5 -prof gc"}; results in
 * docs/benchmarks.md. Only the public API is used, so the same benchmark runs against an older build's classes.
 *
 * <p>On the shared VM the fits run at two speeds, about 1.5× apart, according to how busy the physical core is at
 * that moment, not the code (docs/benchmarks.md, "the 4PL fit's two speeds"): a fork's median is the fast or the slow
 * one as more or fewer than half of its samples fell in slow stretches. Use many forks, at least 5 warm-up iterations
 * on a loaded machine (C2 may still be compiling the fit after 3), compare the fastest fits, and check the machine's
 * state with {@link FitSpeedModeRun}, which times the fits beside a control kernel that shares no code with them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FitBenchmark {
    private final double[] conc = BenchmarkCurves.elisaConcentrations();
    private final double[] od = BenchmarkCurves.elisaResponses();

    private double[] conc5, od5;

    @Setup
    public void readFivePlCurve() throws IOException {
        double[][] c = BenchmarkCurves.fivePl();
        conc5 = c[0];
        od5 = c[1];
    }

    @Benchmark
    public FitResult fivePlUnweighted() {
        return CurveFitter.fit(conc5, od5, CurveModel.FIVE_PL, Weighting.NONE);
    }

    @Benchmark
    public FitResult fourPlUnweighted() {
        return CurveFitter.fit(conc, od, CurveModel.FOUR_PL, Weighting.NONE);
    }

    @Benchmark
    public FitResult fourPlInverseY2() {
        return CurveFitter.fit(conc, od, CurveModel.FOUR_PL, Weighting.INV_Y2);
    }
}
