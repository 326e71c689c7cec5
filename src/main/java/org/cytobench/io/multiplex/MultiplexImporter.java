package org.cytobench.io.multiplex;

import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporter;
import org.cytobench.io.SourceFile;

/**
 * An importer of a multiplex export. It is a {@link PlateImporter} (auto-detection, {@code import --json}, the plate
 * view with reads named "ANALYTE READ"), and also gives the multiplex view: layout, expected concentrations and the
 * vendor's curves.
 */
public interface MultiplexImporter extends PlateImporter {

    MultiplexExport readMultiplex(SourceFile file) throws ImportException;

    @Override
    default ImportResult read(SourceFile file) throws ImportException {
        return readMultiplex(file).toImportResult();
    }
}
