package org.hazardledger.cli;

import java.nio.file.Path;
import org.hazardledger.model.DatabaseServer;

/** Starts the window when no command is given (the composition root provides it). */
@FunctionalInterface
public interface WorkbenchStarter {

    /**
     * Blocks until the window closes; returns the exit code. {@code server} is the PostgreSQL
     * server named by {@code --db}, or null for the ledger in {@code dataDir}.
     */
    int start(Path dataDir, DatabaseServer server, String language);
}
