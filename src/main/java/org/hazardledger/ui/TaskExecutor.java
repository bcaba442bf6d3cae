package org.hazardledger.ui;

import javafx.concurrent.Task;

/**
 * Runs background work (SQL, files, PDF) off the FX thread. Tests use one that runs on the
 * calling thread.
 */
public interface TaskExecutor {

    <T> void execute(Task<T> task);

    /** Stops accepting work and ends the worker threads. */
    void shutdown();
}
