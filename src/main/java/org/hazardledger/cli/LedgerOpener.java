package org.hazardledger.cli;

import java.nio.file.Path;

/** Opens the ledger in a data folder (the composition root provides it). */
@FunctionalInterface
public interface LedgerOpener {

    OpenLedger open(Path dataDir);
}
