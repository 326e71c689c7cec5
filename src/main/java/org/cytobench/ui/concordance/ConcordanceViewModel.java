package org.cytobench.ui.concordance;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.multiplex.AnalyteConcordance;
import org.cytobench.multiplex.WellConcordance;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.Numbers;
import org.cytobench.project.Project;
import org.cytobench.report.ConcordanceTable;
import org.cytobench.ui.AnalysisViewModel;
import org.cytobench.ui.DocumentViewModel;
import org.cytobench.ui.ErrorReporter;

/**
 * The Concordance tab of a multiplex run: Cytobench's fit beside the vendor's, every well's concentration beside the
 * vendor's, and the analyte's summary — the same numbers as concordance.csv and the report ({@link ConcordanceTable}).
 * Computing it re-reads the embedded export and re-fits every analyte under the vendor's model, so it runs off the FX
 * thread, only while the tab is shown, once per analysis; a result for an older analysis is dropped.
 */
public final class ConcordanceViewModel {

    private final DocumentViewModel document;
    private final AnalysisViewModel analysis;
    private final Executor executor;
    private final ErrorReporter errors;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ReadOnlyObjectWrapper<AnalyteConcordance> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ObservableList<WellConcordance> wells = FXCollections.observableArrayList();
    private final AtomicLong generation = new AtomicLong();
    private ExperimentAnalysis computedFor;
    private List<AnalyteConcordance> all = List.of();
    private int index = -1;

    public ConcordanceViewModel(DocumentViewModel document, AnalysisViewModel analysis, Executor executor, ErrorReporter errors) {
        this.document = document;
        this.analysis = analysis;
        this.executor = executor;
        this.errors = errors;
        analysis.analysisProperty().addListener((o, a, b) -> update());
        active.addListener((o, a, b) -> update());
    }

    /** True while the tab is shown: only then is the concordance computed. */
    public BooleanProperty activeProperty() { return active; }
    /** The shown run's concordance; null while computing, or when the run has no vendor results. */
    public ReadOnlyObjectProperty<AnalyteConcordance> currentProperty() { return current.getReadOnlyProperty(); }
    public AnalyteConcordance current() { return current.get(); }
    public ReadOnlyBooleanProperty computingProperty() { return computing.getReadOnlyProperty(); }
    /** The wells of the shown analyte, as the table lists them. */
    public ObservableList<WellConcordance> wells() { return wells; }

    public void selectPlate(int i) {
        index = i;
        update();
    }

    /** Whether the shown run is a run of a multiplex plate (only those have a Concordance tab). */
    public boolean isMultiplex() {
        List<AssayRun> runs = document.experiment().assays();
        return index >= 0 && index < runs.size() && runs.get(index).isMultiplex();
    }

    private void update() {
        ExperimentAnalysis a = analysis.analysis();
        if (a != null && a == computedFor) { show(); return; }
        if (!active.get() || a == null || !isMultiplex()) { if (a != computedFor) clear(); return; }
        long gen = generation.incrementAndGet();
        Project snapshot = document.project();
        computing.set(true);
        clear();
        executor.execute(() -> {
            try {
                List<AnalyteConcordance> list = ConcordanceTable.of(snapshot, a);
                Platform.runLater(() -> {
                    if (gen != generation.get()) return;
                    computing.set(false);
                    computedFor = a;
                    all = list;
                    show();
                });
            } catch (RuntimeException ex) {
                Platform.runLater(() -> {
                    if (gen != generation.get()) return;
                    computing.set(false);
                    errors.report("The comparison with the vendor's results could not be made.", ex);
                });
            }
        });
    }

    private void clear() {
        current.set(null);
        wells.clear();
    }

    private void show() {
        AnalyteConcordance c = find(all, document.experiment().assays(), index);
        current.set(c);
        wells.setAll(c == null ? List.of() : c.wells());
    }

    /** The concordance of run {@code index} (its plate group and analyte), or null. */
    static AnalyteConcordance find(List<AnalyteConcordance> list, List<AssayRun> runs, int index) {
        if (index < 0 || index >= runs.size()) return null;
        AssayRun r = runs.get(index);
        return list.stream().filter(c -> c.plate().equals(r.plateGroup()) && c.analyte().equals(r.layout().analyte().name()))
                .findFirst().orElse(null);
    }

    /** "94 wells compared · median |difference| 0.64 % · max 38.1 % · 17 wells differ by status (in range for one only)". */
    public static String summary(AnalyteConcordance c) {
        if (c.compared() == 0) return "No well has a concentration from both; " + c.statusDifferences() + " differ by status.";
        return c.compared() + " wells compared · median |difference| " + percent(c.medianDifference()) + " · max "
                + percent(c.maxDifference()) + " · " + c.statusDifferences() + (c.statusDifferences() == 1 ? " well differs" : " wells differ")
                + " by status (in range for one only)";
    }

    /** The vendor-model re-fit in one line, or "" when there is none. */
    public static String refitSummary(AnalyteConcordance c) {
        if (c.refitEquation() == null) return "";
        return "Cytobench re-fitting the vendor's standards under the vendor's model: " + c.refitEquation()
                + " · max |difference| to the vendor " + percent(c.maxRefitDifference());
    }

    static String percent(double d) {
        return Double.isNaN(d) ? "—" : Numbers.significant(100 * d, 3) + " %";
    }

    /** A relative difference as the table shows it: "0.64 %", "—" when there is none. */
    public static String percent(Double d) {
        return d == null ? "—" : percent(d.doubleValue());
    }

}
