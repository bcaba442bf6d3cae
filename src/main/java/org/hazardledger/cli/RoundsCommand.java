package org.hazardledger.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.model.ComplianceSummary;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rounds}: a unit's round compliance for one month, one line per period, then the totals. */
@Command(name = "rounds", mixinStandardHelpOptions = true,
        description = "Inspection rounds of a unit in a month / 单位某月的检查执行情况")
final class RoundsCommand implements Callable<Integer> {

    @ParentCommand
    HazardLedgerCommand parent;

    @Mixin
    DataOption data;

    @Option(names = "--unit", required = true, paramLabel = "U", description = "Unit code, exact name or id")
    String unit;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month, e.g. 2026-06")
    YearMonth month;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", description = "zh (default) or en")
    String language;

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        Messages messages = Messages.forLanguage(language);
        try (OpenLedger ledger = ctx.open(data)) {
            OrgUnit u = UnitArgument.resolve(unit, ledger.organisation().units());
            List<ComplianceEntry> entries = ledger.rounds().compliance(u.id(), month.atDay(1), month.atEndOfMonth());
            print(ctx.out(), messages, u, entries);
        }
        return HazardLedgerCommand.OK;
    }

    private void print(PrintWriter out, Messages m, OrgUnit u, List<ComplianceEntry> entries) {
        out.println(m.get("cli.rounds.header", u.name(), u.code(), m.label(u.tier()), month.toString()));
        for (ComplianceEntry e : entries) {
            LocalDate from = e.period().from();
            LocalDate to = e.period().to();
            String when = from.equals(to) ? from.toString() : m.get("cli.rounds.span", from, to);
            out.println(String.format("%-24s %-8s %s", when, m.label(e.state()),
                    m.get("cli.rounds.held", e.roundsHeld())));
        }
        ComplianceSummary sum = ComplianceSummary.of(entries);
        out.println(m.get("cli.rounds.total", sum.done(), sum.missed(), sum.due()));
        out.flush();
    }
}
