package org.cytobench.project.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A focused checker for the JSON Schema (draft 2020-12) keywords the {@code .cytobench} schema uses: {@code type},
 * {@code properties}, {@code required}, {@code additionalProperties} (boolean), {@code items}, {@code enum}, {@code
 * const}, {@code minimum}, {@code exclusiveMinimum}, {@code maximum}, {@code minLength}, {@code minItems}, {@code
 * pattern} and {@code $ref} to {@code #/$defs/NAME}. Any other keyword in a schema is refused when the checker is made,
 * so the schema can never say more than is checked. Written by hand rather than taken from a library: the subset is
 * small, the messages must be plain sentences for scientists, and it reports every problem, not only the first.
 */
public final class JsonSchemaChecker {

    private static final Set<String> KNOWN = Set.of("$schema", "$id", "title", "description", "$defs", "type", "properties",
            "required", "additionalProperties", "items", "enum", "const", "minimum", "exclusiveMinimum", "maximum", "minLength",
            "minItems", "pattern", "$ref");

    private final JsonNode root;

    public JsonSchemaChecker(JsonNode schema) {
        this.root = schema;
        refuseUnknownKeywords(schema, "");
    }

    /** Every place where {@code instance} breaks the schema, in document order. */
    public List<Problem> check(JsonNode instance) {
        List<Problem> out = new ArrayList<>();
        check(root, instance, "", out);
        return out;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<Problem> out) {
        if (schema.has("$ref")) {
            check(resolve(schema.get("$ref").asText()), value, path, out);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            out.add(new Problem(path, "is " + describe(value) + ", not " + typeNames(schema.get("type"))));
            return; // the other keywords would only repeat the same problem
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) found |= sameValue(e, value);
            if (!found) out.add(new Problem(path, "is " + describe(value) + ", not one of " + list(schema.get("enum"))));
        }
        if (schema.has("const") && !sameValue(schema.get("const"), value)) out.add(new Problem(path, "must be " + schema.get("const")));
        if (value.isNumber()) checkNumber(schema, value, path, out);
        if (value.isTextual()) checkText(schema, value.asText(), path, out);
        if (value.isObject()) checkObject(schema, value, path, out);
        if (value.isArray()) checkArray(schema, value, path, out);
    }

    private static void checkNumber(JsonNode schema, JsonNode value, String path, List<Problem> out) {
        double v = value.asDouble();
        if (schema.has("minimum") && v < schema.get("minimum").asDouble()) out.add(new Problem(path, "is " + value + ", below the minimum " + schema.get("minimum")));
        if (schema.has("exclusiveMinimum") && v <= schema.get("exclusiveMinimum").asDouble()) out.add(new Problem(path, "is " + value + "; it must be greater than " + schema.get("exclusiveMinimum")));
        if (schema.has("maximum") && v > schema.get("maximum").asDouble()) out.add(new Problem(path, "is " + value + ", above the maximum " + schema.get("maximum")));
    }

    private static void checkText(JsonNode schema, String v, String path, List<Problem> out) {
        if (schema.has("minLength") && v.codePointCount(0, v.length()) < schema.get("minLength").asInt()) out.add(new Problem(path, "is empty"));
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(v).find()) {
            out.add(new Problem(path, "is '" + v + "', which does not have the form " + schema.get("pattern").asText()));
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String path, List<Problem> out) {
        if (schema.has("required")) {
            for (JsonNode r : schema.get("required")) {
                if (!value.has(r.asText())) out.add(new Problem(join(path, r.asText()), "is missing"));
            }
        }
        JsonNode props = schema.get("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (props != null && props.has(f.getKey())) {
                check(props.get(f.getKey()), f.getValue(), join(path, f.getKey()), out);
            } else if (schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean(true)) {
                out.add(new Problem(join(path, f.getKey()), "is not a field of this object"));
            }
        }
    }

    private void checkArray(JsonNode schema, JsonNode value, String path, List<Problem> out) {
        if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) out.add(new Problem(path, "needs at least " + schema.get("minItems") + " entries"));
        if (schema.has("items")) for (int i = 0; i < value.size(); i++) check(schema.get("items"), value.get(i), path + "[" + i + "]", out);
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/$defs/")) throw new IllegalArgumentException("only #/$defs/ references are supported, not " + ref);
        JsonNode target = root.path("$defs").path(ref.substring("#/$defs/".length()));
        if (target.isMissingNode()) throw new IllegalArgumentException("the schema has no " + ref);
        return target;
    }

    private static boolean typeMatches(JsonNode type, JsonNode v) {
        if (type.isArray()) {
            for (JsonNode t : type) if (typeMatches(t, v)) return true;
            return false;
        }
        return switch (type.asText()) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            case "number" -> v.isNumber();
            case "integer" -> v.isIntegralNumber() || (v.isNumber() && v.asDouble() == Math.rint(v.asDouble()) && Double.isFinite(v.asDouble()));
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) return a.asDouble() == b.asDouble();
        return a.equals(b);
    }

    private static String describe(JsonNode v) {
        if (v.isNull()) return "null";
        if (v.isTextual()) return "'" + v.asText() + "'";
        if (v.isObject()) return "an object";
        if (v.isArray()) return "a list";
        return v.toString();
    }

    private static String typeNames(JsonNode type) {
        List<String> names = new ArrayList<>();
        if (type.isArray()) type.forEach(t -> names.add(article(t.asText()))); else names.add(article(type.asText()));
        return String.join(" or ", names);
    }

    private static String article(String t) {
        return switch (t) {
            case "object" -> "an object";
            case "array" -> "a list";
            case "integer" -> "a whole number";
            case "null" -> "null";
            default -> "a " + t;
        };
    }

    private static String list(JsonNode values) {
        List<String> s = new ArrayList<>();
        values.forEach(v -> s.add(v.isNull() ? "null" : v.asText()));
        return String.join(", ", s);
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static void refuseUnknownKeywords(JsonNode schema, String where) {
        if (!schema.isObject()) return;
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            JsonNode v = schema.get(k);
            switch (k) {
                case "properties", "$defs" -> v.fields().forEachRemaining(e -> refuseUnknownKeywords(e.getValue(), where + "/" + k + "/" + e.getKey()));
                case "items" -> refuseUnknownKeywords(v, where + "/items");
                default -> {
                    if (!KNOWN.contains(k)) throw new IllegalArgumentException("the schema uses '" + k + "' at " + where + ", which this checker does not check");
                }
            }
        }
    }
}
