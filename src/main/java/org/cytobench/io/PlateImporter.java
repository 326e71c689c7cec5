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

    /**
     * True (the default) when a text export of this format never ends with a number: the last number is followed by a
     * line break or by more text (Kaleido's trailer). A text file that ends inside a number is then refused as cut off.
     * Formats that end with a number and no line break (GloMax) or that are not one vendor's format (the generic grid)
     * say false, and such a file gets a warning instead. Spreadsheets are not concerned.
     */
    default boolean lastNumberHasLineBreak() { return true; }
}
