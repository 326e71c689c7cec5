package org.cytobench.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import org.cytobench.io.SourceFile;
import org.cytobench.project.ProjectJson.FileDto;
import org.cytobench.project.ProjectJson.SourceDto;

/**
 * Turns a {@link Project} into the bytes of a {@code .cytobench} file and back. Reading checks, in this order: that the
 * bytes are complete JSON, that they carry a {@code formatVersion} this build can read (older versions are migrated
 * step by step, newer ones refused), that the content makes a valid experiment, and that every embedded export still
 * has the size and SHA-256 it was saved with. Every refusal is one sentence naming the file.
 */
public final class ProjectCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)   // newer minor additions must not stop old readers
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)       // garbage after the document is damage
            .enable(SerializationFeature.INDENT_OUTPUT)                   // diffable, readable in any editor
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private final ProjectMigrations migrations;

    public ProjectCodec() { this(ProjectMigrations.STANDARD); }

    ProjectCodec(ProjectMigrations migrations) { this.migrations = migrations; }

    /** The file's bytes: UTF-8 JSON, indented, ending with a newline. */
    public byte[] encode(Project project) {
        try {
            byte[] json = MAPPER.writeValueAsBytes(ProjectMapper.toDto(project));
            byte[] withNewline = java.util.Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the experiment as JSON", e); // records always serialize
        }
    }

    /**
     * Reads a project from a file's bytes.
     *
     * @param fileName used in messages only ("il6.cytobench")
     * @throws ProjectFileException with a one-sentence message naming the file
     */
    public Project decode(byte[] bytes, String fileName) throws ProjectFileException {
        if (bytes.length == 0) throw new ProjectFileException(fileName + " is empty and cannot be opened as a Cytobench experiment.");
        ObjectNode tree = parse(bytes, fileName);
        int version = formatVersion(tree, fileName);
        if (version > migrations.currentVersion()) {
            throw new ProjectFileException(fileName + " was written by a newer Cytobench (format " + version
                    + "); this version reads up to format " + migrations.currentVersion() + ".");
        }
        if (version < 1) throw damaged(fileName, "its format version " + version + " does not exist", null);
        Project project;
        try {
            FileDto dto = MAPPER.treeToValue(migrations.migrate(tree, version), FileDto.class);
            project = ProjectMapper.fromDto(dto);
            verifySources(dto, project);
        } catch (JsonProcessingException e) {
            throw damaged(fileName, "a field has the wrong type (" + e.getOriginalMessage() + ")", e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw damaged(fileName, e.getMessage() == null ? "part of the content is missing" : e.getMessage(), e);
        }
        return project;
    }

    private static ObjectNode parse(byte[] bytes, String fileName) throws ProjectFileException {
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (JsonEOFException e) {
            throw damaged(fileName, "it ends in the middle of the data (the file was cut short)", e);
        } catch (JsonProcessingException e) {
            throw damaged(fileName, "its content is garbled near line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw damaged(fileName, e.getMessage(), e);
        }
        if (!(node instanceof ObjectNode obj)) {
            throw new ProjectFileException(fileName + " is not a Cytobench experiment file (it holds no experiment object).");
        }
        return obj;
    }

    private static int formatVersion(ObjectNode tree, String fileName) throws ProjectFileException {
        JsonNode v = tree.get("formatVersion");
        if (v == null) throw new ProjectFileException(fileName + " is not a Cytobench experiment file (it has no formatVersion).");
        if (!v.canConvertToExactIntegral() || !v.canConvertToInt()) {
            throw damaged(fileName, "its formatVersion '" + v.asText() + "' is not a whole number", null);
        }
        return v.asInt();
    }

    /** The size and checksum written next to each embedded export must match the decoded bytes. */
    private static void verifySources(FileDto dto, Project project) {
        if (dto.sources() == null) return;
        for (SourceDto s : dto.sources()) {
            SourceFile f = project.source(s.name()).orElseThrow();
            if (s.size() != f.size()) {
                throw new IllegalArgumentException("the embedded file " + s.name() + " has " + f.size() + " bytes, not the "
                        + s.size() + " it was saved with");
            }
            if (s.sha256() == null || !s.sha256().equalsIgnoreCase(f.sha256())) {
                throw new IllegalArgumentException("the embedded file " + s.name() + " does not match its SHA-256 checksum");
            }
        }
    }

    private static ProjectFileException damaged(String fileName, String why, Throwable cause) {
        return new ProjectFileException(fileName + " is damaged and cannot be opened: " + why + ".", cause);
    }

    static ObjectMapper mapper() { return MAPPER; }
}
