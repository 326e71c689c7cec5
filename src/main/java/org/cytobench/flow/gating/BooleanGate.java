package org.cytobench.flow.gating;

import java.util.List;

/**
 * Gating-ML BooleanGate: and / or over two or more referenced gates, not over one; a reference can be used as its
 * complement. A referenced gate means its whole population (its own parents included).
 */
public record BooleanGate(String id, String parentId, Operator operator, List<Reference> references) implements Gate {

    public enum Operator { AND, OR, NOT }

    /** A referenced gate, or its complement. */
    public record Reference(String gateId, boolean complement) {}

    public BooleanGate {
        references = List.copyOf(references);
        if (operator == Operator.NOT && references.size() != 1) {
            throw new IllegalArgumentException("boolean gate " + id + ": not takes exactly one gate");
        }
        if (operator != Operator.NOT && references.size() < 2) {
            throw new IllegalArgumentException("boolean gate " + id + ": " + operator.name().toLowerCase() + " takes two or more gates");
        }
    }

    @Override
    public List<Dimension> dimensions() { return List.of(); }

    @Override
    public Gate mapDimensions(java.util.function.UnaryOperator<Dimension> f) { return this; }

    @Override
    public Gate withParent(String p) { return new BooleanGate(id, p, operator, references); }
}
