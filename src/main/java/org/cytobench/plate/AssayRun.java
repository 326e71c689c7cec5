package org.cytobench.plate;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One ELISA plate of an experiment: its layout, the readings imported for it (null until imported), which read is the
 * primary (e.g. "450") and which the reference (e.g. "570", or null), the file the readings came from, and the masked wells.
 */
public record AssayRun(AssayPlate layout, PlateData readings, String primaryRead, String referenceRead,
                       String sourceFile, Map<WellPosition, MaskedWell> masks) {

    public AssayRun {
        Objects.requireNonNull(layout, "layout");
        masks = masks == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(masks));
    }

    public static AssayRun of(AssayPlate layout) { return new AssayRun(layout, null, null, null, null, Map.of()); }

    public AssayRun withLayout(AssayPlate l) { return new AssayRun(l, readings, primaryRead, referenceRead, sourceFile, masks); }

    public AssayRun withReadings(PlateData data, String primary, String reference, String file) {
        return new AssayRun(layout, data, primary, reference, file, masks);
    }

    public AssayRun withMask(MaskedWell m) {
        TreeMap<WellPosition, MaskedWell> n = new TreeMap<>(masks);
        n.put(m.well(), m);
        return new AssayRun(layout, readings, primaryRead, referenceRead, sourceFile, n);
    }

    public AssayRun withoutMask(WellPosition w) {
        TreeMap<WellPosition, MaskedWell> n = new TreeMap<>(masks);
        n.remove(w);
        return new AssayRun(layout, readings, primaryRead, referenceRead, sourceFile, n);
    }

    public boolean isMasked(WellPosition w) { return masks.containsKey(w); }

    public List<MaskedWell> maskList() { return List.copyOf(masks.values()); }
}
