package org.cytobench.plate;

import java.util.List;
import java.util.Objects;

/**
 * A flow-cytometry read-out of the culture plate: the acquired samples (each an FCS file embedded in the project, mapped to
 * the culture well it was stained from), the gating template applied unchanged to every sample, and the populations whose
 * frequencies enter the dose-response analysis like a cytokine concentration (e.g. "% CD69+ of CD4+").
 *
 * <p>The value types live here, beside the other layouts, so that an {@link Experiment} stays a plain value; the FCS
 * reader, compensation and the gating engine live in {@code org.cytobench.flow}. See docs/decisions/0006-shared-model-v2.md.
 *
 * @param name      shown in the navigation and the report, e.g. "T-cell activation"
 * @param samples   the acquired samples, in acquisition order
 * @param gatingMl  the gating template as a Gating-ML 2.0 document (null until gates are set)
 * @param readouts  the populations reported per sample
 * @param minEvents a reported population with fewer events in its parent is flagged (default 200)
 */
public record FlowAssay(String name, List<FlowSample> samples, String gatingMl, List<FlowReadout> readouts, int minEvents) {

    public static final int DEFAULT_MIN_EVENTS = 200;

    public FlowAssay {
        name = name == null || name.isBlank() ? "Flow cytometry" : name.strip();
        samples = List.copyOf(samples == null ? List.of() : samples);
        readouts = List.copyOf(readouts == null ? List.of() : readouts);
        if (minEvents < 0) throw new IllegalArgumentException("the minimum event count cannot be negative");
    }

    /**
     * One acquired sample.
     *
     * @param sourceFile  the name of the embedded FCS file ({@code Project.sources})
     * @param cultureWell the culture well it came from, or null while unmapped
     */
    public record FlowSample(String sourceFile, WellPosition cultureWell) {
        public FlowSample {
            Objects.requireNonNull(sourceFile, "sourceFile");
        }
    }

    /**
     * A reported population.
     *
     * @param populationId the gate's Gating-ML id (or the population path) in {@link FlowAssay#gatingMl()}
     * @param label        what tables and charts call it, e.g. "% CD69+ of CD4+"
     * @param statistic    "percent-of-parent" (default), "percent-of-total" or "count"
     */
    public record FlowReadout(String populationId, String label, String statistic) {
        public FlowReadout {
            Objects.requireNonNull(populationId, "populationId");
            label = label == null || label.isBlank() ? populationId : label.strip();
            statistic = statistic == null || statistic.isBlank() ? "percent-of-parent" : statistic;
        }
    }
}
