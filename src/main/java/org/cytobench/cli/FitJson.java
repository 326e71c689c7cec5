package org.cytobench.cli;

import java.util.List;
import org.cytobench.fit.CurveFitter;
import org.cytobench.fit.FitResult;
import org.cytobench.fit.InversePrediction;

/**
 * The {@code fit} command's JSON line, written directly into a {@link StringBuilder}. It gives exactly the bytes that
 * Jackson's tree model gave before (same key order, {@link Double#toString} numbers, Jackson's string escapes; tested
 * against it), without Jackson's ObjectMapper, whose start-up cost more than fitting 50 curves. JSON has no NaN or
 * infinity: those, and absent values, are written as null (also inside ci95).
 */
final class FitJson {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private FitJson() {}

    /** Appends the object for {@code fit} (no line end); {@code file} is included when not null. */
    static void append(StringBuilder b, FitResult fit, String file, List<Double> responses) {
        b.append('{');
        if (file != null) { key(b, "file"); string(b, file); b.append(','); }
        key(b, "model"); string(b, fit.model().id());
        b.append(','); key(b, "weighting"); string(b, fit.weighting().id());
        b.append(','); key(b, "status"); string(b, fit.status().id());
        if (fit.reason() != null) { b.append(','); key(b, "reason"); string(b, fit.reason()); }
        List<String> names = fit.model().parameterNames();
        int p = fit.parameters().size();
        b.append(','); key(b, "params"); b.append('{');
        for (int i = 0; i < p; i++) { if (i > 0) b.append(','); key(b, names.get(i)); number(b, fit.parameters().get(i)); }
        b.append("},"); key(b, "stderr"); b.append('{');
        for (int i = 0; i < p; i++) { if (i > 0) b.append(','); key(b, names.get(i)); number(b, fit.standardErrors().get(i)); }
        b.append("},"); key(b, "ci95"); b.append('{');
        for (int i = 0; i < p; i++) {
            if (i > 0) b.append(',');
            key(b, names.get(i));
            b.append('[');
            number(b, fit.ciLow().get(i));
            b.append(',');
            number(b, fit.ciHigh().get(i));
            b.append(']');
        }
        b.append("},"); key(b, "rss"); number(b, fit.rss());
        b.append(','); key(b, "r2"); number(b, fit.r2());
        b.append(','); key(b, "n"); b.append(fit.n());
        b.append(','); key(b, "warnings"); b.append('[');
        for (int i = 0; i < fit.warnings().size(); i++) { if (i > 0) b.append(','); string(b, fit.warnings().get(i)); }
        b.append("],"); key(b, "predictions"); b.append('[');
        for (int i = 0; i < responses.size(); i++) {
            double r = responses.get(i);
            InversePrediction ip = CurveFitter.inverse(fit, r);
            if (i > 0) b.append(',');
            b.append('{'); key(b, "response"); number(b, r);
            b.append(','); key(b, "concentration"); number(b, ip.concentration());
            b.append(','); key(b, "ciLow"); number(b, ip.ciLow());
            b.append(','); key(b, "ciHigh"); number(b, ip.ciHigh());
            b.append(','); key(b, "flag"); string(b, ip.flag().id());
            b.append('}');
        }
        b.append("]}");
    }

    private static void key(StringBuilder b, String k) {
        string(b, k);
        b.append(':');
    }

    private static void number(StringBuilder b, Double v) {
        if (v == null || !Double.isFinite(v)) b.append("null");
        else b.append(Double.toString(v));
    }

    /** A JSON string with Jackson's default escapes: \" \\ \b \t \f \n \r, other control characters as backslash-u00XX. */
    static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\b' -> b.append("\\b");
                case '\t' -> b.append("\\t");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20) b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    else b.append(c);
                }
            }
        }
        b.append('"');
    }
}
