package org.cytobench.ui.flow;

import java.util.List;
import org.cytobench.flow.gating.PopulationStatistics;
import org.cytobench.plate.FlowAssay.FlowReadout;

/** One sample's population statistics under the current gating template (empty when the sample could not be gated). */
public record SampleStatistics(FlowSample sample, List<PopulationStatistics> populations, String problem) {
    public SampleStatistics {
        populations = List.copyOf(populations);
    }

    public PopulationStatistics population(String id) {
        for (PopulationStatistics p : populations) if (p.id().equals(id)) return p;
        return null;
    }

    /** True when the readout's parent population holds fewer events than {@code minEvents}: the analysis leaves it out. */
    public boolean tooFewEvents(FlowReadout r, int minEvents) {
        PopulationStatistics p = population(r.populationId());
        return p != null && p.parentCount() < minEvents;
    }

    /** A readout's value as the analysis reads it (% of parent, % of total or the count); NaN when absent. */
    public double value(FlowReadout r) {
        PopulationStatistics p = population(r.populationId());
        if (p == null) return Double.NaN;
        return switch (r.statistic()) {
            case "count" -> p.count();
            case "percent-of-total" -> p.percentOfTotal();
            default -> p.percentOfParent();
        };
    }
}
