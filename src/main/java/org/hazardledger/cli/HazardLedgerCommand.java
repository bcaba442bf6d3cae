package org.hazardledger.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hazard-ledger}: with no command it opens the workbench; with one it runs headless. */
@Command(name = "hazard-ledger", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"查保促隐患治理台账 HazardLedger.", "Without a command, opens the workbench."},
        subcommands = {InitCommand.class, ListCommand.class, PrintCommand.class, AuditCommand.class,
                RoundsCommand.class, RemindCommand.class, VerifyFormCommand.class, BenchCommand.class,
                KeysCommand.class, ExportBundleCommand.class, ImportBundleCommand.class,
                InspectBundleCommand.class, StatsCommand.class, ExportSheetCommand.class,
                ImportSheetCommand.class, TransferCommand.class})
public final class HazardLedgerCommand implements Callable<Integer> {

    public static final int OK = 0;
    public static final int DOMAIN_ERROR = 1;

    private final CliContext context;

    @Mixin
    DataOption data;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "Interface language: zh (default) or en / 界面语言")
    String language;

    public HazardLedgerCommand(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    @Override
    public Integer call() {
        return context.workbench().start(context.dataDir(data.dataDir), data.server(), language);
    }

    /** Runs the command line and returns the exit code (0 ok, 1 refused, 2 usage). */
    public static int run(CliContext context, String... args) {
        CommandLine cl = new CommandLine(new HazardLedgerCommand(context));
        cl.setOut(context.out());
        cl.setErr(context.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(new ErrorReporter(context.err()));
        int code = cl.execute(args);
        context.out().flush();
        context.err().flush();
        return code;
    }
}
