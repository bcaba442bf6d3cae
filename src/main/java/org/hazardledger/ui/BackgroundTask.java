package org.hazardledger.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Builds the Tasks the ViewModels hand to the {@link TaskExecutor}: work off the FX thread, results on it. */
public final class BackgroundTask {

    private BackgroundTask() {
    }

    public static <T> Task<T> of(Callable<T> work, Consumer<? super T> onSuccess,
                                 Consumer<? super Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        return task;
    }
}
