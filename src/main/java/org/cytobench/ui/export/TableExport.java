package org.cytobench.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cytobench.report.Table;
import org.cytobench.report.TableWriter;
import org.cytobench.ui.BackgroundWork;

/** Exports the result tables: one CSV per table into a folder, or one Excel workbook with a sheet per table. */
public final class TableExport {
    private TableExport() {}

    /** Writes each table as NAME.csv into {@code dir}; reports progress per table and stops when cancelled. */
    public static Task<List<Path>> csvTask(List<Table> tables, Path dir) {
        return new Task<>() {
            @Override protected List<Path> call() throws Exception {
                List<Path> out = new java.util.ArrayList<>();
                for (int i = 0; i < tables.size() && !isCancelled(); i++) {
                    Path f = dir.resolve(tables.get(i).name() + ".csv");
                    updateMessage("Writing " + f.getFileName() + "…");
                    updateProgress(i, tables.size());
                    TableWriter.writeCsv(tables.get(i), f);
                    out.add(f);
                }
                return out;
            }
        };
    }

    public static Task<Path> xlsxTask(List<Table> tables, Path file) {
        return new Task<>() {
            @Override protected Path call() throws Exception {
                updateMessage("Writing " + file.getFileName() + "…");
                TableWriter.writeXlsx(tables, file);
                return file;
            }
        };
    }

    public static void askCsv(Window owner, List<Table> tables, BackgroundWork work) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Export tables as CSV into folder");
        File d = dc.showDialog(owner);
        if (d != null) work.run(csvTask(tables, d.toPath()), "Could not write the CSV tables into " + d.getName() + ".", p -> { });
    }

    public static void askXlsx(Window owner, List<Table> tables, String baseName, BackgroundWork work) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export tables as Excel workbook");
        fc.setInitialFileName(baseName.replaceAll("[^A-Za-z0-9._ -]", "_") + ".xlsx");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel workbook (*.xlsx)", "*.xlsx"));
        File f = fc.showSaveDialog(owner);
        if (f == null) return;
        Path p = f.getName().endsWith(".xlsx") ? f.toPath() : f.toPath().resolveSibling(f.getName() + ".xlsx");
        work.run(xlsxTask(tables, p), "Could not write " + p.getFileName() + ".", x -> { });
    }
}
