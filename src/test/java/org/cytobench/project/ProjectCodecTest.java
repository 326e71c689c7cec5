package org.cytobench.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

class ProjectCodecTest {

    private final ProjectCodec codec = new ProjectCodec();

    @Test
    void roundTripGivesAnEqualProject() throws Exception {
        Project p = ProjectFixtures.fullProject();
        Project back = codec.decode(codec.encode(p), "x.cytobench");
        assertEquals(p, back);
        assertEquals(p.experiment().assays().get(0).readings(), back.experiment().assays().get(0).readings());
        assertArrayEquals(p.sources().get(0).bytes(), back.sources().get(0).bytes());
        // encoding is deterministic, so saving an unchanged experiment changes no byte
        assertArrayEquals(codec.encode(p), codec.encode(back));
    }

    @Test
    void writesVersionWriterAndWellsAsLabelledObjects() throws Exception {
        JsonNode root = tree(codec.encode(ProjectFixtures.fullProject()));
        assertEquals(ProjectFormat.CURRENT_VERSION, root.get("formatVersion").asInt());
        assertEquals("Cytobench 0.1.0", root.get("writtenBy").asText());
        JsonNode firstCulture = root.get("culture").get("wells").get(0);
        assertEquals("A1", firstCulture.get("well").asText());
        assertEquals("none", firstCulture.get("stimulus").get("kind").asText());
        JsonNode assay = root.get("assays").get(0);
        assertEquals("450", assay.get("primaryRead").asText());
        JsonNode a1 = assay.get("readings").get("reads").get(0).get("wells").get(0);
        assertEquals("A1", a1.get("well").asText());
        assertEquals("OVRFLW", a1.get("marker").asText());
        assertFalse(a1.has("value"));
        assertEquals("C5", assay.get("masks").get(0).get("well").asText());
        assertEquals("bubble seen in the well", assay.get("masks").get(0).get("reason").asText());
        JsonNode src = root.get("sources").get(0);
        assertEquals("il6 plate1.txt", src.get("name").asText());
        assertEquals(ProjectFixtures.fullProject().sources().get(0).sha256(), src.get("sha256").asText());
    }

    @Test
    void ignoresFieldsItDoesNotKnow() throws Exception {
        ObjectNode root = tree(codec.encode(ProjectFixtures.fullProject()));
        root.put("futureTopLevelField", "x");
        ((ObjectNode) root.get("culture").get("wells").get(0)).put("viability", 0.93);
        Project back = codec.decode(bytes(root), "x.cytobench");
        assertEquals(ProjectFixtures.fullProject(), back);
    }

