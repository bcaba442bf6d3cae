package org.hazardledger.cli;

import picocli.CommandLine.Command;

/** {@code print}: the printed forms. */
@Command(name = "print", mixinStandardHelpOptions = true, description = "Print a form as PDF / 打印表单",
        subcommands = {HazardFormCommand.Notice.class, HazardFormCommand.Closure.class, HazardFormCommand.MajorReport.class,
                HazardFormCommand.MajorPlan.class, PrintUnionCommand.class, PrintRoundCommand.class,
                ArchiveCommand.class, StatisticsCommand.class, BriefingCommand.class})
final class PrintCommand {

    @picocli.CommandLine.ParentCommand
    HazardLedgerCommand parent;
}
