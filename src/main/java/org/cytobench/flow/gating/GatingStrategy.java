package org.cytobench.flow.gating;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cytobench.flow.compensation.SpilloverMatrix;
import org.cytobench.flow.transform.Transform;

/**
 * A gating template: what a Gating-ML 2.0 document holds. Transforms, ratio parameters and spectrum matrices by id, the
 * gates (one per population, in document order) and the quadrant groups they came from. Every reference (parent,
 * Boolean operand, transform, compensation) is checked when the strategy is made, and cycles are refused, so evaluating
 * it cannot fail on a dangling id.
 */
public record GatingStrategy(Map<String, Transform> transforms, Map<String, RatioTransform> ratios,
                             Map<String, SpilloverMatrix> matrices, List<Gate> gates, List<QuadrantGate> quadrantGroups) {

    public GatingStrategy {
        transforms = Collections.unmodifiableMap(new LinkedHashMap<>(transforms));
        ratios = Collections.unmodifiableMap(new LinkedHashMap<>(ratios));
        matrices = Collections.unmodifiableMap(new LinkedHashMap<>(matrices));
        gates = List.copyOf(gates);
        quadrantGroups = List.copyOf(quadrantGroups);
        validate(transforms, ratios, matrices, gates);
    }

    /** A strategy of plain gates (no transforms or matrices). */
    public static GatingStrategy of(List<Gate> gates) {
        return new GatingStrategy(Map.of(), Map.of(), Map.of(), gates, List.of());
    }

    public Gate gate(String id) {
        for (Gate g : gates) if (g.id().equals(id)) return g;
        throw new IllegalArgumentException("no gate '" + id + "' (the template has " + String.join(", ", ids()) + ")");
    }

    public boolean has(String id) {
        for (Gate g : gates) if (g.id().equals(id)) return true;
        return false;
    }

    public List<String> ids() { return gates.stream().map(Gate::id).toList(); }

    /** Gates in tree order: each root, then its children depth-first (document order among siblings). */
    public List<Gate> treeOrder() {
        List<Gate> out = new ArrayList<>();
        for (Gate g : gates) if (g.parentId() == null) addSubtree(g, out);
        return out;
    }

    private void addSubtree(Gate g, List<Gate> out) {
        out.add(g);
        for (Gate c : gates) if (g.id().equals(c.parentId())) addSubtree(c, out);
    }

    /** The ids from the root down to this gate, e.g. [Lymphocytes, Single Cells, CD3+]. */
    public List<String> path(String id) {
        List<String> p = new ArrayList<>();
        for (String cur = id; cur != null; cur = gate(cur).parentId()) p.add(0, cur);
        return p;
    }

    private static void validate(Map<String, Transform> transforms, Map<String, RatioTransform> ratios,
                                 Map<String, SpilloverMatrix> matrices, List<Gate> gates) {
        Map<String, Gate> byId = new LinkedHashMap<>();
        for (Gate g : gates) {
            if (byId.put(g.id(), g) != null) throw new IllegalArgumentException("gate id '" + g.id() + "' is used twice");
        }
        for (Gate g : gates) {
            if (g.parentId() != null && !byId.containsKey(g.parentId())) {
                throw new IllegalArgumentException("gate " + g.id() + " names parent '" + g.parentId() + "', which is not defined");
            }
            if (g instanceof BooleanGate b) {
                for (BooleanGate.Reference r : b.references()) {
                    if (!byId.containsKey(r.gateId())) {
                        throw new IllegalArgumentException("boolean gate " + g.id() + " refers to gate '" + r.gateId() + "', which is not defined");
                    }
                }
            }
            for (Dimension d : g.dimensions()) {
                if (d.transformationRef() != null && !transforms.containsKey(d.transformationRef())) {
                    throw new IllegalArgumentException("gate " + g.id() + " uses transformation '" + d.transformationRef() + "', which is not defined");
                }
                if (d.ratioRef() != null && !ratios.containsKey(d.ratioRef())) {
                    throw new IllegalArgumentException("gate " + g.id() + " uses ratio '" + d.ratioRef() + "', which is not defined");
                }
                String c = d.compensationRef();
                if (!c.equals(Dimension.UNCOMPENSATED) && !c.equals(Dimension.FCS) && !matrices.containsKey(c)) {
                    throw new IllegalArgumentException("gate " + g.id() + " uses compensation '" + c + "', which is not defined");
                }
            }
        }
        for (Gate g : gates) checkAcyclic(g, byId, new HashSet<>());
    }

    private static void checkAcyclic(Gate g, Map<String, Gate> byId, Set<String> onPath) {
        if (!onPath.add(g.id())) throw new IllegalArgumentException("gate " + g.id() + " depends on itself");
        List<String> deps = new ArrayList<>();
        if (g.parentId() != null) deps.add(g.parentId());
        if (g instanceof BooleanGate b) for (BooleanGate.Reference r : b.references()) deps.add(r.gateId());
        for (String d : deps) checkAcyclic(byId.get(d), byId, onPath);
        onPath.remove(g.id());
    }
}
