package org.cytobench.project;

import org.cytobench.io.PlateImporters;

/**
 * The sizes a {@code .cytobench} file may reach (docs/file-format.md, "Limits"). They are set so that everything the
 * importer accepts can be saved and reopened: the largest accepted export ({@link PlateImporters#MAX_FILE_BYTES},
 * 32 MiB) is embedded as about 44.7 million base64 characters, below {@link #MAX_STRING_CHARS}. A file past any limit
 * is refused on open with the file's "damaged" sentence, and a save that would write such a file is refused before
 * anything is written, so a saved file always reopens.
 */
public final class ProjectLimits {
    private ProjectLimits() {}

    /** Largest file opened or saved: several of the largest exports embedded, with room to spare. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    /** Longest text value (an embedded export's base64, the notes): 64 Mi characters. */
    public static final int MAX_STRING_CHARS = 64 * 1024 * 1024;

    /** Longest field name; the format's own are under 30 characters. Jackson's default. */
    public static final int MAX_NAME_CHARS = 50_000;

    /** Most digits in one number; a double needs at most 25 characters. Jackson's default. */
    public static final int MAX_NUMBER_CHARS = 1_000;

    /** Deepest nesting of objects and lists; the format nests 9 levels. */
    public static final int MAX_NESTING = 100;

    /**
     * Most JSON tokens (names, values, brackets) in a file: about four per well value, so some 5 million plate values or
     * kinetic points, far beyond a real experiment, while keeping the memory an open needs bounded (under about 1 GB).
     */
    public static final long MAX_TOKENS = 20_000_000;

    /** The length of {@code bytes} bytes in base64 (with padding), as an embedded export is written. */
    static long base64Chars(long bytes) { return 4 * ((bytes + 2) / 3); }
}
