package org.cytobench.io;

/**
 * Reads one plate-reader export format. Implementations are stateless.
 *
 * <p>{@link #recognizes} must be cheap (sniff the first bytes or lines, as JabRef's importers do) and never throw.
 * {@link #read} returns every plate of the file or fails as a whole with an {@link ImportException}: never a partly
 * imported plate, never another exception type.
 */
public interface PlateImporter {

    /** Stable id used on the command line and in JSON, e.g. "gen5-text", "softmax-text", "generic-grid". */
    String id();

    /** Human name, e.g. "Agilent BioTek Gen5 (text export)". */
    String displayName();

    /** Cheap sniff: true when this importer should be tried for the file. */
    boolean recognizes(SourceFile file);

    ImportResult read(SourceFile file) throws ImportException;
}
