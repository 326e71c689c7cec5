package org.cytobench.flow.gating;

import java.util.List;

/**
 * A population's gate. Events are in the gate when they satisfy its geometry <em>and</em> are in its parent's population
 * ({@link #parentId()}, null at the root), so a tree of gates is a tree of populations (lymphocytes → single cells →
 * live → CD3+ …). Boundaries follow Gating-ML 2.0: ranges include their minimum and exclude their maximum.
 */
public sealed interface Gate permits RectangleGate, PolygonGate, EllipsoidGate, QuadrantGate.Quadrant, BooleanGate {
    String id();

    /** The parent population's gate id, or null. */
    String parentId();

    /** The dimensions the gate reads (empty for Boolean gates). */
    List<Dimension> dimensions();

    /** The same gate with every dimension replaced by {@code f} of it (e.g. FlowJo's "Comp-" names to compensated ones). */
    Gate mapDimensions(java.util.function.UnaryOperator<Dimension> f);

    /** The same gate under another parent. */
    Gate withParent(String parentId);
}
