package org.cytobench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.concurrent.Task;
import org.cytobench.io.SourceFile;
import org.cytobench.layout.AssayLayoutMaps;
import org.cytobench.layout.CultureLayoutMaps;
import org.cytobench.layout.PlateMap;
import org.cytobench.layout.PlateMapReader;
import org.cytobench.layout.PlateMapWriter;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.Experiment;

/**
 * File → Import layout / Export layout: the plate shown (the culture plate, or the selected assay plate) from or to a
 * plate-map spreadsheet (org.cytobench.layout, the same code as the command line's {@code layout}). Reading and writing
 * run off the FX thread; an import is one undoable edit; a refused map changes nothing and says which cell is wrong.
 */
final class LayoutFiles {

    private final MainViewModel model;

    LayoutFiles(MainViewModel model) {
        this.model = model;
    }

    /** The plate the layout commands act on: the selected assay plate, else the culture plate. */
    private int assayIndex() {
        NavItem n = model.selectedNavProperty().get();
        return n != null && n.kind() == NavItem.Kind.ASSAY ? n.index() : -1;
    }

    String plateName() {
        int i = assayIndex();
        return i < 0 ? "culture plate" : "assay plate " + model.document().experiment().assays().get(i).layout().name();
    }

    Task<Experiment> importFrom(Path file) {
        int index = assayIndex();
        Experiment current = model.document().experiment();
        Task<Experiment> task = new Task<>() {
            @Override protected Experiment call() throws Exception {
                updateMessage("Reading " + file.getFileName() + "…");
                PlateMap map = PlateMapReader.read(SourceFile.read(file));
                if (index < 0) return current.withCulture(CultureLayoutMaps.fromMap(map, file.getFileName().toString(), current.culture().name()));
                AssayRun run = current.assays().get(index);
                return current.withAssay(index, run.withLayout(AssayLayoutMaps.fromMap(map, file.getFileName().toString(),
                        run.layout().name(), run.layout().analyte())));
            }
        };
        return model.work().run(task, e -> e.getMessage() == null ? "Could not import " + file.getFileName() + "." : e.getMessage(),
                next -> model.document().apply("Import layout from " + file.getFileName(), e -> next));
    }

    Task<Void> exportTo(Path file) {
        int index = assayIndex();
        Experiment current = model.document().experiment();
        Task<Void> task = new Task<>() {
            @Override protected Void call() throws Exception {
                updateMessage("Writing " + file.getFileName() + "…");
                PlateMap map = index < 0 ? CultureLayoutMaps.toMap(current.culture()) : AssayLayoutMaps.toMap(current.assays().get(index).layout());
                boolean xlsx = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
                Files.write(file, xlsx ? PlateMapWriter.xlsx(map, index < 0 ? "Culture plate" : "Assay plate") : PlateMapWriter.csv(map));
                return null;
            }
        };
        return model.work().run(task, "Could not write " + file.getFileName() + ".", v -> { });
    }
}
