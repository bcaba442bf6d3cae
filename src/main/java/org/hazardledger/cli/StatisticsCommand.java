package org.hazardledger.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hazardledger.model.DomainException;
import org.hazardledger.report.FormRequest;
import org.hazardledger.report.ReportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code print statistics}: the quarterly or annual 隐患排查治理统计分析表. */
@Command(name = "statistics", mixinStandardHelpOptions = true,
        description = "Quarterly or annual hazard statistics / 季度、年度隐患排查治理统计分析表")
final class StatisticsCommand implements Callable<Integer> {

    @ParentCommand
    PrintCommand print;

    @Mixin
    DataOption data;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "e.g. 2026")
    int year;

    @Option(names = "--quarter", paramLabel = "1-4", description = "Leave out for the whole year")
    Integer quarter;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF")
    Path out;

    @Override
    public Integer call() {
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new DomainException("cli.print.statistics.quarter", quarter.toString());
        }
        CliContext ctx = print.parent.context();
        try (OpenLedger ledger = ctx.opener().open(ctx.dataDir(data.dataDir))) {
            NoticeCommand.writeAtomically(out, stream ->
                    ReportService.write(ledger.reports().print(new FormRequest.Statistics(year, quarter)), stream));
        }
        ctx.out().println(Bilingual.line("cli.written", out.toAbsolutePath().toString()));
        return HazardLedgerCommand.OK;
    }
}
