package org.hazardledger.ui.setup;

import javafx.concurrent.Task;
import org.hazardledger.model.Enterprise;
import org.hazardledger.service.Progress;
import org.hazardledger.service.SetupService;

/**
 * Loads the demo enterprise as a Task: the service's {@link Progress} drives the progress bar and
 * reads the Task's cancel flag. Cancelling marks the Task at once, but the service is still rolling
 * back; {@code onWorkerDone} says when the worker has really let go of the ledger.
 */
final class DemoSetupTask extends Task<Enterprise> {

    private final SetupService setup;
    private final Runnable onWorkerDone;
    private volatile boolean completed;

    DemoSetupTask(SetupService setup, Runnable onWorkerDone) {
        this.setup = setup;
        this.onWorkerDone = onWorkerDone;
    }

    @Override
    protected Enterprise call() {
        try {
            Enterprise e = setup.initialiseDemo(new Progress() {
                @Override
                public void update(long done, long total) {
                    updateProgress(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return DemoSetupTask.this.isCancelled();
                }
            });
            completed = true;
            return e;
        } finally {
            onWorkerDone.run();
        }
    }

    /** True when the demo was committed, even if the cancel arrived too late to stop it. */
    boolean completed() {
        return completed;
    }
}
