package org.hazardledger.store;

import java.time.Clock;
import java.util.function.Function;

/** The entry to the ledger's data: each unit of work runs in one transaction. */
public final class Store {

    private final LedgerDatabase database;
    private final IdGenerator ids;
    private final Clock clock;
    private final AttachmentFiles attachmentFiles;

    public Store(LedgerDatabase database, IdGenerator ids, Clock clock) {
        this.database = database;
        this.ids = ids;
        this.clock = clock;
        this.attachmentFiles = new AttachmentFiles(database.dataDir());
    }

    /**
     * The data folder's attachment files. Large files are streamed in here before (outside) the
     * transaction that records them, so no transaction stays open while a file is copied.
     */
    public AttachmentFiles attachmentFiles() {
        return attachmentFiles;
    }

    /** The database under this store: for moving a whole ledger to another ({@link LedgerTransfer}). */
    LedgerDatabase database() {
        return database;
    }

    /** Runs {@code work} in one transaction; commits when it returns, rolls back when it throws. */
    public <T> T transact(Function<StoreSession, T> work) {
        return database.dsl().transactionResult(cfg -> {
            StoreSession session = new StoreSession(cfg.dsl(), ids, clock, attachmentFiles);
            T result = work.apply(session);
            session.beforeCommit();
            return result;
        });
    }
}
