package org.cytobench.multiplex;

import java.util.List;
import java.util.Map;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.CurveSettings;

/**
 * A multiplex plate turned into the experiment's model (decision 0006): one run per analyte sharing the plate group, the
 * curve settings per analyte the vendor's file implies, and what was flagged on the way (low bead counts, implausible
 * expected concentrations, analytes without standards).
 */
public record MultiplexRuns(String plateGroup, List<AssayRun> runs, Map<String, CurveSettings> curveSettings, List<String> flags) {
    public MultiplexRuns {
        runs = List.copyOf(runs);
        curveSettings = Map.copyOf(curveSettings);
        flags = List.copyOf(flags);
    }
}
