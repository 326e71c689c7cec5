package org.cytobench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.cytobench.desktop.AppDirectories;
import org.cytobench.desktop.BundledSample;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.PlateFormat;
import org.cytobench.project.Project;
import org.cytobench.project.ProjectFiles;

/**
 * The workbench window's state: the open document, navigation, recent files, and the file actions (new, open, save)
 * that run off the FX thread.
 */
public final class MainViewModel {

    public static final String SAMPLE_FILE = "thymalfasin-pbmc.cytobench";

    private final DocumentViewModel document = new DocumentViewModel(Project.of(blankExperiment()));
    private final BackgroundWork work;
    private final RecentFiles recent;
    private final ProjectFiles store;
    private final ErrorReporter errors;
    private final ObservableList<NavItem> navigation = FXCollections.observableArrayList();
    private final ObjectProperty<NavItem> selectedNav = new SimpleObjectProperty<>(this, "selectedNav", NavItem.CULTURE);
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final AnalysisViewModel analysis;
    private final org.cytobench.ui.navigator.NavigatorViewModel navigator;

    public MainViewModel(ProjectFiles store, RecentFiles recent, ErrorReporter errors) {
        this.store = store;
        this.recent = recent;
        this.errors = errors;
        this.work = new BackgroundWork(errors);
        this.analysis = new AnalysisViewModel(document, work.executor(), errors);
        document.experimentProperty().addListener((o, a, b) -> rebuildNavigation());
        analysis.analysisProperty().addListener((o, a, b) -> rebuildNavigation());
        rebuildNavigation();
        navigator = new org.cytobench.ui.navigator.NavigatorViewModel(navigation, document.experimentProperty(), analysis.analysisProperty());
        recentFiles.setAll(recent.list());
    }

    public DocumentViewModel document() { return document; }
    public BackgroundWork work() { return work; }
    public AnalysisViewModel analysis() { return analysis; }
    public ErrorReporter errors() { return errors; }
    public ObservableList<NavItem> navigation() { return navigation; }
    /** The navigation with search, QC badges and plate groups (what the window shows). */
    public org.cytobench.ui.navigator.NavigatorViewModel navigator() { return navigator; }
    public ObjectProperty<NavItem> selectedNavProperty() { return selectedNav; }
    public ObservableList<Path> recentFiles() { return recentFiles; }

    public static Experiment blankExperiment() {
        return Experiment.of("Untitled experiment", CulturePlate.empty("Culture plate", PlateFormat.WELLS_96));
    }

    public void newBlank() {
        document.replace(Project.of(blankExperiment()), null);
        selectedNav.set(NavItem.CULTURE);
    }

    public void newDocument(Experiment e) {
        document.replace(Project.of(e), null);
        selectedNav.set(NavItem.CULTURE);
    }

    /** Opens a file in the background; on success it replaces the document and goes to the top of recent files. */
    public Task<Project> open(Path file) {
        Task<Project> task = new Task<>() {
            @Override protected Project call() throws Exception {
                updateMessage("Opening " + file.getFileName() + "…");
                return store.open(file);
            }
        };
        boolean readOnly = BundledSample.isCopy(file, AppDirectories.current().cache());
        return work.run(task, "Could not open " + file.getFileName() + ".", e -> {
            if (readOnly) {
                document.replaceReadOnly(e, READ_ONLY_SAMPLE);
                selectedNav.set(NavItem.CULTURE);
                return; // nothing to remember: the copy in the cache is not the user's file
            }
            document.replace(e, file);
            remember(file);
            selectedNav.set(NavItem.CULTURE);
        });
    }

    /** Saves the current snapshot to {@code file} in the background; edits made meanwhile stay marked unsaved. */
    public Task<Void> save(Path file) {
        Project snapshot = document.project();
        Task<Void> task = new Task<>() {
            @Override protected Void call() throws Exception {
                updateMessage("Saving " + file.getFileName() + "…");
                store.save(snapshot, file);
                return null;
            }
        };
        return work.run(task, "Could not save " + file.getFileName() + ".", v -> {
            document.markSaved(file, snapshot);
            remember(file);
        });
    }

    /**
     * Saves on the FX thread and waits: used when the window is about to close, where a background save could be cut
     * off. Returns false (after reporting) when saving failed.
     */
    public boolean saveNow(Path file) {
        Project snapshot = document.project();
        try {
            store.save(snapshot, file);
        } catch (java.io.IOException | RuntimeException e) {
            errors.report("Could not save " + file.getFileName() + ".", e);
            return false;
        }
        document.markSaved(file, snapshot);
        remember(file);
        return true;
    }

