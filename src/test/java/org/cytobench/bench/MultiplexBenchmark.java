package org.cytobench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.ExperimentAnalyzer;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.SourceFile;
import org.cytobench.io.multiplex.MultiplexImporters;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.analysis.BeadCountRule;
import org.cytobench.multiplex.MultiplexImport;
import org.cytobench.multiplex.MultiplexRuns;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.PlateFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Multiplex costs on the real exports in ../shared/multiplex-exports: {@code import62} is the whole auto-detecting
 * {@code PlateImporters.importFile} of the 62-plex xPONENT plate (600 KB; target under 100 ms); {@code analyse62} fits and
 * analyses 62 multiplex curves — the 30-plex cytokine panel's runs twice over plus two (the 62-plex is a serology plate
 * without standards), 5PL with 1/y² each (target under 0.5 s). Run with
 * {@code mvn -q -B -Pbench test-compile exec:exec -Dbench.args="MultiplexBenchmark -f 1 -wi 2 -i 3"}; docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MultiplexBenchmark {

    private SourceFile sixtyTwo;
    private Experiment experiment;

    @Setup
    public void load() throws Exception {
        Path dir = Path.of("..", "shared", "multiplex-exports", "luminex-xponent");
        if (!Files.isDirectory(dir)) dir = Path.of("/work/shared/multiplex-exports/luminex-xponent");
        sixtyTwo = SourceFile.read(dir.resolve("serolyzer_P1_SEROPED_PBT_62PLEX_PLATE1_03312023_RUN001.csv"));
        SourceFile thirty = SourceFile.read(dir.resolve("serolyzer_pone.0187901.s001.csv"));
        MultiplexPlate plate = MultiplexImporters.importFile(thirty, null).plates().get(0);
        MultiplexRuns runs = MultiplexImport.toAssayRuns(plate, thirty.name(), null, BeadCountRule.DEFAULT);
        Experiment e = MultiplexImport.addTo(Experiment.of("62 curves", CulturePlate.empty("culture", PlateFormat.WELLS_96)), runs);
        for (int i = 0; i < 32; i++) {
            AssayRun r = runs.runs().get(i % 30);
            e = e.withAssay(r.withPlateGroup(i < 30 ? "plate_2" : "plate_3"));
        }
        experiment = e;
        if (experiment.assays().size() != 62) throw new IllegalStateException("expected 62 runs");
    }

    @Benchmark
    public ImportResult import62() throws Exception {
        return PlateImporters.importFile(sixtyTwo, null);
    }

    /** The xPONENT importer alone, without the other importers' sniffing. */
    @Benchmark
    public Object read62() throws Exception {
        return new org.cytobench.io.multiplex.luminex.XponentCsvImporter().readMultiplex(sixtyTwo);
    }

    @Benchmark
    public ExperimentAnalysis analyse62() {
        return ExperimentAnalyzer.analyze(experiment, AnalysisSettings.DEFAULT);
    }
}
