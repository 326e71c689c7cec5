package org.cytobench.ui.flow;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cytobench.flow.assay.FcsImportFiles;
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
    public Task<FcsImportFiles> importFiles(List<Path> files, Window owner) {
        PlateFormat format = model.document().experiment().culture().format();
        Task<FcsImportFiles> task = new Task<>() {
            @Override protected FcsImportFiles call() {
                return FcsImportFiles.read(files, format, (done, total, file) -> {
                    updateProgress(done, total);
                    if (!file.isEmpty()) updateMessage("Reading " + file + " (" + (done + 1) + " of " + total + ")…");
                }, this::isCancelled);
            }
        };
        return model.work().run(task, "Could not read the FCS files.", read -> show(read, owner));
    }

    private void show(FcsImportFiles read, Window owner) {
        NavItem nav = model.selectedNavProperty().get();
        int current = nav != null && nav.kind() == NavItem.Kind.FLOW ? nav.index() : FlowImportViewModel.NEW_ASSAY;
        FlowImportViewModel vm = new FlowImportViewModel(model.document(), read, current);
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
