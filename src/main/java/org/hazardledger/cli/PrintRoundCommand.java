package org.hazardledger.cli;

import java.time.LocalDate;
import java.util.List;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.RoundRow;
import org.hazardledger.report.FormRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code print round}: the 巡查记录 of a unit's inspection round on one day. A unit may hold more
 * than one round a day; the latest recorded is printed unless {@code --index} picks another.
 */
@Command(name = "round", mixinStandardHelpOptions = true,
        description = "Record of an inspection round / 隐患排查巡查记录")
final class PrintRoundCommand extends PrintFormCommand {

    @Option(names = "--unit", required = true, paramLabel = "U", description = "Unit code, exact name or id")
    String unit;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The day the round was held")
    LocalDate date;

    @Option(names = "--index", defaultValue = "1", paramLabel = "N",
            description = "Which of that day's rounds: 1 = the latest recorded (default)")
    int index;

    @Override
    FormRequest request(OpenLedger ledger) {
        OrgUnit u = UnitArgument.resolve(unit, ledger.organisation().units());
        // newest first: the latest recorded round of the day is index 1
        List<RoundRow> rounds = ledger.rounds().rounds(u.id(), date, date);
        if (rounds.isEmpty()) {
            throw new DomainException("error.cli.roundNone", u.code() + " " + u.name(), date.toString());
        }
        if (index < 1 || index > rounds.size()) {
            throw new DomainException("error.cli.roundIndex", u.code() + " " + u.name(), date.toString(),
                    rounds.size());
        }
        return new FormRequest.RoundRecord(rounds.get(index - 1).id());
    }
}
