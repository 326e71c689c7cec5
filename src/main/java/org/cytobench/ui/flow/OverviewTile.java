package org.cytobench.ui.flow;

import java.util.List;
import org.cytobench.flow.gating.PopulationStatistics;
import org.cytobench.flow.plot.PlotImage;

/** One sample's small plot in the overview grid: the same population, axes and gates as the main plot. */
public record OverviewTile(FlowSample sample, PlotImage image, List<PopulationStatistics> tree, String problem) {
    public OverviewTile {
        tree = List.copyOf(tree);
    }

    public double percentOfParent(String id) {
        for (PopulationStatistics p : tree) if (p.id().equals(id)) return p.percentOfParent();
        return Double.NaN;
    }
}
