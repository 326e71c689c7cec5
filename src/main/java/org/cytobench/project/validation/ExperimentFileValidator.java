package org.cytobench.project.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.cytobench.fit.CurveModel;
import org.cytobench.fit.Weighting;
import org.cytobench.plate.WellPosition;
import org.cytobench.project.ProjectCodec;
import org.cytobench.project.ProjectFileException;
import org.cytobench.project.ProjectFormat;

/**
 * Checks a {@code .cytobench} file and reports every problem with its field path: the JSON Schema of the format
 * ({@value #SCHEMA_RESOURCE}, also printed in docs/file-format.md), then what a schema cannot say (a well inside its
 * plate, no well twice, a sample's culture wells on the culture plate, standards with a concentration, the reads and
 * files an assay names, the embedded files' checksums, known curve models), and last the reader itself, so that a file
 * that passes also opens.
 */
public final class ExperimentFileValidator {

    public static final String SCHEMA_RESOURCE = "/org/cytobench/project/cytobench.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonSchemaChecker schema;

    public ExperimentFileValidator() {
        this.schema = new JsonSchemaChecker(schemaTree());
    }

    /** The format's schema as a JSON tree. */
    public static JsonNode schemaTree() {
        try (InputStream in = ExperimentFileValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) throw new IllegalStateException(SCHEMA_RESOURCE + " is not in this build");
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem in the file's bytes; empty when it is valid. {@code fileName} is used only in the reader's message. */
    public List<Problem> validate(byte[] bytes, String fileName) {
        JsonNode tree;
        try {
            tree = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            return List.of(new Problem("", "is not JSON: " + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            return List.of(new Problem("", "could not be read: " + e.getMessage()));
        }
        if (tree == null || !tree.isObject()) return List.of(new Problem("", "is not a JSON object"));
        JsonNode version = tree.get("formatVersion");
        if (version != null && version.canConvertToInt() && version.asInt() > ProjectFormat.CURRENT_VERSION) {
            return List.of(new Problem("formatVersion", "is " + version.asInt() + "; this version of Cytobench checks up to format "
                    + ProjectFormat.CURRENT_VERSION));
        }
        List<Problem> out = new ArrayList<>(schema.check(tree));
        if (out.isEmpty()) checkMeaning(tree, out);
        if (out.isEmpty()) {
            try {
                new ProjectCodec().decode(bytes, fileName);
            } catch (ProjectFileException e) {
                out.add(new Problem("", e.getMessage()));
            }
        }
        return out;
    }

    // Only run on a tree that passed the schema: types and required fields are known to be there.
    private static void checkMeaning(JsonNode tree, List<Problem> out) {
        JsonNode culture = tree.get("culture");
        Set<String> cultureWells = wells(culture.get("wells"), culture, "culture.wells", out);
        Set<String> sources = new HashSet<>();
        JsonNode src = tree.path("sources");
        for (int i = 0; i < src.size(); i++) {
            checkSource(src.get(i), "sources[" + i + "]", out);
            if (!sources.add(src.get(i).get("name").asText())) out.add(new Problem("sources[" + i + "].name", "is '" + src.get(i).get("name").asText() + "' a second time"));
        }
        JsonNode assays = tree.path("assays");
        for (int i = 0; i < assays.size(); i++) checkAssay(assays.get(i), "assays[" + i + "]", cultureWells, sources, out);
        JsonNode curves = tree.path("curveSettings");
        for (int i = 0; i < curves.size(); i++) {
            JsonNode c = curves.get(i);
            String p = "curveSettings[" + i + "]";
            if (c.hasNonNull("model")) known(() -> CurveModel.fromId(c.get("model").asText()), p + ".model", c.get("model").asText(), out);
            if (c.hasNonNull("weighting")) known(() -> Weighting.fromId(c.get("weighting").asText()), p + ".weighting", c.get("weighting").asText(), out);
        }
    }

    private static void checkAssay(JsonNode a, String p, Set<String> cultureWells, Set<String> sources, List<Problem> out) {
        JsonNode layout = a.get("layout");
        JsonNode wells = layout.get("wells");
        wells(wells, layout, p + ".layout.wells", out);
        for (int i = 0; i < wells.size(); i++) {
            JsonNode w = wells.get(i);
            String wp = p + ".layout.wells[" + i + "]";
            String role = w.get("role").asText();
            if ((role.equals("standard") || role.equals("qc")) && !(w.path("nominal").asDouble(0) > 0)) {
                out.add(new Problem(wp + ".nominal", "is missing or not above 0; a " + role + " well (" + w.get("well").asText() + ") needs its concentration"));
            }
            JsonNode cw = w.path("cultureWells");
            for (int j = 0; j < cw.size(); j++) {
                if (!cultureWells.contains(normal(cw.get(j).asText()))) {
                    out.add(new Problem(wp + ".cultureWells[" + j + "]", "is " + cw.get(j).asText() + ", a well the culture plate does not use"));
                }
            }
        }
        JsonNode masks = a.path("masks");
        for (int i = 0; i < masks.size(); i++) inside(masks.get(i).get("well").asText(), layout, p + ".masks[" + i + "].well", out);
        Set<String> reads = new HashSet<>();
        JsonNode readings = a.path("readings");
        if (readings.isObject()) {
            for (String kind : new String[] {"reads", "kinetic"}) {
                JsonNode list = readings.path(kind);
                for (int i = 0; i < list.size(); i++) {
                    JsonNode r = list.get(i);
                    reads.add(r.get("name").asText());
                    JsonNode rw = r.get("wells");
                    wells(rw, readings, p + ".readings." + kind + "[" + i + "].wells", out);
                    if (kind.equals("reads")) {
                        for (int j = 0; j < rw.size(); j++) {
                            boolean value = rw.get(j).hasNonNull("value");
                            boolean marker = rw.get(j).hasNonNull("marker");
                            if (value == marker) out.add(new Problem(p + ".readings.reads[" + i + "].wells[" + j + "]", "has " + (value ? "both a value and a marker" : "neither a value nor a marker")));
                        }
                    }
                }
            }
        }
        for (String field : new String[] {"primaryRead", "referenceRead"}) {
            if (!a.hasNonNull(field)) continue;
            String name = a.get(field).asText();
            if (!readings.isObject()) out.add(new Problem(p + "." + field, "is '" + name + "' but the assay has no readings"));
            else if (!reads.contains(name)) out.add(new Problem(p + "." + field, "is '" + name + "', not one of the assay's reads " + reads));
        }
        if (a.hasNonNull("sourceFile") && !sources.contains(a.get("sourceFile").asText())) {
            out.add(new Problem(p + ".sourceFile", "is '" + a.get("sourceFile").asText() + "', which is not among the embedded sources"));
        }
    }

    /** The labels of a well list, each checked to be on its plate and not repeated. */
    private static Set<String> wells(JsonNode list, JsonNode plate, String p, List<Problem> out) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String label = list.get(i).get("well").asText();
            String wp = p + "[" + i + "].well";
            if (inside(label, plate, wp, out) && !seen.add(normal(label))) out.add(new Problem(wp, "is " + label + " a second time"));
        }
        return seen;
    }

    private static boolean inside(String label, JsonNode plate, String p, List<Problem> out) {
        WellPosition w = WellPosition.parse(label);
        int rows = plate.get("rows").asInt();
        int columns = plate.get("columns").asInt();
        if (w.row() < rows && w.column() < columns) return true;
        out.add(new Problem(p, "is " + label + ", outside the " + rows + "×" + columns + " plate"));
        return false;
    }

    private static String normal(String label) {
        return WellPosition.parse(label).label();
    }

    private static void checkSource(JsonNode s, String p, List<Problem> out) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(s.get("base64").asText());
        } catch (IllegalArgumentException e) {
            out.add(new Problem(p + ".base64", "is not base64 (" + e.getMessage() + ")"));
            return;
        }
        if (bytes.length != s.get("size").asLong()) out.add(new Problem(p + ".size", "is " + s.get("size").asLong() + " but the embedded file has " + bytes.length + " bytes"));
        try {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            if (!sha.equalsIgnoreCase(s.get("sha256").asText())) out.add(new Problem(p + ".sha256", "does not match the embedded file (its SHA-256 is " + sha + ")"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
    }

    private static void known(Runnable parse, String p, String value, List<Problem> out) {
        try {
            parse.run();
        } catch (IllegalArgumentException e) {
            out.add(new Problem(p, e.getMessage() + ", found '" + value + "'"));
        }
    }
}
