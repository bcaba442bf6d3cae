package org.hazardledger.cli;

import java.time.LocalDate;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Tier;
import org.hazardledger.report.FormRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code print archive}: the 分级隐患档案 of one tier in a unit for a period, as PDF/A-2b. */
@Command(name = "archive", mixinStandardHelpOptions = true,
        description = "Tiered hazard archive of a unit for a period / 分级隐患档案")
final class ArchiveCommand extends PrintFormCommand {

    @Option(names = "--tier", required = true, paramLabel = "T", converter = TierConverter.class,
            description = "POST, TEAM, WORKSHOP or PLANT (or 岗位, 班组, 车间, 厂)")
    Tier tier;

    @Option(names = "--unit", required = true, paramLabel = "U", description = "Unit code, exact name or id")
    String unit;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day of the period")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day of the period")
    LocalDate to;

    @Override
    FormRequest request(OpenLedger ledger) {
        OrgUnit u = UnitArgument.resolve(unit, ledger.organisation().units());
        return new FormRequest.Archive(tier, u.id(), from, to);
    }
}
