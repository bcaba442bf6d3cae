package org.hazardledger.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.hazardledger.cli.CliContext;
import org.hazardledger.cli.HazardLedgerCommand;

/** Runs the command line in-process, as the launcher wires it, capturing what it prints. */
final class CliHarness {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final Path dir;

    CliHarness(Path dir) {
        this.dir = dir;
    }

    int run(String... args) {
        CliContext ctx = new CliContext(Launcher::openForCommand, (d, server, l) -> {
            throw new AssertionError("no window in this test");
        }, () -> dir.resolve("default"), new PrintWriter(out), new PrintWriter(err));
        return HazardLedgerCommand.run(ctx, args);
    }

    /** The ledger folder the tests pass with --data. */
    String data() {
        return dir.resolve("ledger").toString();
    }
}
