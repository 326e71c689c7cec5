package org.cytobench.ui.flow;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cytobench.flow.assay.FcsImportFiles;
import org.cytobench.flow.assay.FlowSampleWells;
import org.cytobench.plate.FlowAssay;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.PlateFormat;
import org.cytobench.ui.MainViewModel;
import org.cytobench.ui.NavItem;

/**
 * File → Import FCS files… and FCS files dropped on the window: the files are read in the background (status-bar progress
 * and cancel), then {@link FlowImportDialog} maps them to culture wells; confirming shows the flow assay they went into.
 */
public final class FlowImport {
    private final MainViewModel model;
    private FlowImportDialog last;

    public FlowImport(MainViewModel model) {
        this.model = model;
    }

    /** Lets the user pick FCS files (several at once) and imports them. */
    public void chooseAndImport(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Import FCS files");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("FCS files (*.fcs)", "*.fcs", "*.FCS", "*.lmd", "*.LMD"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = fc.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) importFiles(files.stream().map(File::toPath).toList(), owner);
    }

    /** True for a dropped file this importer takes. */
    public static boolean isFcs(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".fcs") || n.endsWith(".lmd");
    }

    /** Reads the files off the FX thread, then shows the import dialog over {@code owner}. */
    public Task<?> importFiles(List<Path> files, Window owner) {
        org.cytobench.project.Project project = model.document().project();
        PlateFormat format = project.experiment().culture().format();
        Task<Read> task = new Task<>() {
            @Override protected Read call() {
                FcsImportFiles read = FcsImportFiles.read(files, format, (done, total, file) -> {
                    updateProgress(done, total);
                    if (!file.isEmpty()) updateMessage("Reading " + file + " (" + (done + 1) + " of " + total + ")…");
                }, this::isCancelled);
                // the wells the experiment's flow samples are analysed as, so a new file cannot take one twice
                List<Map<WellPosition, List<String>>> wells = new ArrayList<>();
                for (FlowAssay a : project.experiment().flowAssays()) if (!isCancelled()) wells.add(FlowSampleWells.of(project, a));
                return new Read(read, wells);
            }
        };
        return model.work().run(task, "Could not read the FCS files.", r -> show(r, owner));
    }

    private record Read(FcsImportFiles files, List<Map<WellPosition, List<String>>> existingWells) {}

    private void show(Read r, Window owner) {
        NavItem nav = model.selectedNavProperty().get();
        int current = nav != null && nav.kind() == NavItem.Kind.FLOW ? nav.index() : FlowImportViewModel.NEW_ASSAY;
        FlowImportViewModel vm = new FlowImportViewModel(model.document(), r.files(), current,
                model.document().project().experiment().flowAssays().size() == r.existingWells().size() ? r.existingWells() : null);
        last = new FlowImportDialog(owner, vm, model.work().executor());
        last.setOnHidden(e -> {
            Integer assay = last.getResult();
            if (assay == null) return;
            model.navigation().stream().filter(n -> n.kind() == NavItem.Kind.FLOW && n.index() == assay).findFirst()
                    .ifPresent(n -> model.selectedNavProperty().set(n));
        });
        last.show();
    }

    /** The dialog last shown (tests and the screenshot tour drive it). */
    public FlowImportDialog lastDialog() { return last; }
}
