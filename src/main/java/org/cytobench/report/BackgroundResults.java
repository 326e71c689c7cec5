package org.cytobench.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for work the outputs do on other threads, so that its failure surfaces as if it had run on this one. */
final class BackgroundResults {
    private BackgroundResults() {}

    /** The result; an I/O error or runtime exception of the task is rethrown as itself, not wrapped. */
    static <T> T await(Future<T> f, String what) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while " + what);
        } catch (ExecutionException ex) {
            throw unwrap(ex);
        }
    }

    /** As {@link #await(Future, String)}, giving up after {@code timeout} with a {@link TimeoutException}. */
    static <T> T await(Future<T> f, long timeout, TimeUnit unit, String what) throws IOException, TimeoutException {
        try {
            return f.get(timeout, unit);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while " + what);
        } catch (ExecutionException ex) {
            throw unwrap(ex);
        }
    }

    private static IOException unwrap(ExecutionException ex) {
        Throwable c = ex.getCause();
        if (c instanceof IOException io) return io;
        if (c instanceof RuntimeException re) throw re;
        if (c instanceof Error err) throw err;
        return new IOException(c);
    }

    /**
     * Waits until {@code t} has ended, even when this thread is interrupted meanwhile (a cancel button interrupts the
     * thread that asked for the stop): returning earlier would leave {@code t} writing into a folder the caller believes
     * finished. The interrupt status is set again before returning.
     */
    static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException ex) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
