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
        return withDoseResponses(experiment, settings, plates(experiment, settings, progress), progress);
    }

    /**
     * The first part of {@link #analyze}: every assay plate on its own (fit, back-calculation, QC), with analyze's first
     * progress steps. Split off so that a caller can start on the plates' results (their charts) while
     * {@link #withDoseResponses} runs.
     *
     * @throws CancellationException when {@code progress} asks to stop
     */
    public static List<PlateAnalysis> plates(Experiment experiment, AnalysisSettings settings, ProgressListener progress) {
        List<AssayRun> runs = experiment.assays();
        int total = runs.size() + analytes(experiment).size();
        List<PlateAnalysis> plates = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            checkCancelled(progress);
            AssayRun run = runs.get(i);
            progress.progress(i, total, "analysing " + run.layout().name());
            plates.add(PlateAnalyzer.analyze(run, i, experiment.curveSettingsFor(run), settings));
        }
        return List.copyOf(plates);
    }

    /**
     * The second part of {@link #analyze}: the dose response of every analyte from {@code plates} (what {@link #plates}
     * gave for the same experiment and settings), with analyze's remaining progress steps.
     *
     * @throws CancellationException when {@code progress} asks to stop
     */
    public static ExperimentAnalysis withDoseResponses(Experiment experiment, AnalysisSettings settings, List<PlateAnalysis> plates,
                                                       ProgressListener progress) {
        Set<Analyte> analytes = analytes(experiment);
        int total = experiment.assays().size() + analytes.size();
        List<DoseResponse> doses = new ArrayList<>(analytes.size());
        int done = experiment.assays().size();
        for (Analyte a : analytes) {
            checkCancelled(progress);
            progress.progress(done++, total, "dose response of " + a.name());
            doses.add(DoseResponseAnalyzer.analyze(a, experiment.culture(), plates, settings));
        }
        progress.progress(total, total, "done");
        return new ExperimentAnalysis(experiment.name(), settings, plates, doses);
    }

    private static Set<Analyte> analytes(Experiment experiment) {
        Set<Analyte> analytes = new LinkedHashSet<>();
        experiment.assays().forEach(r -> analytes.add(r.layout().analyte()));
        return analytes;
    }

    /** Without progress reporting. */
    public static ExperimentAnalysis analyze(Experiment experiment, AnalysisSettings settings) {
        return analyze(experiment, settings, ProgressListener.NONE);
    }

    private static void checkCancelled(ProgressListener progress) {
        if (progress.isCancelled()) throw new CancellationException("analysis cancelled");
    }
}
