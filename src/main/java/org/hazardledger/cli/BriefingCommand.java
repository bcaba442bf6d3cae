package org.hazardledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.hazardledger.report.FormRequest;
import org.hazardledger.report.ReportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code print briefing}: the 职代会隐患通报 of a period, both days included. */
@Command(name = "briefing", mixinStandardHelpOptions = true,
        description = "Hazard briefing for the workers' congress / 职代会隐患通报")
final class BriefingCommand implements Callable<Integer> {

    @ParentCommand
    PrintCommand print;

    @Mixin
    DataOption data;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day of the period")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day of the period")
    LocalDate to;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF")
    Path out;

    @Override
    public Integer call() {
        CliContext ctx = print.parent.context();
        try (OpenLedger ledger = ctx.opener().open(ctx.dataDir(data.dataDir))) {
            NoticeCommand.writeAtomically(out, stream ->
                    ReportService.write(ledger.reports().print(new FormRequest.Briefing(from, to)), stream));
        }
        ctx.out().println(Bilingual.line("cli.written", out.toAbsolutePath().toString()));
        return HazardLedgerCommand.OK;
    }
}
