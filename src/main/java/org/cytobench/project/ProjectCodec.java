package org.cytobench.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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
 * has the size and SHA-256 it was saved with. Every refusal is one sentence naming the file. The parser's limits are
 * {@link ProjectLimits}: past one, the file is "damaged" (never an exception from inside Jackson), and
 * {@link #encodeForFile} refuses to produce such a file, so that whatever is saved reopens.
 */
public final class ProjectCodec {

    // The parser limits match what can be saved (ProjectLimits): Jackson's defaults (20 M characters per string) refused
    // files that embed an export of 15 MB or more, although the importer accepts 32 MB.
    private static final ObjectMapper MAPPER = JsonMapper.builder(ParserLimits.factory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)   // newer minor additions must not stop old readers
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)       // garbage after the document is damage
            .enable(SerializationFeature.INDENT_OUTPUT)                   // diffable, readable in any editor
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)   // "rows": null must not read as 0
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
     * The file's bytes, checked to reopen: a file past {@link ProjectLimits} (notes of more than 64 Mi characters, an
     * embedded file too large) is refused here, before anything is written.
     *
     * @param fileName used in messages only
     * @throws ProjectFileException naming the file and the limit
     */
    public byte[] encodeForFile(Project project, String fileName) throws ProjectFileException {
        byte[] bytes = encode(project);
        java.util.Optional<String> problem = ParserLimits.problemReopening(bytes, MAPPER.getFactory());
        if (problem.isPresent()) {
            throw new ProjectFileException(fileName + " was not saved: " + problem.get() + ".");
        }
        return bytes;
    }

    /**
     * Reads a project from a file's bytes.
     *
     * @param fileName used in messages only ("il6.cytobench")
     * @throws ProjectFileException with a one-sentence message naming the file
     */
    public Project decode(byte[] bytes, String fileName) throws ProjectFileException {
        if (bytes.length == 0) throw new DamagedFileException(fileName + " is empty and cannot be opened as a Cytobench experiment.", null);
        if (bytes.length > ProjectLimits.MAX_FILE_BYTES) throw tooLarge(fileName, bytes.length);
        ObjectNode tree = parse(bytes, fileName);
        int version = formatVersion(tree, fileName);
        if (version > migrations.currentVersion()) {
            throw new ProjectFileException(fileName + " was written by a newer Cytobench (format " + version
                    + "); this version reads up to format " + migrations.currentVersion() + ".");
        }
        if (version < 1) throw damaged(fileName, "its format version " + version + " does not exist", null);
        Project project;
        try {
            ObjectNode current = migrations.migrate(tree, version);
            LoadRules.checkTree(current);
            FileDto dto = MAPPER.treeToValue(current, FileDto.class);
            LoadRules.check(dto);
            project = ProjectMapper.fromDto(dto);
            verifySources(dto, project);
        } catch (StreamConstraintsException e) {
            throw damaged(fileName, ParserLimits.why(e), e);
        } catch (MismatchedInputException e) {
            throw damaged(fileName, wrongType(e), e);
        } catch (JsonProcessingException e) {
            throw damaged(fileName, "a field has the wrong type", e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw damaged(fileName, e.getMessage() == null ? "part of the content is missing" : e.getMessage(), e);
        }
        return project;
    }

    private static ObjectNode parse(byte[] bytes, String fileName) throws ProjectFileException {
        JsonNode node;
        // Our own parser, so that a refusal can say where it happened even when Jackson's exception carries no location.
        try (JsonParser p = MAPPER.createParser(bytes)) {
            try {
                node = MAPPER.readTree(p);
                if (node != null && p.nextToken() != null) throw damaged(fileName, "there is more data after its end", null);
            } catch (JsonEOFException e) {
                throw damaged(fileName, "it ends in the middle of the data (the file was cut short)", e);
            } catch (StreamConstraintsException e) {
                throw damaged(fileName, ParserLimits.why(e) + ParserLimits.near(where(e, p)), e);
            } catch (JsonProcessingException e) {
                JsonLocation at = where(e, p);
                throw damaged(fileName, at == null || at.getLineNr() < 1 ? "its content is garbled"
                        : "its content is garbled near line " + at.getLineNr() + ", column " + at.getColumnNr(), e);
            }
        } catch (ProjectFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // any other refusal of the parser is still about these bytes, not a bug of the caller
            throw damaged(fileName, "its content cannot be read as JSON", e);
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

    /**
     * "the field assays[0].readings.rows should be a whole number": the place as a path a person can find in the file,
     * and the expected kind in words, instead of Jackson's message with Java type names.
     */
    static String wrongType(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            else if (r.getIndex() >= 0) path.append('[').append(r.getIndex()).append(']');
        }
        String field = path.length() == 0 ? "a field" : "the field " + path;
        String kind = kind(e.getTargetType());
        return kind == null ? field + " has the wrong type" : field + " should be " + kind;
    }

    private static String kind(Class<?> t) {
        if (t == null) return null;
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) return "a whole number";
        if (t == double.class || t == Double.class) return "a number";
        if (t == boolean.class || t == Boolean.class) return "true or false";
        if (t == String.class) return "text";
        if (java.util.Collection.class.isAssignableFrom(t)) return "a list";
        if (t.isRecord()) return "an object";
        return null;
    }

    /** Where the parser stopped: the exception's location, else the parser's (Jackson leaves the former null at times). */
    private static JsonLocation where(JsonProcessingException e, JsonParser p) {
        return e.getLocation() != null ? e.getLocation() : p.currentLocation();
    }

    /** Refusal of a file larger than {@link ProjectLimits#MAX_FILE_BYTES}, before it is read into memory. */
    static ProjectFileException tooLarge(String fileName, long size) {
        return new ProjectFileException(fileName + " cannot be opened: it is " + ParserLimits.megabytes(size) + ", more than the "
                + ParserLimits.megabytes(ProjectLimits.MAX_FILE_BYTES) + " a Cytobench experiment file can hold.");
    }

    private static ProjectFileException damaged(String fileName, String why, Throwable cause) {
        return new DamagedFileException(fileName + " is damaged and cannot be opened: " + why + ".", cause);
    }

    static ObjectMapper mapper() { return MAPPER; }
}
