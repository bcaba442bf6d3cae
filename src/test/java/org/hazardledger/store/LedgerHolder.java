package org.hazardledger.store;

import java.nio.file.Path;

/** Run in a second JVM by {@link LedgerStoreTest}: opens a ledger and holds it until killed. */
public final class LedgerHolder {

    static final String READY = "holding";

    private LedgerHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        LedgerDatabase db = LedgerDatabase.open(Path.of(args[0]));
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(120_000);
        db.close();
    }
}
