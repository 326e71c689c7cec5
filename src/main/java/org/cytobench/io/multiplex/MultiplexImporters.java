package org.cytobench.io.multiplex;

import java.util.List;
import java.util.Optional;
import org.cytobench.io.ImportException;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.SourceFile;
import org.cytobench.io.multiplex.bioplex.BioPlexExcelImporter;
import org.cytobench.io.multiplex.bioplex.BioPlexXmlImporter;
import org.cytobench.io.multiplex.luminex.IntelliflexCsvImporter;
import org.cytobench.io.multiplex.luminex.XponentCsvImporter;
import org.cytobench.io.multiplex.msd.MsdPlateGridImporter;
import org.cytobench.io.multiplex.msd.MsdWorkbenchImporter;

/** The multiplex importers, registered at the head of {@link PlateImporters#all()}. */
public final class MultiplexImporters {
    private MultiplexImporters() {}

    public static List<MultiplexImporter> all() {
        return List.of(new XponentCsvImporter(), new IntelliflexCsvImporter(), new BioPlexExcelImporter(), new BioPlexXmlImporter(),
                new MsdWorkbenchImporter(),
                new MsdPlateGridImporter());
    }

    /** The multiplex importer with this id, or empty (a plate-reader format). */
    public static Optional<MultiplexImporter> byId(String id) {
        return all().stream().filter(i -> i.id().equalsIgnoreCase(id)).findFirst();
    }

    /**
     * Imports a multiplex export (auto-detected among all formats, or {@code formatId}); fails when the file is read
     * by a plate-reader importer instead.
     */
    public static MultiplexExport importFile(SourceFile file, String formatId) throws ImportException {
        String format = PlateImporters.importFile(file, formatId).format();
        Optional<MultiplexImporter> imp = byId(format);
        if (imp.isEmpty()) {
            throw new ImportException(file.name(), null, "is a plate-reader export (" + format + "), not a multiplex export");
        }
        return imp.get().readMultiplex(file);
    }
}
