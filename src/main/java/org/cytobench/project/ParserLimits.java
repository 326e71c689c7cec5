package org.cytobench.project;

import static org.cytobench.project.ProjectLimits.MAX_FILE_BYTES;
import static org.cytobench.project.ProjectLimits.MAX_NAME_CHARS;
import static org.cytobench.project.ProjectLimits.MAX_NESTING;
import static org.cytobench.project.ProjectLimits.MAX_NUMBER_CHARS;
import static org.cytobench.project.ProjectLimits.MAX_STRING_CHARS;
import static org.cytobench.project.ProjectLimits.MAX_TOKENS;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@link ProjectLimits} as Jackson parser constraints, their refusals in plain words, and the check that a file about
 * to be saved stays inside them (so that what is saved always reopens).
 */
final class ParserLimits {
    private ParserLimits() {}

    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxDocumentLength(MAX_FILE_BYTES)
            .maxStringLength(MAX_STRING_CHARS)
            .maxNameLength(MAX_NAME_CHARS)
            .maxNumberLength(MAX_NUMBER_CHARS)
            .maxNestingDepth(MAX_NESTING)
            .maxTokenCount(MAX_TOKENS)
            .build();

    static JsonFactory factory() {
        return JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    }

    /**
     * What a refusal means, in words that can end a "damaged" sentence ("a number has more than 1,000 digits, the most a
     * Cytobench file can hold"). Jackson says which limit was hit only in its message, so the message is matched; an
     * unknown wording still gives a plain, if less specific, sentence.
     */
    static String why(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
        String what;
        if (m.contains("string value length")) what = "a text value is longer than " + count(MAX_STRING_CHARS) + " characters";
        else if (m.contains("name length") || m.contains("name value length")) what = "a field name is longer than " + count(MAX_NAME_CHARS) + " characters";
        else if (m.contains("number value length") || m.contains("number length")) what = "a number has more than " + count(MAX_NUMBER_CHARS) + " digits";
        else if (m.contains("nesting depth")) what = "its data is nested more than " + MAX_NESTING + " levels deep";
        else if (m.contains("document length")) what = "it is larger than " + megabytes(MAX_FILE_BYTES);
        else if (m.contains("token count")) what = "it holds more than " + count(MAX_TOKENS) + " values";
        else return "part of its content is larger than a Cytobench file can hold";
        return what + ", the most a Cytobench file can hold";
    }

    /** " (line 12)" where Jackson knows the place, else "". */
    static String near(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ")";
    }

    /**
     * Reads {@code json} the way opening will, without building anything, and says what would make opening refuse it;
     * empty when it would open. Text values are built one at a time, so the check needs little memory.
     */
    static Optional<String> problemReopening(byte[] json, JsonFactory factory) {
        if (json.length > MAX_FILE_BYTES) {
            return Optional.of("the experiment would make a file of " + megabytes(json.length) + ", more than the "
                    + megabytes(MAX_FILE_BYTES) + " a Cytobench file can hold");
        }
        String field = null;
        try (JsonParser p = factory.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME) field = p.currentName();
                else if (t == JsonToken.VALUE_STRING) p.getText();   // Jackson checks a string's length when it builds it
            }
            return Optional.empty();
        } catch (StreamConstraintsException e) {
            return Optional.of((field == null ? "" : "in the field '" + field + "', ") + why(e));
        } catch (IOException e) {
            throw new IllegalStateException("the experiment was written as JSON that cannot be read back", e); // a bug
        }
    }

    static String count(long n) { return String.format(Locale.ROOT, "%,d", n); }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", (bytes + 1024 * 1024 - 1) / (1024 * 1024));
    }
}
