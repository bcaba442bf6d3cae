package org.hazardledger.ui.sheetexport;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.concurrent.Task;
import org.hazardledger.service.Progress;

/**
 * Work with progress whose 取消 is only a request: the work sees it at its next check and ends by
 * throwing {@link CancellationException}, which reaches {@code onStopped}; work that had already
 * finished reports its result instead. Unlike cancelling the Task itself, the window never says
 * "cancelled, nothing written" while a transaction may still commit. The thread is never interrupted
 * (an interrupt would close the database's file channel under the running transaction).
 */
public final class StoppableTask<T> extends Task<T> {

    private final Function<Progress, T> work;
    private final AtomicBoolean stop = new AtomicBoolean();

    private StoppableTask(Function<Progress, T> work) {
        this.work = work;
    }

    public static <T> StoppableTask<T> of(Function<Progress, T> work, Consumer<? super T> onSuccess,
                                          Consumer<? super Throwable> onFailure, Runnable onStopped) {
        StoppableTask<T> task = new StoppableTask<>(work);
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            if (task.getException() instanceof CancellationException) {
                onStopped.run();
            } else {
                onFailure.accept(task.getException());
            }
        });
        return task;
    }

    /** Asks the work to stop at its next check. */
    public void stop() {
        stop.set(true);
    }

    public boolean stopRequested() {
        return stop.get();
    }

    @Override
    protected T call() {
        T value = work.apply(new Progress() {
            @Override
            public void update(long done, long total) {
                updateProgress(done, total);
            }

            @Override
            public boolean isCancelled() {
                return stop.get();
            }
        });
        return value;
    }
}
