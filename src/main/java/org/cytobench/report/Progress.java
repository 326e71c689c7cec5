package org.cytobench.report;

import java.util.concurrent.CancellationException;

/**
 * How long work reports where it is and learns that it should stop. The command line passes {@link #NONE}; the UI wraps the
 * same call in a {@code Task} whose {@code updateProgress} and {@code isCancelled} back this interface.
 */
public interface Progress {

    /** Ignores progress and never cancels. */
    Progress NONE = new Progress() {
        @Override
        public void step(String what, int done, int total) { }

        @Override
        public boolean isCancelled() { return false; }
    };

    /** {@code done} of {@code total} steps are finished; {@code what} is the step now starting, in plain words. */
    void step(String what, int done, int total);

    boolean isCancelled();

    /** Stops the work with a {@link CancellationException} when cancellation was asked for. */
    default void checkCancelled() {
        if (isCancelled()) throw new CancellationException("cancelled");
    }
}
