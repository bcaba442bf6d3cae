package org.hazardledger.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.concurrent.Task;
import org.hazardledger.service.Progress;

/**
 * A Task whose work reports through a {@link Progress} and stops at the next check once the Task is
 * cancelled. It is cancelled without interrupting its thread: an interrupt would close the
 * database's file channel under the running transaction.
 */
public final class ProgressTask<T> extends Task<T> {

    private final Function<Progress, T> work;

    private ProgressTask(Function<Progress, T> work) {
        this.work = work;
    }

    public static <T> ProgressTask<T> of(Function<Progress, T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure, Runnable onCancelled) {
        ProgressTask<T> task = new ProgressTask<>(work);
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        task.setOnCancelled(e -> onCancelled.run());
        return task;
    }

    /** Asks the work to stop at its next check. */
    public void stop() {
        cancel(false);
    }

    @Override
    protected T call() {
        return work.apply(new Progress() {
            @Override
            public void update(long done, long total) {
                updateProgress(done, total);
            }

            @Override
            public boolean isCancelled() {
                return ProgressTask.this.isCancelled();
            }
        });
    }
}
