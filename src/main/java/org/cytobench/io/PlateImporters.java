package org.cytobench.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cytobench.io.platereader.biotek.Gen5TextImporter;
import org.cytobench.io.platereader.biotek.Gen5XlsxImporter;
import org.cytobench.io.platereader.bmg.BmgMarsCsvImporter;
import org.cytobench.io.platereader.bmg.BmgMarsXlsxImporter;
import org.cytobench.io.platereader.generic.GenericGridImporter;
import org.cytobench.io.platereader.moleculardevices.SoftMaxTextImporter;
import org.cytobench.io.platereader.perkinelmer.EnVisionImporter;
import org.cytobench.io.platereader.perkinelmer.KaleidoImporter;
import org.cytobench.io.platereader.perkinelmer.VictorNivoImporter;
import org.cytobench.io.platereader.perkinelmer.VictorX3Importer;
import org.cytobench.io.platereader.promega.GloMaxImporter;
import org.cytobench.io.platereader.tecan.TecanIControlImporter;
import org.cytobench.io.platereader.tecan.TecanMagellanImporter;
import org.cytobench.io.platereader.tecan.TecanSparkImporter;
import org.cytobench.io.platereader.thermo.ThermoMultiskanSkyImporter;
import org.cytobench.io.platereader.thermo.ThermoMultiskanTextImporter;
import org.cytobench.io.platereader.thermo.ThermoSkanItImporter;

/**
 * The registry of importers and the auto-detection that picks one. Order matters: specific vendor formats come before
 * the generic grid, which recognizes almost anything plate-shaped.
 */
public final class PlateImporters {
    private PlateImporters() {}

    /**
     * Largest file accepted. A 384-well kinetic export with a thousand reads is under 5 MB; anything far bigger is not
     * an export, and refusing it up front keeps import time and memory bounded.
     */
    public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

    /** All importers, most specific first. */
    public static List<PlateImporter> all() {
        List<PlateImporter> list = new ArrayList<>();
        // Multiplex exports first: their sniffing is specific (xPONENT, Bio-Plex, MSD tell-tales), see io.multiplex.
        list.addAll(org.cytobench.io.multiplex.MultiplexImporters.all());
        // Vendor importers are registered here as they land.
        list.add(new Gen5TextImporter());
        list.add(new Gen5XlsxImporter());
        list.add(new GloMaxImporter());
        list.add(new SoftMaxTextImporter());
        list.add(new BmgMarsCsvImporter());
        list.add(new BmgMarsXlsxImporter());
        list.add(new TecanMagellanImporter());
        list.add(new TecanIControlImporter());
        list.add(new TecanSparkImporter());
        list.add(new ThermoMultiskanSkyImporter());
        list.add(new ThermoSkanItImporter());
        list.add(new ThermoMultiskanTextImporter());
        list.add(new EnVisionImporter());
        list.add(new VictorNivoImporter());
        list.add(new VictorX3Importer());
        list.add(new KaleidoImporter());
        // The generic grid recognizes almost anything plate-shaped: it must stay last.
        list.add(new GenericGridImporter());
        return List.copyOf(list);
    }

    public static Optional<PlateImporter> byId(String id) {
        return all().stream().filter(i -> i.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The importers that recognize the file, in registry order. */
    public static List<PlateImporter> candidates(SourceFile file) {
        List<PlateImporter> found = new ArrayList<>();
        for (PlateImporter i : all()) {
            try {
                if (i.recognizes(file)) found.add(i);
            } catch (RuntimeException e) {
                // a sniffing bug in one importer must not stop the others from being tried
            }
        }
        return found;
    }

    /**
     * Imports a file: with {@code formatId} that importer only, else the first recognizing importer whose read succeeds.
     * Fails with the most specific importer's message when none can read it.
     */
    public static ImportResult importFile(SourceFile file, String formatId) throws ImportException {
        if (file.size() > MAX_FILE_BYTES) {
            throw new ImportException(file.name(), null, String.format(java.util.Locale.ROOT,
                    "the file is %.1f MB, larger than any plate-reader export Cytobench reads (at most %d MB)",
                    file.size() / 1048576.0, MAX_FILE_BYTES / 1048576));
        }
        if (formatId != null) {
            PlateImporter imp = byId(formatId).orElseThrow(() -> new ImportException(file.name(), null,
                    "unknown format '" + formatId + "' (known: " + String.join(", ", all().stream().map(PlateImporter::id).toList()) + ")"));
            return guarded(imp, file);
        }
        if (file.size() == 0) throw new ImportException(file.name(), null, "the file is empty");
        List<PlateImporter> cands = candidates(file);
        if (cands.isEmpty()) {
            // a workbook no importer recognized because it could not be read at all (damaged, past the size budgets):
            // say that, not "not recognized"
            if (file.isSpreadsheet()) Workbooks.sheets(file);
            throw new ImportException(file.name(), null, "not a plate-reader export Cytobench recognizes "
                    + "(known formats: " + String.join(", ", all().stream().map(PlateImporter::id).toList()) + ")");
        }
        ImportException first = null;
        for (PlateImporter imp : cands) {
            // A vendor's importer recognized the file and refused it: the generic grid must not then read whatever
            // plate-shaped rest is left of a damaged export (a cut BMG or EnVision file would import as "Grid 1").
            if (first != null && imp.id().equals(GENERIC_GRID)) break;
            try {
                return guarded(imp, file);
            } catch (ImportException e) {
                if (first == null) first = e;
            }
        }
        throw first;
    }

    private static final String GENERIC_GRID = "generic-grid";

    /**
     * A text file that ends inside a number: refused where the format always ends its numbers with a line break, else
     * read with a warning (a UTF-16 file cut inside a character is refused whatever the format).
     */
    private static void refuseIfCut(PlateImporter imp, SourceFile file, CutOffText.Finding cut) throws ImportException {
        boolean halfCharacter = cut.problem().contains("middle of a character");
        if (halfCharacter || imp.lastNumberHasLineBreak()) {
            throw new ImportException(file.name(), "line " + cut.line(), halfCharacter ? cut.problem()
                    : cut.problem() + ", but " + imp.displayName() + " ends every number with a line break: the file looks cut off; export it again");
        }
    }

    private static ImportResult warnIfCut(PlateImporter imp, SourceFile file, ImportResult r, CutOffText.Finding cut) {
        if (!CutOffText.lastNumberLooksShort(file) && !imp.id().equals(GENERIC_GRID)) return r;
        List<String> warnings = new ArrayList<>(r.warnings());
        warnings.add("line " + cut.line() + ": " + cut.problem() + "; if the file was cut off, that value is incomplete");
        return r.withWarnings(warnings);
    }

    /** Runs an importer so that nothing but an ImportException can come out of it. */
    static ImportResult guarded(PlateImporter imp, SourceFile file) throws ImportException {
        try {
            // after the read: when the importer refuses the file, its own sentence (wrong format, "line cut short") stands
            ImportResult r = imp.read(file);
            CutOffText.Finding cut = CutOffText.find(file);
            if (cut != null) {
                refuseIfCut(imp, file, cut);
                r = warnIfCut(imp, file, r, cut);
            }
            return ImportChecks.withGeneralWarnings(r);
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // the exception's own text ("IndexOutOfBoundsException: Index 3…") says nothing about the file; it stays the cause
            throw new ImportException(file.name(), null, "could not be read as " + imp.displayName() + ": the file does not hold "
                    + "what that format has where it should (damaged, or another program's file)", e);
        }
    }
}
