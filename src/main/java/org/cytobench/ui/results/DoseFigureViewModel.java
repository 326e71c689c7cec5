package org.cytobench.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cytobench.analysis.DoseResponse;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.chart.dose.DoseFigure;
import org.cytobench.chart.dose.DoseFigureSettings;
import org.cytobench.chart.dose.DosePanelData;
import org.cytobench.report.AnalysisCharts;
import org.cytobench.report.OutputNames;
import org.cytobench.ui.DocumentViewModel;

/**
 * The dose-response figure on the Results tab: which analyte (or all of them, one panel each), and the figure settings
 * of the open experiment. Every change of a setting is an undoable edit saved with the experiment; the figure follows
 * the latest analysis.
 */
public final class DoseFigureViewModel {

    /** The analyte choice that draws every analyte as panels A, B, C … */
    public static final String ALL = "All analytes (panels)";

    private final DocumentViewModel document;
    private final ReadOnlyObjectProperty<ExperimentAnalysis> analysis;
    private final ObservableList<String> analytes = FXCollections.observableArrayList();
    private final ObjectProperty<String> analyte = new SimpleObjectProperty<>(this, "analyte");
    private final ReadOnlyObjectWrapper<DoseFigureSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ReadOnlyObjectWrapper<Optional<DoseFigure>> figure = new ReadOnlyObjectWrapper<>(this, "figure", Optional.empty());

    public DoseFigureViewModel(DocumentViewModel document, ReadOnlyObjectProperty<ExperimentAnalysis> analysis) {
        this.document = document;
        this.analysis = analysis;
        settings.set(document.project().figureSettings());
        document.projectProperty().addListener((o, a, b) -> {
            settings.set(b.figureSettings());
            redraw();
        });
        analysis.addListener((o, a, b) -> refreshAnalytes());
        analyte.addListener((o, a, b) -> redraw());
        refreshAnalytes();
    }

    public ObservableList<String> analytes() { return analytes; }
    public ObjectProperty<String> analyteProperty() { return analyte; }
    public ReadOnlyObjectProperty<DoseFigureSettings> settingsProperty() { return settings.getReadOnlyProperty(); }
    public DoseFigureSettings settings() { return settings.get(); }
    public ReadOnlyObjectProperty<Optional<DoseFigure>> figureProperty() { return figure.getReadOnlyProperty(); }
    public Optional<DoseFigure> figure() { return figure.get(); }

    /** Changes a figure setting as one undoable edit ("Figure: violin"). */
    public void edit(String what, UnaryOperator<DoseFigureSettings> change) {
        DoseFigureSettings next = change.apply(settings.get());
        if (next.equals(settings.get())) return;
        document.applyProject("Figure: " + what, p -> p.withFigureSettings(next));
    }

    /** The panels for the current choice: the chosen analyte, or every analyte with a dose response. */
    public List<DosePanelData> panels() {
        ExperimentAnalysis a = analysis.get();
        if (a == null || analyte.get() == null) return List.of();
        List<DosePanelData> list = new ArrayList<>();
        for (DoseResponse d : a.doseResponses()) {
            if (ALL.equals(analyte.get()) || d.analyte().name().equals(analyte.get())) list.add(AnalysisCharts.dosePanel(d, a.settings()));
        }
        return list;
    }

    /** The export's default file name, in the ASCII names the command line writes ("dose-TNF-alpha"). */
    public String fileBaseName() {
        return ALL.equals(analyte.get()) || analyte.get() == null ? "dose-all" : OutputNames.analyte(analyte.get(), "dose");
    }

    private void refreshAnalytes() {
        ExperimentAnalysis a = analysis.get();
        List<String> names = new ArrayList<>();
        if (a != null) for (DoseResponse d : a.doseResponses()) names.add(d.analyte().name());
        if (names.size() > 1) names.add(ALL);
        String keep = analyte.get();
        analytes.setAll(names);
        String next = names.contains(keep) ? keep : names.isEmpty() ? null : names.get(0);
        if (next != null && next.equals(keep)) redraw(); else analyte.set(next);
        if (next == null) redraw();
    }

    private void redraw() {
        List<DosePanelData> p = panels();
        // all analytes as panels: at least a full page wide, so the panels sit side by side (as dose-all is written)
        DoseFigureSettings s = ALL.equals(analyte.get()) ? settings.get().withWidthMm(Math.max(settings.get().widthMm(), 174))
                : settings.get();
        figure.set(p.isEmpty() ? Optional.empty() : Optional.of(new DoseFigure(p, s)));
    }
}
