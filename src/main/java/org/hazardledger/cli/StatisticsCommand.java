package org.hazardledger.cli;

import org.hazardledger.model.DomainException;
import org.hazardledger.report.FormRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code print statistics}: the quarterly or annual 隐患排查治理统计分析表. */
@Command(name = "statistics", mixinStandardHelpOptions = true,
        description = "Quarterly or annual hazard statistics / 季度、年度隐患排查治理统计分析表")
final class StatisticsCommand extends PrintFormCommand {

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "e.g. 2026")
    int year;

    @Option(names = "--quarter", paramLabel = "1-4", description = "Leave out for the whole year")
    Integer quarter;

    @Override
    FormRequest request(OpenLedger ledger) {
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new DomainException("cli.print.statistics.quarter", quarter.toString());
        }
        return new FormRequest.Statistics(year, quarter);
    }
}
