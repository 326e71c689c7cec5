package org.cytobench.io;

/**
 * A file could not be imported. The message is one sentence a scientist can act on, and always names the file and,
 * where it applies, the line (or sheet and cell): {@code "plate.txt, line 14: expected 12 values after row label C, found 9"}.
 */
public class ImportException extends Exception {

    private final String file;
    private final String location;
    private final String problem;

    public ImportException(String file, String location, String problem) {
        super(file + (location == null || location.isEmpty() ? "" : ", " + location) + ": " + problem);
        this.file = file;
        this.location = location;
        this.problem = problem;
    }

    public ImportException(String file, String location, String problem, Throwable cause) {
        this(file, location, problem);
        initCause(cause);
    }

    public String file() { return file; }

    /** "line 14", "sheet 'Plate 1', cell B7", or null. */
    public String location() { return location; }

    public String problem() { return problem; }
}
