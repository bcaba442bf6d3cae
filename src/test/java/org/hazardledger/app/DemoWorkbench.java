package org.hazardledger.app;

import java.nio.file.Path;
import java.time.Clock;

import javafx.stage.Stage;

import org.hazardledger.service.Actor;
import org.hazardledger.service.Progress;
import org.hazardledger.ui.FxTaskExecutor;

/**
 * The demo enterprise at the tests' fixed day and the workbench over it, for TestFX classes: the demo
 * is loaded once per class (it takes seconds), each test gets a fresh window at the login screen.
 */
final class DemoWorkbench implements AutoCloseable {

    final Clock clock = FxSteps.fixedClock();
    final Ledger ledger;
    private FxTaskExecutor tasks;

    private DemoWorkbench(Path dataDir) {
        ledger = Ledger.open(dataDir, clock, new Actor("tester"));
        ledger.setup().initialiseDemo(Progress.NONE);
    }

    static DemoWorkbench load(Path dataDir) {
        return new DemoWorkbench(dataDir);
    }

    /** A new window on {@code stage}: the previous test's executor stopped, nobody signed in. */
    void show(Stage stage) {
        if (tasks != null) {
            tasks.shutdown();
        }
        tasks = new FxTaskExecutor();
        ledger.session().signOut();
        FxSteps.showWorkbench(ledger, clock, tasks, stage);
    }

    @Override
    public void close() {
        if (tasks != null) {
            tasks.shutdown();
        }
        ledger.close();
    }
}
