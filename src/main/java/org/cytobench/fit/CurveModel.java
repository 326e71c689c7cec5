package org.cytobench.fit;

import java.util.List;
import java.util.Locale;

/**
 * Standard-curve models. Parameter names and order are fixed and used in JSON output:
 * <ul>
 * <li>{@code FOUR_PL}: y = d + (a − d) / (1 + (x/c)^b); a = response at zero concentration, d = response at infinite
 * concentration, c &gt; 0 the inflection (EC50), b &gt; 0 the slope. A decreasing (competitive) curve has a &gt; d.</li>
 * <li>{@code FIVE_PL}: y = d + (a − d) / (1 + (x/c)^b)^g, g &gt; 0 the asymmetry.</li>
 * <li>{@code LINEAR}: y = a + b·x.</li>
 * <li>{@code LOG_LOG}: log10(y) = a + b·log10(x); zero standards and non-positive responses are excluded.</li>
 * </ul>
 */
public enum CurveModel {
    FOUR_PL("4pl", List.of("a", "b", "c", "d")),
    FIVE_PL("5pl", List.of("a", "b", "c", "d", "g")),
    LINEAR("linear", List.of("a", "b")),
    LOG_LOG("loglog", List.of("a", "b"));

    private final String id;
    private final List<String> parameterNames;

    CurveModel(String id, List<String> parameterNames) {
        this.id = id;
        this.parameterNames = parameterNames;
    }

    /** The name used on the command line and in files: "4pl", "5pl", "linear", "loglog". */
    public String id() { return id; }

    public List<String> parameterNames() { return parameterNames; }

    public static CurveModel fromId(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT);
        for (CurveModel m : values()) if (m.id.equals(k)) return m;
        throw new IllegalArgumentException("unknown curve model '" + s + "' (expected 4pl, 5pl, linear or loglog)");
    }
}
