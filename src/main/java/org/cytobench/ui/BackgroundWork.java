package org.cytobench.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * The app-wide executor (named daemon threads, so a stuck job never keeps the JVM alive) and the one long task the
 * status bar shows with a progress bar and a cancel button. Every task gets an onFailed handler.
 */
public final class BackgroundWork {

    private final ExecutorService executor;
    private final ErrorReporter errors;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Task<?> shown;

    public BackgroundWork(ErrorReporter errors) {
        this.errors = errors;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "cytobench-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newFixedThreadPool(2, threads);
    }

    public ExecutorService executor() { return executor; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /**
     * Runs a task shown in the status bar. {@code onDone} runs on the FX thread with the value; a failure goes to the error
     * reporter as {@code failureMessage} with the exception as details; a cancelled task ends quietly.
     */
    public <T> Task<T> run(Task<T> task, String failureMessage, Consumer<T> onDone) {
        return run(task, e -> failureMessage, onDone);
    }

    /** As {@link #run(Task, String, Consumer)}, with the message made from the failure (an importer's own sentence). */
    public <T> Task<T> run(Task<T> task, java.util.function.Function<Throwable, String> failureMessage, Consumer<T> onDone) {
        shown = task;
        running.set(true);
        progress.unbind();
        message.unbind();
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            // the result lands before the task counts as finished, so that "not running" means its effects are visible
            try {
                onDone.accept(task.getValue());
            } finally {
                finished(task);
            }
        });
        task.setOnFailed(e -> {
            finished(task);
            errors.report(failureMessage.apply(task.getException()), task.getException());
        });
        task.setOnCancelled(e -> finished(task));
        executor.execute(task);
        return task;
    }

    /** Cancels the task the status bar shows, if any. */
    public void cancel() {
        if (shown != null && shown.getState() != Worker.State.SUCCEEDED) shown.cancel(true);
    }

    private void finished(Task<?> task) {
        if (task != shown) return;
        progress.unbind();
        message.unbind();
        running.set(false);
        progress.set(0);
        message.set(task.getState() == Worker.State.CANCELLED ? "Cancelled." : "");
        shown = null;
    }
}
