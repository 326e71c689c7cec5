package org.cytobench.ui;

import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.ExperimentAnalyzer;
import org.cytobench.plate.Experiment;
import org.cytobench.project.Project;

/**
 * The analysis of the open document, kept current: every document change schedules a re-analysis off the FX thread, and
 * the latest request wins — a result computed for an older snapshot is dropped when it arrives (MZmine's
 * LatestTaskScheduler idea), so masking two wells quickly never shows the first mask's numbers last.
 */
public final class AnalysisViewModel {

    private final DocumentViewModel document;
    private final java.util.concurrent.Executor executor;
    private final ErrorReporter errors;
    private final ReadOnlyObjectWrapper<ExperimentAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyLongWrapper lastMillis = new ReadOnlyLongWrapper(this, "lastMillis");
    private final AtomicLong generation = new AtomicLong();
    /** Masking a plate's well re-analyses the document; the flow assays' FCS files are gated again only when they change. */
    private final org.cytobench.flow.assay.FlowResultsCache flowCache = new org.cytobench.flow.assay.FlowResultsCache();

    public AnalysisViewModel(DocumentViewModel document, java.util.concurrent.Executor executor, ErrorReporter errors) {
        this.document = document;
        this.executor = executor;
        this.errors = errors;
        document.projectProperty().addListener((o, a, b) -> request());
        request();
    }

    /** The analysis of the current document; null until the first one finished. */
    public ReadOnlyObjectProperty<ExperimentAnalysis> analysisProperty() { return analysis.getReadOnlyProperty(); }
    public ExperimentAnalysis analysis() { return analysis.get(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    /** How long the last analysis took (ms). */
    public ReadOnlyLongProperty lastMillisProperty() { return lastMillis.getReadOnlyProperty(); }

    /** The settings the project holds (QC rules, blank and < LLOQ handling, …). */
    public static AnalysisSettings settings(Project p) {
        return p.analysisSettings();
    }

    /** Schedules an analysis of the current snapshot; results of earlier requests that arrive later are ignored. */
    public void request() {
        long gen = generation.incrementAndGet();
        Project snapshot = document.project();
        Experiment e = snapshot.experiment();
        running.set(true);
        executor.execute(() -> {
            if (gen != generation.get()) return; // superseded before it started
            long t0 = System.nanoTime();
            try {
                // flow readouts (% CD69+ of CD4+ …) join the cytokines' dose responses, as in analyze (docs/flow.md)
                ExperimentAnalysis result = org.cytobench.flow.assay.FlowResults.of(snapshot, settings(snapshot), flowCache)
                        .addTo(ExperimentAnalyzer.analyze(e, settings(snapshot)));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                Platform.runLater(() -> {
                    if (gen != generation.get()) return;
                    lastMillis.set(ms);
                    analysis.set(result);
                    running.set(false);
                });
            } catch (RuntimeException ex) {
                Platform.runLater(() -> {
                    if (gen != generation.get()) return;
                    running.set(false);
                    errors.report("The analysis of " + e.name() + " failed.", ex);
                });
            }
        });
    }

    /** True when the analysis shown belongs to the current document snapshot (tests wait for this). */
    public boolean isCurrent() {
        return !running.get() && analysis.get() != null;
    }
}
