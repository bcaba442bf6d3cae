package org.hazardledger.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hazardledger.model.Enterprise;
import org.hazardledger.service.Progress;

/**
 * The demo enterprise, loaded once per test JVM (it takes tens of seconds) and shared by the tests
 * that only read it, such as the printed forms. Tests that change a ledger must make their own.
 */
public final class DemoLedger {

    private static LedgerFixture ledger;
    private static Enterprise enterprise;

    private DemoLedger() {
    }

    /** The shared demo ledger, signed in as the clerk. Do not change it and do not close it. */
    public static synchronized LedgerFixture shared() {
        if (ledger == null) {
            try {
                Path dir = Files.createTempDirectory("hazard-ledger-demo");
                ledger = new LedgerFixture(dir);
                enterprise = ledger.setup.initialiseDemo(Progress.NONE);
                Runtime.getRuntime().addShutdownHook(new Thread(ledger::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ledger.session.signIn(LedgerFixture.CLERK);
        return ledger;
    }

    /**
     * A private copy of the demo ledger in {@code target} (H2's online BACKUP of the shared one, and its
     * attachment files), for tests that change a demo ledger without loading one of their own.
     */
    public static synchronized Path copyTo(Path target) {
        return LedgerCopy.copy(shared().dataDir, target);
    }

    public static synchronized Enterprise enterprise() {
        shared();
        return enterprise;
    }
}