    @Test
    void rejectsATruncatedFileNamingIt() {
        byte[] full = codec.encode(ProjectFixtures.fullProject());
        // cut at a line end near the middle: a cut inside a multi-byte character (µ, α) would be garbled text instead
        int at = full.length / 2;
        while (full[at] != '\n') at++;
        byte[] cut = Arrays.copyOf(full, at);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> codec.decode(cut, "pilot.cytobench"));
        assertEquals("pilot.cytobench is damaged and cannot be opened: it ends in the middle of the data (the file was cut short).",
                e.getMessage());
    }

    @Test
    void rejectsGarbledBytesNamingTheFileAndLine() {
        byte[] full = codec.encode(ProjectFixtures.fullProject());
        String text = new String(full, StandardCharsets.UTF_8).replaceFirst("\"culture\" : \\{", "\"culture\" : {{}");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> codec.decode(text.getBytes(StandardCharsets.UTF_8), "pilot.cytobench"));
        assertTrue(e.getMessage().startsWith("pilot.cytobench is damaged and cannot be opened: its content is garbled near line "),
                e.getMessage());
        assertThrows(ProjectFileException.class, () -> codec.decode(new byte[] {0x50, 0x4B, 3, 4, 0, 0}, "zip.cytobench"));
    }

    @Test
    void rejectsAFileFromANewerVersionWithAPlainSentence() throws Exception {
        ObjectNode root = tree(codec.encode(ProjectFixtures.fullProject()));
        root.put("formatVersion", 7);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> codec.decode(bytes(root), "pilot.cytobench"));
        assertEquals("pilot.cytobench was written by a newer Cytobench (format 7); this version reads up to format " + ProjectFormat.CURRENT_VERSION + ".", e.getMessage());
    }

    @Test
    void rejectsAnEmbeddedFileWhoseChecksumDoesNotMatch() throws Exception {
        ObjectNode root = tree(codec.encode(ProjectFixtures.fullProject()));
        ObjectNode src = (ObjectNode) root.get("sources").get(1);
        byte[] tampered = ProjectFixtures.fullProject().sources().get(1).bytes();
        tampered[10] ^= 1;   // one bit flipped, same size
        src.put("base64", java.util.Base64.getEncoder().encodeToString(tampered));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> codec.decode(bytes(root), "pilot.cytobench"));
        assertEquals("pilot.cytobench is damaged and cannot be opened: the embedded file raw.bin does not match its SHA-256 checksum.",
                e.getMessage());
    }

    @Test
    void rejectsAnEmbeddedFileOfTheWrongSize() throws Exception {
        ObjectNode root = tree(codec.encode(ProjectFixtures.fullProject()));
        ((ObjectNode) root.get("sources").get(1)).put("size", 299);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> codec.decode(bytes(root), "p.cytobench"));
        assertEquals("p.cytobench is damaged and cannot be opened: the embedded file raw.bin has 300 bytes, not the 299 it was saved with.",
                e.getMessage());
    }

    @Test
    void rejectsContentThatIsNotAValidExperiment() throws Exception {
        ObjectNode root = tree(codec.encode(ProjectFixtures.fullProject()));
        ((ObjectNode) root.get("culture").get("wells").get(0)).put("well", "Q1");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> codec.decode(bytes(root), "p.cytobench"));
        assertEquals("p.cytobench is damaged and cannot be opened: well 'Q1': row Q is outside A–P.", e.getMessage());

        ObjectNode noCulture = tree(codec.encode(ProjectFixtures.fullProject()));
        noCulture.remove("culture");
        e = assertThrows(ProjectFileException.class, () -> codec.decode(bytes(noCulture), "p.cytobench"));
        assertEquals("p.cytobench is damaged and cannot be opened: the culture plate is missing.", e.getMessage());

        ObjectNode wrongType = tree(codec.encode(ProjectFixtures.fullProject()));
        wrongType.put("assays", "none");
        e = assertThrows(ProjectFileException.class, () -> codec.decode(bytes(wrongType), "p.cytobench"));
        assertEquals("p.cytobench is damaged and cannot be opened: the field assays should be a list.", e.getMessage());

        ObjectNode wrongRows = tree(codec.encode(ProjectFixtures.fullProject()));
        ((ObjectNode) wrongRows.get("assays").get(0).get("readings")).put("rows", "eight");
        e = assertThrows(ProjectFileException.class, () -> codec.decode(bytes(wrongRows), "p.cytobench"));
        assertEquals("p.cytobench is damaged and cannot be opened: the field assays[0].readings.rows should be a whole number.", e.getMessage());

        ObjectNode nullRows = tree(codec.encode(ProjectFixtures.fullProject()));
        ((ObjectNode) nullRows.get("culture")).putNull("rows");
        e = assertThrows(ProjectFileException.class, () -> codec.decode(bytes(nullRows), "p.cytobench"));
        assertEquals("p.cytobench is damaged and cannot be opened: the field culture.rows should be a whole number.", e.getMessage());
    }

    @Test
    void rejectsFilesThatAreNotExperiments() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> codec.decode("{\"plates\": []}".getBytes(StandardCharsets.UTF_8), "other.json"));
        assertEquals("other.json is not a Cytobench experiment file (it has no formatVersion).", e.getMessage());
        e = assertThrows(ProjectFileException.class, () -> codec.decode(new byte[0], "empty.cytobench"));
        assertEquals("empty.cytobench is empty and cannot be opened as a Cytobench experiment.", e.getMessage());
        e = assertThrows(ProjectFileException.class, () -> codec.decode("[1,2]".getBytes(StandardCharsets.UTF_8), "list.cytobench"));
        assertEquals("list.cytobench is not a Cytobench experiment file (it holds no experiment object).", e.getMessage());
    }

    @Test
    void migratesOldTreesOneStepAtATime() throws Exception {
        // A build whose current format is 3: a v1 file goes through 1→2 then 2→3, in that order.
        UnaryOperator<ObjectNode> oneToTwo = t -> { t.put("name", t.get("name").asText() + " [1→2]"); return t; };
        UnaryOperator<ObjectNode> twoToThree = t -> {
            t.put("name", t.get("name").asText() + " [2→3]");
            t.set("notes", t.remove("remarks"));   // a rename done on the tree, as a real migration would
            return t;
        };
        ProjectCodec future = new ProjectCodec(new ProjectMigrations(3, Map.of(1, oneToTwo, 2, twoToThree)));
        ObjectNode v1 = tree(codec.encode(ProjectFixtures.fullProject()));
        v1.put("formatVersion", 1);
        v1.set("remarks", v1.remove("notes"));
        Project p = future.decode(bytes(v1), "old.cytobench");
        assertEquals("Thymalfasin PBMC – donor pilot [1→2] [2→3]", p.experiment().name());
        assertEquals(ProjectFixtures.fullProject().experiment().notes(), p.experiment().notes());
        ObjectNode v4 = tree(codec.encode(ProjectFixtures.fullProject()));
        v4.put("formatVersion", 4);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> future.decode(bytes(v4), "new.cytobench"));
        assertEquals("new.cytobench was written by a newer Cytobench (format 4); this version reads up to format 3.", e.getMessage());
    }

    @Test
    void keepsMarkersAndKineticGapsApart() throws Exception {
        Project back = codec.decode(codec.encode(ProjectFixtures.fullProject()), "x.cytobench");
        var data = back.experiment().assays().get(0).readings();
        assertEquals("OVRFLW", data.read("450").orElseThrow().marker(WellPosition.parse("A1")));
        assertEquals(null, data.read("450").orElseThrow().value(WellPosition.parse("A1")));
        assertEquals(0.05 + 0.0317 * 1 + 1e-7, data.read("450").orElseThrow().value(WellPosition.parse("A2")));
        assertEquals(java.util.Arrays.asList(0.1, null, 0.35), data.kinetic().get(0).series().get(WellPosition.parse("A2")));
        assertEquals("MISSED", data.kinetic().get(0).markers().get(WellPosition.parse("A3")));
    }

    private static ObjectNode tree(byte[] b) throws Exception {
        return (ObjectNode) ProjectCodec.mapper().readTree(b);
    }

    private static byte[] bytes(JsonNode n) throws Exception {
        return ProjectCodec.mapper().writeValueAsBytes(n);
    }
}
