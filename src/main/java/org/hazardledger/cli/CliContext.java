package org.hazardledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;

/** What every command needs from outside: how to open a ledger, the default folder, the streams. */
public record CliContext(LedgerOpener opener, WorkbenchStarter workbench, Supplier<Path> defaultDataDir,
                         PrintWriter out, PrintWriter err) {

    Path dataDir(Path option) {
        return option != null ? option : defaultDataDir.get();
    }
}
