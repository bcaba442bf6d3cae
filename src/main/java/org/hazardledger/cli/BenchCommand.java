package org.hazardledger.cli;

import picocli.CommandLine.Command;

/** {@code bench}: timed runs of the heavy work on a throw-away ledger; one subcommand per benchmark. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks / 基准测试",
        subcommands = {BenchArchiveCommand.class, BenchBundleCommand.class, BenchExcelCommand.class,
                BenchFirstPageCommand.class, BenchImportCommand.class, BenchLedgerCommand.class,
                BenchStartCommand.class})
final class BenchCommand {

    @picocli.CommandLine.ParentCommand
    HazardLedgerCommand parent;
}
