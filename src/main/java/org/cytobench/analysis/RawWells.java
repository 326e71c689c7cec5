package org.cytobench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.MaskedWell;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;

/**
 * Step 1 of a plate: each layout well's primary and reference readings, their difference, instrument markers and masks.
 * A marker in either read wins over any number: the well gets no value.
 */
final class RawWells {
    private RawWells() {}

    /** A well before blank subtraction. */
    record RawWell(WellPosition well, AssayWell layout, Double primary, Double reference, Double corrected, String marker,
                   String maskReason) {
        boolean usable() { return corrected != null && maskReason == null; }
    }

    /** The reads of a run, or a sentence saying why they cannot be used. */
    record Reads(Read primary, Read reference, String problem) {}

    static Reads reads(AssayRun run) {
        PlateData data = run.readings();
        if (data == null) return new Reads(null, null, "no readings have been imported for this plate");
        Read primary = run.primaryRead() == null
                ? data.reads().stream().filter(r -> r.kind() == ReadKind.RAW).findFirst().orElse(null)
                : data.read(run.primaryRead()).orElse(null);
        if (primary == null) {
            return new Reads(null, null, run.primaryRead() == null ? "the imported file has no raw read"
                    : "the imported file has no read named '" + run.primaryRead() + "'");
        }
        Read reference = null;
        if (run.referenceRead() != null) {
            reference = data.read(run.referenceRead()).orElse(null);
            if (reference == null) return new Reads(null, null, "the imported file has no reference read named '" + run.referenceRead() + "'");
        }
        return new Reads(primary, reference, null);
    }

    static List<RawWell> collect(AssayRun run, Reads reads) {
        List<RawWell> out = new ArrayList<>();
        for (Map.Entry<WellPosition, AssayWell> e : run.layout().wells().entrySet()) {
            WellPosition w = e.getKey();
            MaskedWell mask = run.masks().get(w);
            String reason = mask == null ? null : mask.reason();
            if (reads.primary() == null) {
                out.add(new RawWell(w, e.getValue(), null, null, null, null, reason));
                continue;
            }
            Double p = reads.primary().value(w);
            Double r = reads.reference() == null ? null : reads.reference().value(w);
            String marker = reads.primary().marker(w);
            if (marker == null && reads.reference() != null) marker = reads.reference().marker(w);
            Double corrected = marker != null || p == null || (reads.reference() != null && r == null) ? null
                    : reads.reference() == null ? p : p - r;
            out.add(new RawWell(w, e.getValue(), p, r, corrected, marker, reason));
        }
        return out;
    }
}
