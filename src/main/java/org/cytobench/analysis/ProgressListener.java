package org.cytobench.analysis;

/**
 * Progress of a long analysis, and the way to stop it. The UI binds this to a task's progress and cancel button; the
 * command line passes {@link #NONE}. Called on the analysing thread.
 */
public interface ProgressListener {

    /** Ignores progress and never cancels. */
    ProgressListener NONE = (done, total, message) -> { };

    /**
     * @param done    units of work finished (plates, then one per analyte)
     * @param total   units of work in all
     * @param message what is being done, e.g. "IL-6 plate 3"
     */
    void progress(int done, int total, String message);

    /** Polled between units of work; returning true stops the analysis with a {@link java.util.concurrent.CancellationException}. */
    default boolean isCancelled() { return false; }
}
