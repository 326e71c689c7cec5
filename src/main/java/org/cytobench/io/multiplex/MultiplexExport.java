package org.cytobench.io.multiplex;

import java.util.ArrayList;
import java.util.List;
import org.cytobench.io.ImportResult;

/** What one multiplex export held: its plates (usually one), the importer's format id and warnings. */
public record MultiplexExport(String file, String format, List<MultiplexPlate> plates, List<String> warnings) {
    public MultiplexExport {
        plates = List.copyOf(plates);
        warnings = List.copyOf(warnings);
    }

    /** The plate-reader view: one {@code PlateData} per plate with every analyte's reads; implausible values as warnings. */
    public ImportResult toImportResult() {
        List<String> w = new ArrayList<>(warnings);
        for (MultiplexPlate p : plates) for (ImplausibleValue v : p.implausible()) w.add(v.describe());
        return new ImportResult(file, format, plates.stream().map(MultiplexPlate::toPlateData).toList(), w);
    }
}
