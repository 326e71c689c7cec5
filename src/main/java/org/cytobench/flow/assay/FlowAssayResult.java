package org.cytobench.flow.assay;

import java.util.List;
import org.cytobench.plate.FlowAssay;

/**
 * A flow assay gated sample by sample: what the dose-response analysis and the tables take.
 *
 * @param assay   the assay (name, readouts, minimum events)
 * @param samples in the assay's order
 * @param notes   plain sentences: unmapped or unreadable samples, flagged populations, how the gates were applied
 */
public record FlowAssayResult(FlowAssay assay, List<FlowSampleResult> samples, List<String> notes) {
    public FlowAssayResult {
        samples = List.copyOf(samples);
        notes = List.copyOf(notes);
    }
}
