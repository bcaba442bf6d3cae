package org.hazardledger.cli;

import java.time.LocalDate;
import org.hazardledger.report.FormRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code print briefing}: the 职代会隐患通报 of a period, both days included. */
@Command(name = "briefing", mixinStandardHelpOptions = true,
        description = "Hazard briefing for the workers' congress / 职代会隐患通报")
final class BriefingCommand extends PrintFormCommand {

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day of the period")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day of the period")
    LocalDate to;

    @Override
    FormRequest request(OpenLedger ledger) {
        return new FormRequest.Briefing(from, to);
    }
}
