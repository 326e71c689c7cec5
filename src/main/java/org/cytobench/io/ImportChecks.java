package org.cytobench.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;

/**
 * Checks on what an importer read that hold for every format: content that is readable but surprising is said in a
 * warning (or, when it cannot go where the user wants it, a sentence the caller shows), never silently accepted.
 */
public final class ImportChecks {
    private ImportChecks() {}

    /** The importer's result with the format-independent warnings added (each said once). */
    public static ImportResult withGeneralWarnings(ImportResult r) {
        List<String> warnings = new ArrayList<>(r.warnings());
        for (PlateData p : r.plates()) {
            if (!hasNumbers(p) && warnings.stream().noneMatch(w -> w.contains("no numeric wells") && w.contains(p.name()))) {
                warnings.add("plate '" + p.name() + "' holds no numeric wells");
            }
            if (!p.reads().isEmpty() && p.reads().stream().noneMatch(rd -> rd.kind() == ReadKind.RAW) && p.kinetic().isEmpty()
                    && warnings.stream().noneMatch(w -> w.contains("only") && (w.contains("reduced") || w.contains("derived")))) {
                warnings.add("plate '" + p.name() + "' carries only derived values (no raw read)");
            }
        }
        return warnings.equals(r.warnings()) ? r : r.withWarnings(warnings);
    }

    /**
     * Why these readings cannot be used for an assay plate of the given format, or empty when they can: a 384-well block
     * does not fit a 96-well layout, and a 96-well plate on a 384-well layout would leave most wells unread.
     */
    public static Optional<String> formatMismatch(PlateData data, PlateFormat layout) {
        if (data.rows() == layout.rows() && data.columns() == layout.columns()) return Optional.empty();
        return Optional.of("plate '" + data.name() + "' is a " + data.rows() * data.columns() + "-well block (" + data.rows() + "×"
                + data.columns() + ") but the assay plate is laid out as " + layout.wellCount() + " wells");
    }

    static boolean hasNumbers(PlateData p) {
        for (Read r : p.reads()) if (!r.values().isEmpty()) return true;
        for (KineticRead k : p.kinetic()) {
            for (List<Double> s : k.series().values()) if (s.stream().anyMatch(v -> v != null)) return true;
        }
        return false;
    }
}
