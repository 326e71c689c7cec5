package org.cytobench.flow.flowjo;

/**
 * One population of a FlowJo sample's gating tree.
 *
 * @param path        the names from the root joined with "/", as FlowJo's tables write them ("Lymphocytes/Single Cells")
 * @param name        the population's own name ("CD4+")
 * @param parentPath  the parent's path, or null under the sample itself
 * @param count       the event count FlowJo saved
 * @param gateKind    the Gating-ML element of its gate ("PolygonGate", ...)
 * @param unsupported why its gate could not be read into a {@link org.cytobench.flow.gating.Gate} (null when it was)
 */
public record WorkspacePopulation(String path, String name, String parentPath, int count, String gateKind, String unsupported) {}
