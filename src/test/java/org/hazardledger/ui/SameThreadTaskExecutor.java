package org.hazardledger.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Runs each Task at once on the calling thread, which must be the FX thread (a Task may only be
 * set up there). A Task still hands its result over through {@code Platform.runLater}, so a test
 * calls {@link #awaitDelivered()} from its own thread to let every result, and every Task those
 * results started, arrive before it looks at the ViewModel.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {

    private static final Set<Worker.State> FINISHED =
            EnumSet.of(Worker.State.SUCCEEDED, Worker.State.FAILED, Worker.State.CANCELLED);
    private final List<Task<?>> executed = new CopyOnWriteArrayList<>();

    @Override
    public <T> void execute(Task<T> task) {
        executed.add(task);
        task.run();
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }

    public int executedCount() {
        return executed.size();
    }

    /** From the test thread: returns once every Task executed so far has finished on the FX thread. */
    public void awaitDelivered() throws Exception {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("call this from the test thread, not the FX thread");
        }
        for (int round = 0; round < 1_000; round++) {
            // Asked on the FX thread (a Task's state may only be read there), after what is queued.
            if (OnFx.call(() -> executed.stream().allMatch(t -> FINISHED.contains(t.getState())))) {
                return;
            }
        }
        throw new IllegalStateException("tasks did not deliver their results");
    }
}
