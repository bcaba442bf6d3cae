package org.hazardledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;

/** What every command needs from outside: how to open a ledger, the default folder, the streams. */
public record CliContext(LedgerOpener opener, WorkbenchStarter workbench, Supplier<Path> defaultDataDir,
                         PrintWriter out, PrintWriter err) {

    /** A context writing to the process's console in UTF-8. */
    public static CliContext onConsole(LedgerOpener opener, WorkbenchStarter workbench,
                                       Supplier<Path> defaultDataDir) {
        return new CliContext(opener, workbench, defaultDataDir,
                new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Opens the ledger the command's {@code --data} and {@code --db} options name. */
    OpenLedger open(DataOption data) {
        return opener.open(dataDir(data.dataDir), data.server());
    }

    Path dataDir(Path option) {
        return option != null ? option : defaultDataDir.get();
    }
}
