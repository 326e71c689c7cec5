package org.cytobench.ui.results;

import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import org.cytobench.analysis.AboveUloqHandling;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.BelowLloqHandling;
import org.cytobench.analysis.BlankHandling;
import org.cytobench.analysis.ErrorBars;
import org.cytobench.analysis.ReplicateUnit;
import org.cytobench.ui.DocumentViewModel;

/**
 * The analysis choices of the open experiment (blank handling, how values outside the range enter summaries, error
 * bars, what the n is, whether failed plates count). Each change is an undoable document edit and triggers re-analysis;
 * the properties follow the document on undo and open.
 */
public final class AnalysisSettingsViewModel {

    private final DocumentViewModel document;
    private final ObjectProperty<BlankHandling> blank = new SimpleObjectProperty<>(this, "blank");
    private final ObjectProperty<BelowLloqHandling> belowLloq = new SimpleObjectProperty<>(this, "belowLloq");
    private final ObjectProperty<AboveUloqHandling> aboveUloq = new SimpleObjectProperty<>(this, "aboveUloq");
    private final ObjectProperty<ErrorBars> errorBars = new SimpleObjectProperty<>(this, "errorBars");
    private final ObjectProperty<ReplicateUnit> replicateUnit = new SimpleObjectProperty<>(this, "replicateUnit");
    private final BooleanProperty includeFailedPlates = new SimpleBooleanProperty(this, "includeFailedPlates");
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale");
    private final javafx.beans.property.IntegerProperty beadMinimum = new javafx.beans.property.SimpleIntegerProperty(this, "beadMinimum");
    private final BooleanProperty excludeLowBeads = new SimpleBooleanProperty(this, "excludeLowBeads");
    private boolean loading;

    public AnalysisSettingsViewModel(DocumentViewModel document) {
        this.document = document;
        document.projectProperty().addListener((o, a, b) -> load());
        load();
        bind(blank, "Subtract blanks: ", BlankHandling::label, AnalysisSettings::withBlankHandling);
        bind(belowLloq, "Values below the LLOQ: ", BelowLloqHandling::label, AnalysisSettings::withBelowLloq);
        bind(aboveUloq, "Values above the ULOQ: ", AboveUloqHandling::label, AnalysisSettings::withAboveUloq);
        bind(errorBars, "Error bars: ", ErrorBars::label, AnalysisSettings::withErrorBars);
        bind(replicateUnit, "Statistics design: ", ReplicateUnit::label, AnalysisSettings::withReplicateUnit);
        includeFailedPlates.addListener((o, a, b) -> {
            if (!loading) document.applyProject(b ? "Include plates that failed QC" : "Leave out plates that failed QC",
                    p -> p.withAnalysisSettings(p.analysisSettings().withIncludeFailedPlates(b)));
        });
        logScale.addListener((o, a, b) -> {
            if (!loading) document.applyProject(b ? "Statistics on the log10 scale" : "Statistics on the linear scale",
                    p -> p.withAnalysisSettings(p.analysisSettings().withLogScale(b)));
        });
        beadMinimum.addListener((o, a, b) -> {
            if (!loading && b.intValue() >= 0 && b.intValue() != document.project().analysisSettings().beadCount().minimum()) {
                document.applyProject("Bead-count minimum " + b, p -> p.withAnalysisSettings(p.analysisSettings().withBeadCount(
                        new org.cytobench.analysis.BeadCountRule(b.intValue(), p.analysisSettings().beadCount().exclude()))));
            }
        });
        excludeLowBeads.addListener((o, a, b) -> {
            if (!loading) document.applyProject(b ? "Exclude wells with low bead counts" : "Only flag wells with low bead counts",
                    p -> p.withAnalysisSettings(p.analysisSettings().withBeadCount(
                            new org.cytobench.analysis.BeadCountRule(p.analysisSettings().beadCount().minimum(), b))));
        });
    }

    /** Multiplex bead-count QC: the minimum beads per well and analyte region (default 50; Milliplex kits say 35). */
    public javafx.beans.property.IntegerProperty beadMinimumProperty() { return beadMinimum; }
    /** Whether wells under the minimum are left out of the analysis (true) or only flagged (false, the default). */
    public BooleanProperty excludeLowBeadsProperty() { return excludeLowBeads; }

    public ObjectProperty<BlankHandling> blankProperty() { return blank; }
    public ObjectProperty<BelowLloqHandling> belowLloqProperty() { return belowLloq; }
    public ObjectProperty<AboveUloqHandling> aboveUloqProperty() { return aboveUloq; }
    public ObjectProperty<ErrorBars> errorBarsProperty() { return errorBars; }
    public ObjectProperty<ReplicateUnit> replicateUnitProperty() { return replicateUnit; }
    public BooleanProperty includeFailedPlatesProperty() { return includeFailedPlates; }
    public BooleanProperty logScaleProperty() { return logScale; }

    /** The paragraph every output prints about these choices. */
    public String description() { return document.project().analysisSettings().describe(); }

    private <T> void bind(ObjectProperty<T> p, String what, Function<T, String> label, BiFunction<AnalysisSettings, T, AnalysisSettings> with) {
        p.addListener((ChangeListener<T>) (o, a, b) -> {
            if (loading || b == null) return;
            document.applyProject(what + label.apply(b), x -> x.withAnalysisSettings(with.apply(x.analysisSettings(), b)));
        });
    }

    private void load() {
        loading = true;
        AnalysisSettings s = document.project().analysisSettings();
        blank.set(s.blankHandling());
        belowLloq.set(s.belowLloq());
        aboveUloq.set(s.aboveUloq());
        errorBars.set(s.errorBars());
        replicateUnit.set(s.replicateUnit());
        includeFailedPlates.set(s.includeFailedPlates());
        logScale.set(s.logScale());
        beadMinimum.set(s.beadCount().minimum());
        excludeLowBeads.set(s.beadCount().exclude());
        loading = false;
    }
}
