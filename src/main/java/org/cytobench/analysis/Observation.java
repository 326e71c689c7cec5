package org.cytobench.analysis;

/**
 * One unit of n in a group's statistics: a donor's mean over their culture wells, or one culture well.
 *
 * @param id    "D1" for a donor, "B3" for a culture well
 * @param donor the donor
 * @param value the value
 */
public record Observation(String id, String donor, double value) {}
