package org.cytobench.plate;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One analyte measured on one assay plate: its layout, the readings imported for it (null until imported), which read is
 * the primary (e.g. "450", or a multiplex analyte's "IL-6 Net MFI") and which the reference (e.g. "570", or null), the
 * file the readings came from, and the masked wells.
 *
 * <p>An ELISA plate is one run. A multiplex plate (many analytes in every well) is one run per analyte, all carrying the
 * same {@code plateGroup} — the physical plate's name — and the same layout; see docs/decisions/0006-shared-model-v2.md.
 * Masks and curve settings stay per run, because a bad bead region in one well spoils one analyte, not the well.
 *
 * @param plateGroup    the physical plate this run shares with other analytes (multiplex), or null for a plate of its own
 * @param curveOverride model and weighting for this plate only, or null to use the analyte's
 *                      ({@link Experiment#curveSettingsFor(AssayRun)})
 */
public record AssayRun(AssayPlate layout, PlateData readings, String primaryRead, String referenceRead,
                       String sourceFile, Map<WellPosition, MaskedWell> masks, String plateGroup, CurveSettings curveOverride) {

    public AssayRun {
        Objects.requireNonNull(layout, "layout");
        masks = masks == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(masks));
        plateGroup = plateGroup == null || plateGroup.isBlank() ? null : plateGroup.strip();
    }

    /** A run on a plate of its own, with the analyte's curve settings. */
    public AssayRun(AssayPlate layout, PlateData readings, String primaryRead, String referenceRead, String sourceFile,
                    Map<WellPosition, MaskedWell> masks) {
        this(layout, readings, primaryRead, referenceRead, sourceFile, masks, null, null);
    }

    public static AssayRun of(AssayPlate layout) { return new AssayRun(layout, null, null, null, null, Map.of()); }

    /** Whether this run shares its physical plate with other analytes' runs. */
    public boolean isMultiplex() { return plateGroup != null; }

    public AssayRun withPlateGroup(String group) {
        return new AssayRun(layout, readings, primaryRead, referenceRead, sourceFile, masks, group, curveOverride);
    }

    public AssayRun withCurveOverride(CurveSettings s) {
        return new AssayRun(layout, readings, primaryRead, referenceRead, sourceFile, masks, plateGroup, s);
    }

    public AssayRun withLayout(AssayPlate l) {
        return new AssayRun(l, readings, primaryRead, referenceRead, sourceFile, masks, plateGroup, curveOverride);
    }

    public AssayRun withReadings(PlateData data, String primary, String reference, String file) {
        return new AssayRun(layout, data, primary, reference, file, masks, plateGroup, curveOverride);
    }

    public AssayRun withMask(MaskedWell m) {
        TreeMap<WellPosition, MaskedWell> n = new TreeMap<>(masks);
        n.put(m.well(), m);
        return new AssayRun(layout, readings, primaryRead, referenceRead, sourceFile, n, plateGroup, curveOverride);
    }

    public AssayRun withoutMask(WellPosition w) {
        TreeMap<WellPosition, MaskedWell> n = new TreeMap<>(masks);
        n.remove(w);
        return new AssayRun(layout, readings, primaryRead, referenceRead, sourceFile, n, plateGroup, curveOverride);
    }

    public boolean isMasked(WellPosition w) { return masks.containsKey(w); }

    public List<MaskedWell> maskList() { return List.copyOf(masks.values()); }
}
