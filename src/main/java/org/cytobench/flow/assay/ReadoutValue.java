package org.cytobench.flow.assay;

import org.cytobench.plate.FlowAssay.FlowReadout;

/**
 * One reported population in one sample.
 *
 * @param readout     what is reported
 * @param count       events in the population
 * @param parentCount events in its parent
 * @param value       the readout's statistic (% of parent, % of total or the count); NaN when the parent is empty
 * @param tooFewEvents true when the parent holds fewer than the assay's minimum events: shown, but left out of statistics
 */
public record ReadoutValue(FlowReadout readout, int count, int parentCount, double value, boolean tooFewEvents) {

    /** "ok" or "too few events" (the wells table's status column). */
    public String status() { return tooFewEvents ? "too few events" : Double.isNaN(value) ? "empty parent" : "ok"; }

    /** True when the value enters the dose-response statistics. */
    public boolean usable() { return !tooFewEvents && !Double.isNaN(value); }
}
