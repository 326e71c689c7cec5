package org.cytobench.flow.flowjo;

import java.util.List;
import java.util.Map;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.transform.Transform;

/**
 * A sample of a FlowJo workspace.
 *
 * @param sampleId    FlowJo's sampleID
 * @param fileName    the FCS file name (last segment of the data set URI, decoded)
 * @param count       the sample's event count as FlowJo saved it
 * @param populations the gating tree, depth-first
 * @param gates       the populations whose gates (and all their ancestors' gates) could be read, keyed by path, with the
 *                    sample's spillover matrix for FlowJo's "Comp-" parameters and its display axes
 * @param axes        the sample's display axis per parameter, as its {@code Transformations} element gives them
 *                    ({@link org.cytobench.flow.transform.FlowJoDisplayTransform}, channels 0…256)
 */
public record WorkspaceSample(String sampleId, String fileName, int count, List<WorkspacePopulation> populations,
                              GatingStrategy gates, Map<String, Transform> axes) {
    public WorkspaceSample {
        populations = List.copyOf(populations);
        axes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(axes));
    }

    public WorkspacePopulation population(String path) {
        return populations.stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("sample " + fileName + " has no population " + path));
    }
}
