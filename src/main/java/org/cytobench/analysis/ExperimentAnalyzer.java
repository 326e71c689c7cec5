package org.cytobench.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.Experiment;

/**
 * The one entry point: analyses every assay plate of an experiment and the dose response of every analyte.
 *
 * <pre>{@code
 * ExperimentAnalysis a = ExperimentAnalyzer.analyze(experiment, AnalysisSettings.DEFAULT, ProgressListener.NONE);
 * a.plates().forEach(p -> System.out.println(p.name() + ": " + p.verdict().summary()));
 * }</pre>
 */
public final class ExperimentAnalyzer {
    private ExperimentAnalyzer() {}

    /**
     * @throws CancellationException when {@code progress} asks to stop
     */
    public static ExperimentAnalysis analyze(Experiment experiment, AnalysisSettings settings, ProgressListener progress) {
        List<AssayRun> runs = experiment.assays();
        Set<Analyte> analytes = new LinkedHashSet<>();
        runs.forEach(r -> analytes.add(r.layout().analyte()));
        int total = runs.size() + analytes.size();
        List<PlateAnalysis> plates = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            checkCancelled(progress);
            AssayRun run = runs.get(i);
            progress.progress(i, total, "analysing " + run.layout().name());
            plates.add(PlateAnalyzer.analyze(run, i, experiment.curveSettingsFor(run), settings));
        }
        List<DoseResponse> doses = new ArrayList<>(analytes.size());
        int done = runs.size();
        for (Analyte a : analytes) {
            checkCancelled(progress);
            progress.progress(done++, total, "dose response of " + a.name());
            doses.add(DoseResponseAnalyzer.analyze(a, experiment.culture(), plates, settings));
        }
        progress.progress(total, total, "done");
        return new ExperimentAnalysis(experiment.name(), settings, plates, doses);
    }

    /** Without progress reporting. */
    public static ExperimentAnalysis analyze(Experiment experiment, AnalysisSettings settings) {
        return analyze(experiment, settings, ProgressListener.NONE);
    }

    private static void checkCancelled(ProgressListener progress) {
        if (progress.isCancelled()) throw new CancellationException("analysis cancelled");
    }
}
