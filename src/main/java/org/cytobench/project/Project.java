package org.cytobench.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.chart.dose.DoseFigureSettings;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.Experiment;

/**
 * The document Cytobench opens and saves as one {@code .cytobench} file: the experiment (culture and assay layouts,
 * readings as parsed, masks with reasons, curve settings, notes), the analysis settings, and the raw plate-reader
 * exports the readings were imported from, kept byte for byte so that the analysis can always be traced to (and redone
 * from) the instrument's own files.
 *
 * @param experiment       everything about the plates; the notes live in {@link Experiment#notes()}
 * @param analysisSettings blank handling, &lt; LLOQ and &gt; ULOQ handling, QC rules, replicate unit, error bars;
 *                         {@link AnalysisSettings#DEFAULT} when null
 * @param sources          the embedded raw exports, in import order; names are unique
 * @param figureSettings   how the dose-response figure is drawn (style, error bars, significance, size, labels)
 */
public record Project(Experiment experiment, AnalysisSettings analysisSettings, List<SourceFile> sources,
                      DoseFigureSettings figureSettings) {

    public Project {
        Objects.requireNonNull(experiment, "experiment");
        analysisSettings = analysisSettings == null ? AnalysisSettings.DEFAULT : analysisSettings;
        // a file without figure settings draws its figures as before: the analysis settings' error bars
        figureSettings = figureSettings == null ? DoseFigureSettings.DEFAULT.withErrorBars(
                analysisSettings.errorBars() == org.cytobench.analysis.ErrorBars.SEM ? DoseFigureSettings.Error.SEM
                        : DoseFigureSettings.Error.SD) : figureSettings;
        sources = List.copyOf(sources == null ? List.of() : sources);
        List<String> seen = new ArrayList<>();
        for (SourceFile s : sources) {
            if (seen.contains(s.name())) throw new IllegalArgumentException("two embedded files are named " + s.name());
            seen.add(s.name());
        }
    }

    /** A project without figure settings of its own (the defaults). */
    public Project(Experiment experiment, AnalysisSettings analysisSettings, List<SourceFile> sources) {
        this(experiment, analysisSettings, sources, null);
    }

    /** A project holding only an experiment: default settings, no embedded files. */
    public static Project of(Experiment experiment) {
        return new Project(experiment, null, List.of());
    }

    public Project withExperiment(Experiment e) { return new Project(e, analysisSettings, sources, figureSettings); }

    public Project withAnalysisSettings(AnalysisSettings s) { return new Project(experiment, s, sources, figureSettings); }

    public Project withFigureSettings(DoseFigureSettings f) { return new Project(experiment, analysisSettings, sources, f); }

    /** Adds an embedded export, replacing one of the same name (re-importing a corrected file keeps one copy). */
    public Project withSource(SourceFile file) {
        List<SourceFile> list = new ArrayList<>(sources);
        list.removeIf(s -> s.name().equals(file.name()));
        list.add(file);
        return new Project(experiment, analysisSettings, list, figureSettings);
    }

    public Optional<SourceFile> source(String name) {
        return sources.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
