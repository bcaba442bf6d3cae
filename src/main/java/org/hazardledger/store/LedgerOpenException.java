package org.hazardledger.store;

import java.nio.file.Path;
import org.hazardledger.model.DomainException;

/** The ledger file could not be opened or migrated for a reason other than a lock. */
public class LedgerOpenException extends DomainException {

    public LedgerOpenException(Path dataDir, Throwable cause) {
        super(cause, "error.ledger.open", dataDir.toAbsolutePath().toString(), rootMessage(cause));
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
