package org.cytobench.project;

import java.io.IOException;

/**
 * An experiment file could not be opened or saved. The message is one plain sentence that names the file and says what
 * is wrong ("il6.cytobench is damaged and cannot be opened: it ends in the middle of the data"); the UI and the command
 * line show it as it is, without a stack trace.
 */
public class ProjectFileException extends IOException {

    public ProjectFileException(String message) {
        super(message);
    }

    public ProjectFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
