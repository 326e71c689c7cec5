package org.cytobench.ui.export;

import java.io.File;
import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.cytobench.project.Project;
import org.cytobench.report.ExperimentOutputs;
import org.cytobench.report.Progress;
import org.cytobench.ui.BackgroundWork;

/**
 * "Export → Report and all outputs…": the core's {@link ExperimentOutputs} (report.pdf, tables, charts — the same files as
 * {@code analyze --out}) written into a folder in the background; the status bar shows its progress and can cancel it.
 */
public final class ReportExport {
    private ReportExport() {}

    /** A task running the core's writer with this task's progress and cancellation behind {@link Progress}. */
    public static Task<ExperimentOutputs.Written> task(Project project, Path dir) {
        return new Task<>() {
            @Override protected ExperimentOutputs.Written call() throws Exception {
                Task<?> self = this;
                Progress progress = new Progress() {
                    @Override public void step(String what, int done, int total) {
                        updateMessage(what);
                        updateProgress(done, total);
                    }
                    @Override public boolean isCancelled() { return self.isCancelled(); }
                };
                return ExperimentOutputs.write(project, dir, ExperimentOutputs.Options.DEFAULT, progress);
            }
        };
    }

    public static void ask(Window owner, Project project, BackgroundWork work) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Write the report, tables and charts into folder");
        File d = dc.showDialog(owner);
        if (d != null) work.run(task(project, d.toPath()), "Could not write the report into " + d.getName() + ".", w -> { });
    }
}
