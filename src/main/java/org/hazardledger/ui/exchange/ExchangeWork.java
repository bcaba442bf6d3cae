package org.hazardledger.ui.exchange;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;
import org.hazardledger.ui.ProgressTask;
import org.hazardledger.ui.TaskExecutor;

/**
 * The page's long work (keys, bundles): one task at a time in the background, with progress, a
 * status line and 取消. Passphrases are wiped once the work that needed them has ended.
 */
final class ExchangeWork {

    private final Messages messages;
    private final TaskExecutor tasks;
    private final ExchangeWords words;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private ProgressTask<?> running;

    ExchangeWork(Messages messages, TaskExecutor tasks, ExchangeWords words) {
        this.messages = messages;
        this.tasks = tasks;
        this.words = words;
    }

    /**
     * Shows {@code what} as the status and runs {@code work} with progress and cancel; wipes
     * {@code passphrase} once it has ended, however it ended. A failure reaches {@code onFailure} in
     * the user's words; a cancellation only says so in the status.
     */
    <T> void run(String what, Function<Progress, T> work, char[] passphrase, Consumer<T> onSuccess,
            Consumer<String> onFailure) {
        status.set(what);
        ProgressTask<T> task = ProgressTask.of(p -> {
            try {
                return work.apply(p);
            } finally {
                wipe(passphrase);
            }
        }, value -> {
            finished();
            onSuccess.accept(value);
        }, failure -> {
            finished();
            if (failure instanceof CancellationException) {
                status.set(messages.get("exchange.cancelled"));
            } else {
                onFailure.accept(words.failure(failure));
            }
        }, () -> {
            finished();
            status.set(messages.get("exchange.cancelled"));
        });
        running = task;
        busy.set(true);
        progress.bind(task.progressProperty());
        tasks.execute(task);
    }

    private void finished() {
        busy.set(false);
        progress.unbind();
        progress.set(0);
        status.set("");
    }

    /** 取消: the running work stops at its next check and changes nothing. */
    void cancel() {
        if (running != null && busy.get()) {
            running.stop();
        }
    }

    boolean busy() {
        return busy.get();
    }

    static void wipe(char[] passphrase) {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
