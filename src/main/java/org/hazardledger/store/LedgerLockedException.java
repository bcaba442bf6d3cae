package org.hazardledger.store;

import java.nio.file.Path;
import org.hazardledger.model.DomainException;

/** Another program (or another window) holds the ledger file. */
public class LedgerLockedException extends DomainException {

    public LedgerLockedException(Path dataDir, Throwable cause) {
        super(cause, "error.ledger.locked", dataDir.toAbsolutePath().toString());
    }
}
