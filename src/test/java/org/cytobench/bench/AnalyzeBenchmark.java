package org.cytobench.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.ExperimentAnalyzer;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.Experiment;
import org.cytobench.project.ProjectFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link ExperimentAnalyzer#analyze} of a 100-plate experiment without charts: the committed sample experiment's three
 * ELISA plates (IL-6, TNF-α, IL-10; 96 wells, 4PL with 1/y², 7 standard levels in duplicate, QC, 54 samples each)
 * repeated to 100 assay plates, then the dose response of the three analytes (Dunnett, Welch/Holm, ANOVA). Target:
 * under 2 s. Run from the project directory with
 * {@code mvn -q -B -Pbench test-compile exec:exec -Dbench.args="AnalyzeBenchmark -f 1 -wi 3 -i 5"}; results in
 * docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalyzeBenchmark {

    public static final int PLATES = 100;

    private Experiment experiment;

    @Setup(Level.Trial)
    public void load() throws Exception {
        experiment = hundredPlates(new ProjectFiles().open(Path.of("sample-data", "thymalfasin-pbmc.cytobench")).experiment());
    }

    /** The sample experiment's assay runs repeated, in order, until there are {@link #PLATES}. */
    public static Experiment hundredPlates(Experiment sample) {
        Experiment e = sample;
        for (int i = sample.assays().size(); i < PLATES; i++) {
            AssayRun run = sample.assays().get(i % sample.assays().size());
            e = e.withAssay(run.withLayout(run.layout().withName(run.layout().name() + " #" + (i + 1))));
        }
        return e;
    }

    @Benchmark
    public ExperimentAnalysis analyze100Plates() {
        return ExperimentAnalyzer.analyze(experiment, AnalysisSettings.DEFAULT);
    }
}
