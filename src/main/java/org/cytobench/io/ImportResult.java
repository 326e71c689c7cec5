package org.cytobench.io;

import java.util.List;
import java.util.Optional;
import org.cytobench.plate.PlateData;

/**
 * What one export held: the plates read from it, which importer read it ({@code format}, e.g. "gen5-text"), warnings
 * about content that was read but is surprising (no numeric wells, only reduced values, …), and the layouts the file
 * itself states for its plates (a Gen5 Layout block, SoftMax Pro group tables), offered on import.
 */
public record ImportResult(String file, String format, List<PlateData> plates, List<String> warnings, List<ProposedLayout> layouts) {
    public ImportResult {
        plates = List.copyOf(plates);
        warnings = List.copyOf(warnings);
        layouts = List.copyOf(layouts);
    }

    /** A file that states no layout. */
    public ImportResult(String file, String format, List<PlateData> plates, List<String> warnings) {
        this(file, format, plates, warnings, List.of());
    }

    public ImportResult withWarnings(List<String> w) { return new ImportResult(file, format, plates, w, layouts); }

    /** The layout the file states for the plate of this name, if any. */
    public Optional<ProposedLayout> layout(String plateName) {
        return layouts.stream().filter(l -> l.plate().equals(plateName)).findFirst();
    }
}
