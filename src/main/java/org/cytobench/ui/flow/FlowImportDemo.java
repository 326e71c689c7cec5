package org.cytobench.ui.flow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.stage.Window;
import org.cytobench.flow.assay.FcsImportFiles;
import org.cytobench.io.SourceFile;
import org.cytobench.project.Project;
import org.cytobench.ui.DocumentViewModel;

/**
 * The import dialog as the screenshot tour shows it: six of the sample experiment's FCS files written to a temporary
 * folder, one of them again under another name (so a culture well is taken twice) and one cut short (so a file is refused).
 */
public final class FlowImportDemo {
    private FlowImportDemo() {}

    public static FlowImportDialog dialog(Window owner, DocumentViewModel document, Project sample, Executor executor) {
        try {
            Path dir = Files.createTempDirectory("cytobench-fcs-demo");
            List<Path> files = new ArrayList<>();
            List<SourceFile> fcs = sample.sources().stream().filter(s -> s.extension().equals("fcs")).limit(6).toList();
            for (SourceFile s : fcs) files.add(Files.write(dir.resolve(s.name()), s.bytes()));
            SourceFile first = fcs.get(0);
            files.add(Files.write(dir.resolve(first.name().replace(".fcs", "_rerun.fcs")), first.bytes()));
            byte[] cut = java.util.Arrays.copyOf(fcs.get(1).bytes(), fcs.get(1).size() / 3);
            files.add(Files.write(dir.resolve(fcs.get(1).name().replace(".fcs", "_copy-interrupted.fcs")), cut));
            FcsImportFiles read = FcsImportFiles.read(files, document.experiment().culture().format(), (d, t, f) -> {}, () -> false);
            for (Path p : files) p.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return new FlowImportDialog(owner, new FlowImportViewModel(document, read, FlowImportViewModel.NEW_ASSAY), executor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
