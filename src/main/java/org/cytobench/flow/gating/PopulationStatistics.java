package org.cytobench.flow.gating;

/**
 * One population's numbers in one sample.
 *
 * @param id              the gate id
 * @param parentId        the parent gate id, or null (parent = all events)
 * @param count           events in the population
 * @param parentCount     events in the parent population
 * @param percentOfParent 100 × count / parentCount (NaN when the parent is empty)
 * @param percentOfTotal  100 × count / all events (NaN for an empty file)
 */
public record PopulationStatistics(String id, String parentId, int count, int parentCount, double percentOfParent,
                                   double percentOfTotal) {}
