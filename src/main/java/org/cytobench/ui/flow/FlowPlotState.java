package org.cytobench.ui.flow;

import java.util.List;
import org.cytobench.flow.gating.PopulationStatistics;
import org.cytobench.flow.plot.GateOutline;
import org.cytobench.flow.plot.PlotAxis;
import org.cytobench.flow.plot.PlotImage;

/**
 * What the bivariate plot shows, computed together off the FX thread so that the image, the axes and the gates drawn on
 * it always belong to the same request.
 *
 * @param image      the rendered population, or null when the sample cannot be shown ({@code problem} says why)
 * @param population the population plotted (null: all events)
 * @param outlines   the population's child gates on these axes
 * @param tree       every population's count and % of parent in this sample, in tree order
 * @param events     events in the plotted population
 */
public record FlowPlotState(FlowSample sample, PlotImage image, PlotAxis x, PlotAxis y, String population,
                            List<GateOutline> outlines, List<PopulationStatistics> tree, int events, String problem) {
    public FlowPlotState {
        outlines = List.copyOf(outlines);
        tree = List.copyOf(tree);
    }

    /** The % of parent of a population in this sample, NaN when unknown. */
    public double percentOfParent(String id) {
        for (PopulationStatistics p : tree) if (p.id().equals(id)) return p.percentOfParent();
        return Double.NaN;
    }
}
