package org.cytobench.flow.assay;

import java.util.List;
import java.util.Objects;
import org.cytobench.plate.FlowAssay;

/**
 * A gating template to start a flow assay from: the gates as a Gating-ML 2.0 document, the populations to report and where
 * the template came from (shown in the import dialog, e.g. "protocol default: adjust the gates on the unstimulated control").
 *
 * @param gatingMl the gates, Gating-ML 2.0
 * @param readouts the reported populations
 * @param origin   one sentence saying where the gates come from
 */
public record FlowTemplate(String gatingMl, List<FlowAssay.FlowReadout> readouts, String origin) {
    public FlowTemplate {
        Objects.requireNonNull(gatingMl, "gatingMl");
        readouts = List.copyOf(readouts);
        origin = origin == null ? "" : origin;
    }
}
