package org.hazardledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Tier;
import org.hazardledger.report.FormRequest;
import org.hazardledger.report.PrintedForm;
import org.hazardledger.report.ReportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code print archive}: the 分级隐患档案 of one tier in a unit for a period, as PDF/A-2b. */
@Command(name = "archive", mixinStandardHelpOptions = true,
        description = "Tiered hazard archive of a unit for a period / 分级隐患档案")
final class ArchiveCommand implements Callable<Integer> {

    @ParentCommand
    PrintCommand print;

    @Mixin
    DataOption data;

    @Option(names = "--tier", required = true, paramLabel = "T", converter = TierConverter.class,
            description = "POST, TEAM, WORKSHOP or PLANT (or 岗位, 班组, 车间, 厂)")
    Tier tier;

    @Option(names = "--unit", required = true, paramLabel = "U", description = "Unit code, exact name or id")
    String unit;

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
            OrgUnit u = UnitArgument.resolve(unit, ledger.organisation().units());
            PrintedForm form = ledger.reports().print(new FormRequest.Archive(tier, u.id(), from, to));
            NoticeCommand.writeAtomically(out, stream -> ReportService.write(form, stream));
        }
        ctx.out().println(Bilingual.line("cli.written", out.toAbsolutePath().toString()));
        return HazardLedgerCommand.OK;
    }
}
