package org.cytobench.project;

/** The file's bytes are not a readable experiment (cut short, garbled, past a limit, breaking a rule of the format). */
final class DamagedFileException extends ProjectFileException {
    private static final long serialVersionUID = 1L;

    DamagedFileException(String message, Throwable cause) { super(message, cause); }
}