    /**
     * The sample experiment: sample-data/ of the working directory or of a folder above the jar (a checkout, opened as
     * any file), else the copy packed inside the jar, written to the cache folder and opened read-only.
     */
    public static Optional<Path> sampleExperiment() {
        return sampleExperiment(Path.of(""), org.cytobench.desktop.JavaFxNatives.runningJar(), AppDirectories.current().cache());
    }

    static Optional<Path> sampleExperiment(Path workingDir, Path jar, Path cache) {
        List<Path> places = new ArrayList<>();
        places.add(workingDir.resolve("sample-data").resolve(SAMPLE_FILE));
        if (jar != null) for (Path p = jar.toAbsolutePath().getParent(); p != null; p = p.getParent()) places.add(p.resolve("sample-data").resolve(SAMPLE_FILE));
        Optional<Path> onDisk = places.stream().filter(Files::isRegularFile).findFirst().map(p -> p.toAbsolutePath().normalize());
        if (onDisk.isPresent()) return onDisk;
        try {
            return Optional.of(BundledSample.copyTo(cache));
        } catch (java.io.IOException e) {
            return Optional.empty(); // the workbench then starts on a blank experiment
        }
    }

    /** The window title's name for the bundled sample: it has no file of its own, so Save asks where. */
    public static final String READ_ONLY_SAMPLE = "Sample (read-only) — Save As to keep changes";

    /**
     * At start: the experiment worked on last, when it still exists; otherwise (first start, or that file was moved) the
     * bundled sample experiment, so the workbench never opens onto an empty plate that says nothing.
     */
    public Optional<Path> fileToOpenAtStart() {
        return recentFiles.stream().filter(Files::isRegularFile).findFirst().or(MainViewModel::sampleExperiment);
    }

    private void remember(Path file) {
        recent.add(file);
        recentFiles.setAll(recent.list());
    }

    private void rebuildNavigation() {
        List<NavItem> items = new ArrayList<>();
        items.add(NavItem.CULTURE);
        List<AssayRun> assays = document.experiment().assays();
        // plates of one analyte side by side (in the order the analytes first appear), each with its QC verdict, so a
        // 21-plate experiment reads as "IL-6 ✓ ✓ ✗, TNF-α ✓ …" rather than a flat list
        java.util.Map<String, Integer> firstSeen = new java.util.LinkedHashMap<>();
        for (AssayRun r : assays) firstSeen.putIfAbsent(r.layout().analyte().name(), firstSeen.size());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < assays.size(); i++) order.add(i);
        order.sort(java.util.Comparator.comparingInt((Integer i) -> firstSeen.get(assays.get(i).layout().analyte().name()))
                .thenComparingInt(i -> i));
        org.cytobench.analysis.ExperimentAnalysis a = analysis == null ? null : analysis.analysis();
        for (int i : order) {
            AssayRun r = assays.get(i);
            String name = r.isMultiplex() ? r.layout().analyte().name() + " · " + r.plateGroup() : r.layout().name();
            String state = r.readings() == null ? "  (no data)" : badge(a, i);
            items.add(new NavItem(NavItem.Kind.ASSAY, i, name + state));
        }
        List<org.cytobench.plate.FlowAssay> flow = document.experiment().flowAssays();
        for (int i = 0; i < flow.size(); i++) items.add(new NavItem(NavItem.Kind.FLOW, i, "Flow · " + flow.get(i).name()));
        items.add(NavItem.RESULTS);
        if (!items.equals(navigation)) {
            NavItem selected = selectedNav.get();
            navigation.setAll(items);
            selectedNav.set(matching(selected, items));
        }
    }

    /** "  ✓" for a plate that passed QC, "  ✗ QC" for one that failed; nothing while its analysis is pending. */
    private static String badge(org.cytobench.analysis.ExperimentAnalysis a, int index) {
        if (a == null) return "";
        return a.plates().stream().filter(p -> p.index() == index).findFirst()
                .map(p -> p.passed() ? "  ✓" : "  ✗ QC").orElse("");
    }

    private static NavItem matching(NavItem selected, List<NavItem> items) {
        if (selected == null) return NavItem.CULTURE;
        for (NavItem i : items) if (i.kind() == selected.kind() && i.index() == selected.index()) return i;
        if (selected.kind() == NavItem.Kind.ASSAY) {
            return items.stream().filter(i -> i.kind() == NavItem.Kind.ASSAY).reduce((a, b) -> b).orElse(NavItem.CULTURE);
        }
        return NavItem.CULTURE;
    }
}
