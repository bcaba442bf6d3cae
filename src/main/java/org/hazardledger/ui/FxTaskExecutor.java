package org.hazardledger.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/** Background work on two daemon threads, so the window never waits on SQL or files. */
public final class FxTaskExecutor implements TaskExecutor {

    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "hazard-ledger-task-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void execute(Task<T> task) {
        pool.execute(task);
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}
