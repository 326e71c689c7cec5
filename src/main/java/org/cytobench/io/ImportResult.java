package org.cytobench.io;

import java.util.List;
import org.cytobench.plate.PlateData;

/**
 * What one export held: the plates read from it, which importer read it ({@code format}, e.g. "gen5-text"), and warnings
 * about content that was read but is surprising (no numeric wells, only reduced values, …).
 */
public record ImportResult(String file, String format, List<PlateData> plates, List<String> warnings) {
    public ImportResult {
        plates = List.copyOf(plates);
        warnings = List.copyOf(warnings);
    }
}
