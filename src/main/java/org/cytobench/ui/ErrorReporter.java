package org.cytobench.ui;

/**
 * Where view-models send errors a user must see. The window shows a short dialog (see {@link ErrorDialog}); tests
 * collect them.
 */
@FunctionalInterface
public interface ErrorReporter {
    /**
     * @param message one plain sentence naming the file and the problem
     * @param cause   details for the expandable part of the dialog, or null
     */
    void report(String message, Throwable cause);
}
