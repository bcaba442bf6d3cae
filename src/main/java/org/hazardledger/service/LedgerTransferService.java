package org.hazardledger.service;

import java.util.List;
import java.util.function.ObjLongConsumer;
import org.hazardledger.model.TableCheck;
import org.hazardledger.model.TransferReport;
import org.hazardledger.store.LedgerTransfer;
import org.hazardledger.store.Store;

/**
 * Moving a whole ledger to another database, the embedded file to a PostgreSQL server or back
 * (issue 10), verified table by table. Nothing is recorded in the audit trail: the copy must hold
 * exactly the source's records, and its trail is the source's, hash for hash.
 */
public final class LedgerTransferService {

    private final Store store;

    public LedgerTransferService(Store store) {
        this.store = store;
    }

    /**
     * Copies this ledger into {@code target}'s, which must hold none yet, in one transaction there,
     * and verifies every table's rows and checksum and every attachment's file; on any difference or
     * refusal (a {@link org.hazardledger.model.DomainException}) the target is left as it was.
     * {@code progress} hears each table's rows copied so far.
     */
    public TransferReport copyTo(LedgerTransferService target, ObjLongConsumer<String> progress) {
        return new LedgerTransfer(store, target.store).run(progress);
    }

    /** This ledger and {@code other} table by table: rows and checksum on each side; neither is changed. */
    public List<TableCheck> compareWith(LedgerTransferService other) {
        return LedgerTransfer.compare(store, other.store);
    }
}
