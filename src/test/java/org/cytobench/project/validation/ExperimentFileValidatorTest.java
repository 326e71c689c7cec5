package org.cytobench.project.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExperimentFileValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ExperimentFileValidator validator = new ExperimentFileValidator();

    static List<Path> everyExperimentFileWeShip() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("sample-data"), Path.of("src/test/resources"))) {
            try (Stream<Path> s = Files.walk(root)) {
                // project/damaged/ holds files that are wrong on purpose (the load rules' tests)
                s.filter(p -> p.toString().endsWith(".cytobench") && !p.toString().contains("damaged")).forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void theSampleAndEveryTestFixtureMatchTheSchema() throws Exception {
        List<Path> files = everyExperimentFileWeShip();
        assertTrue(files.size() >= 3, files.toString());
        for (Path f : files) {
            assertEquals(List.of(), validator.validate(Files.readAllBytes(f), f.getFileName().toString()), f.toString());
        }
    }

    @Test
    void theSchemaInTheDocsIsTheOneTheCheckerUses() throws Exception {
        String doc = Files.readString(Path.of("docs/file-format.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```json\n{\n  \"$schema\"");
        assertTrue(start >= 0, "docs/file-format.md has no JSON Schema block");
        int end = doc.indexOf("```", start + 7);
        assertEquals(ExperimentFileValidator.schemaTree(), JSON.readTree(doc.substring(start + 7, end)));
    }

    @Test
    void reportsEveryProblemWithItsFieldPath() throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of("sample-data/thymalfasin-pbmc.cytobench")));
        ((ObjectNode) tree.at("/culture/wells/0")).put("well", "Z99");
        ((ObjectNode) tree.at("/culture/wells/1")).put("thymalfasinNgPerMl", -5);
        ((ObjectNode) tree.at("/assays/0/layout/wells/0")).put("role", "stnadard");
        ((ObjectNode) tree.at("/assays/1/layout")).remove("analyte");
        tree.put("formatVersion", "one");
        List<String> problems = validator.validate(JSON.writeValueAsBytes(tree), "x.cytobench").stream().map(Problem::toString).toList();
        assertEquals(List.of(
                "formatVersion: is 'one', not a whole number",
                "culture.wells[0].well: is 'Z99', which does not have the form ^[A-Pa-p]([1-9]|1[0-9]|2[0-4])$",
                "culture.wells[1].thymalfasinNgPerMl: is -5, below the minimum 0",
                "assays[0].layout.wells[0].role: is 'stnadard', not one of standard, zero-standard, blank, sample, qc, empty",
                "assays[1].layout.analyte: is missing"), problems);
    }

    @Test
    void checksWhatASchemaCannotSay() throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of("sample-data/thymalfasin-pbmc.cytobench")));
        ((ObjectNode) tree.at("/culture/wells/1")).put("well", "A1");
        ObjectNode il6 = (ObjectNode) tree.at("/assays/0");
        il6.put("primaryRead", "405");
        il6.put("sourceFile", "gone.txt");
        int standard = 0;
        while (!il6.at("/layout/wells/" + standard + "/role").asText().equals("standard")) standard++;
        ((ObjectNode) il6.at("/layout/wells/" + standard)).remove("nominal");
        ((ArrayNode) il6.withArray("masks")).addObject().put("well", "P24").put("reason", "spilled");
        ((ObjectNode) tree.at("/sources/0")).put("size", 1);
        List<String> problems = validator.validate(JSON.writeValueAsBytes(tree), "x.cytobench").stream().map(Problem::toString).toList();
        int s = standard;
        assertTrue(problems.contains("culture.wells[1].well: is A1 a second time"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("assays[0].primaryRead: is '405', not one of the assay's reads [")), problems.toString());
        assertTrue(problems.contains("assays[0].sourceFile: is 'gone.txt', which is not among the embedded sources"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.equals("assays[0].layout.wells[" + s + "].nominal: is missing or not above 0; a standard well ("
                + il6.at("/layout/wells/" + s + "/well").asText() + ") needs its concentration")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("assays[0].masks[") && p.endsWith("is P24, outside the 8×12 plate")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("sources[0].size: is 1 but the embedded file has")), problems.toString());
    }

    @Test
    void garbageAndNewerFormatsAreOneProblem() {
        assertEquals("(file): is not JSON", validator.validate("{\"formatVersion\": 1,".getBytes(), "x").get(0).toString().substring(0, 19));
        assertEquals(List.of(new Problem("formatVersion", "is 7; this version of Cytobench checks up to format "
                + org.cytobench.project.ProjectFormat.CURRENT_VERSION)),
                validator.validate("{\"formatVersion\": 7}".getBytes(), "x"));
    }

    @Test
    void additionalFieldsOfLaterReleasesAreAccepted() throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of("sample-data/thymalfasin-pbmc.cytobench")));
        tree.putObject("statisticsDesign").put("model", "mixed");
        ((ObjectNode) tree.at("/assays/0")).put("spotLayout", "7-spot");
        assertEquals(List.of(), validator.validate(JSON.writeValueAsBytes(tree), "x.cytobench"));
    }

    @Test
    void aSchemaKeywordTheCheckerDoesNotKnowIsRefused() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new JsonSchemaChecker(JSON.readTree("{\"properties\": {\"a\": {\"oneOf\": []}}}")));
        assertEquals("the schema uses 'oneOf' at /properties/a, which this checker does not check", e.getMessage());
    }

    @Test
    void theFormatTwoFieldsAreCheckedToo() throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of("src/test/resources/project/v2/complete.cytobench")));
        ((ObjectNode) tree.get("figure")).put("style", "pie");
        ((ObjectNode) tree.at("/flowAssays/0/readouts/0")).put("statistic", "median");
        ((ObjectNode) tree.at("/flowAssays/0/samples/0")).put("cultureWell", "Z1");
        List<String> problems = validator.validate(JSON.writeValueAsBytes(tree), "x.cytobench").stream().map(Problem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("figure.style: is 'pie'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("flowAssays[0].readouts[0].statistic: is 'median'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("flowAssays[0].samples[0].cultureWell: is 'Z1'")), problems.toString());
    }
}
