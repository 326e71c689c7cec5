package org.cytobench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cytobench.analysis.BeadCountRule;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.MaskedWell;
import org.cytobench.plate.Read;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;

/**
 * Bead-count QC of a bead-array run (Luminex, Bio-Plex): a well whose analyte region counted fewer beads than the
 * experiment's minimum gives an unreliable median, so it is flagged on the plate (a warning, and on the heat map) and,
 * when the rule says exclude, masked from the analysis like a masked well — derived from the setting at every analysis,
 * never stored as a mask, so changing the minimum changes which wells are out.
 */
public final class BeadCounts {
    private BeadCounts() {}

    /** The vendors' names of the bead-count read: xPONENT "Count", Bio-Plex "Bead Count", INTELLIFLEX "COUNT". */
    public static final List<String> READS = List.of("Count", "Bead Count", "COUNT");

    /** The run's bead counts ("IL10 Count"), empty for a run that has none (ELISA, MSD). */
    public static Optional<Read> read(AssayRun run) {
        if (!run.isMultiplex() || run.readings() == null) return Optional.empty();
        for (String n : READS) {
            Optional<Read> r = run.readings().read(run.layout().analyte().name() + " " + n);
            if (r.isPresent()) return r;
        }
        return Optional.empty();
    }

    /** The wells of the layout (not empty ones) whose count is below the minimum, with their counts, in well order. */
    public static Map<WellPosition, Double> below(AssayRun run, BeadCountRule rule) {
        Map<WellPosition, Double> low = new TreeMap<>();
        read(run).ifPresent(counts -> counts.values().forEach((w, n) -> {
            if (n < rule.minimum() && run.layout().well(w).role() != WellRole.EMPTY) low.put(w, n);
        }));
        return low;
    }

    /** The run as the analysis sees it: with {@code exclude}, the low wells masked (a mask the scientist set wins). */
    static AssayRun applied(AssayRun run, Map<WellPosition, Double> low, BeadCountRule rule) {
        if (!rule.exclude()) return run;
        AssayRun out = run;
        for (Map.Entry<WellPosition, Double> e : low.entrySet()) {
            if (!out.isMasked(e.getKey())) out = out.withMask(new MaskedWell(e.getKey(), reason(e.getValue(), rule)));
        }
        return out;
    }

    /** "bead count 12 < 50". */
    public static String reason(double count, BeadCountRule rule) {
        return "bead count " + Math.round(count) + " < " + rule.minimum();
    }

    /** "3 wells with fewer than 50 beads (excluded): A1 (12), B2 (30), C3 (41)"; the first ten wells are named. */
    static String warning(Map<WellPosition, Double> low, BeadCountRule rule) {
        List<String> named = new ArrayList<>();
        for (Map.Entry<WellPosition, Double> e : low.entrySet()) {
            if (named.size() == 10) { named.add("…"); break; }
            named.add(e.getKey().label() + " (" + Math.round(e.getValue()) + ")");
        }
        return low.size() + (low.size() == 1 ? " well" : " wells") + " with fewer than " + rule.minimum() + " beads ("
                + (rule.exclude() ? "excluded" : "flagged, not excluded") + "): " + String.join(", ", named);
    }
}
