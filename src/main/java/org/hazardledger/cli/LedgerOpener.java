package org.hazardledger.cli;

import java.nio.file.Path;
import org.hazardledger.model.DatabaseServer;

/** Opens the ledger (the composition root provides it). */
@FunctionalInterface
public interface LedgerOpener {

    /** The ledger on {@code server}, or in {@code dataDir} when {@code server} is null. */
    OpenLedger open(Path dataDir, DatabaseServer server);

    /** The embedded ledger in a data folder. */
    default OpenLedger open(Path dataDir) {
        return open(dataDir, null);
    }
}
