package org.cytobench.flow.flowjo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.flow.fcs.FlowFileException;
import org.cytobench.flow.gatingml.GatingMl;
import org.cytobench.flow.gatingml.GatingMlReader;
import org.cytobench.flow.transform.AsinhTransform;
import org.cytobench.flow.transform.FlowJoDisplayTransform;
import org.cytobench.flow.transform.LogTransform;
import org.cytobench.flow.transform.LogicleTransform;
import org.cytobench.flow.transform.Transform;
import org.w3c.dom.Element;

/**
 * A sample's {@code Transformations} element: the display axis FlowJo 10 uses for each parameter, as a
 * {@link FlowJoDisplayTransform} onto channels 0…length (256 unless the element says otherwise).
 *
 * <ul>
 *   <li>{@code linear minRange maxRange}: minRange at 0, maxRange at length ({@code gain} is not applied).</li>
 *   <li>{@code log offset decades}: Gating-ML flog with T = offset·10^decades, M = decades (offset at 0, T at length).</li>
 *   <li>{@code fasinh T M A}: Gating-ML fasinh (FlowJo's W is not part of it).</li>
 *   <li>{@code logicle T W M A}: Gating-ML logicle.</li>
 *   <li>{@code biex maxRange pos neg width}: FlowJo's own biexponential, approximated by the logicle with T = maxRange,
 *       M = pos, A = neg and W = log10(−width)/2 (the width basis is the data value at which the linear region ends;
 *       docs/flow.md says where this matters).</li>
 * </ul>
 * Keys are the parameter names as written (detectors, e.g. {@code PE-A}; gates on {@code Comp-PE-A} use the same axis).
 */
final class FlowJoTransforms {
    static final double DEFAULT_LENGTH = 256;

    private FlowJoTransforms() {}

    static Map<String, Transform> read(String file, Element sample) throws FlowFileException {
        Map<String, Transform> out = new LinkedHashMap<>();
        for (Element list : GatingMlReader.children(sample, "Transformations")) {
            for (Element t : GatingMlReader.children(list)) {
                List<Element> params = GatingMlReader.children(t, "parameter");
                if (params.isEmpty()) continue;
                String name = GatingMlReader.attr(params.get(0), GatingMl.DATATYPES, "name");
                try {
                    Transform tr = transform(t);
                    if (tr != null) out.put(name, tr);
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new FlowFileException(file, "the " + t.getLocalName() + " transform of " + name + " is not valid (" + e.getMessage() + ")");
                }
            }
        }
        return out;
    }

    /** The axis for one element, or null for a kind this reader does not know (the parameter stays on data values). */
    private static Transform transform(Element t) {
        double length = num(t, "length", DEFAULT_LENGTH);
        return switch (t.getLocalName()) {
            case "linear" -> FlowJoDisplayTransform.linear(num(t, "minRange", 0), num(t, "maxRange", Double.NaN), length);
            case "log" -> {
                double offset = num(t, "offset", 1);
                double decades = num(t, "decades", Double.NaN);
                yield FlowJoDisplayTransform.of(new LogTransform(offset * Math.pow(10, decades), decades), length);
            }
            case "fasinh" -> FlowJoDisplayTransform.of(new AsinhTransform(num(t, "T", Double.NaN), num(t, "M", Double.NaN), num(t, "A", 0)), length);
            case "logicle" -> FlowJoDisplayTransform.of(new LogicleTransform(num(t, "T", Double.NaN), num(t, "W", Double.NaN),
                    num(t, "M", Double.NaN), num(t, "A", 0)), length);
            case "biex" -> FlowJoDisplayTransform.of(biexAsLogicle(num(t, "maxRange", Double.NaN), num(t, "pos", Double.NaN),
                    num(t, "neg", 0), num(t, "width", -10)), length);
            default -> null;
        };
    }

    /** FlowJo's biex (positive decades, extra negative decades, width basis) as the nearest logicle. */
    static LogicleTransform biexAsLogicle(double maxRange, double pos, double neg, double widthBasis) {
        double w = widthBasis < 0 ? Math.log10(-widthBasis) / 2 : 0;
        return new LogicleTransform(maxRange, Math.min(w, pos / 2), pos, Math.max(-w, Math.min(neg, pos - 2 * w)));
    }

    private static double num(Element e, String local, double fallback) {
        String v = GatingMlReader.attr(e, GatingMl.TRANSFORMS, local);
        if (v == null || v.isBlank()) v = e.getAttribute(local);
        if (v == null || v.isBlank()) {
            if (Double.isNaN(fallback)) throw new IllegalArgumentException("no " + local);
            return fallback;
        }
        return Double.parseDouble(v.trim());
    }
}
