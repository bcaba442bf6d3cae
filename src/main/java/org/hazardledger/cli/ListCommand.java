package org.hazardledger.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.LedgerPage;
import org.hazardledger.model.Tier;
import org.hazardledger.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code list}: prints the ledger, newest first, as a table or CSV. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List hazards / 列出隐患台账")
final class ListCommand implements Callable<Integer> {

    /** How the rows are printed. */
    enum Format { TABLE, CSV }

    private static final int PAGE = 500;

    @ParentCommand
    HazardLedgerCommand parent;

    @Mixin
    DataOption data;

    @Option(names = "--status", split = ",", paramLabel = "S",
            description = "Only these statuses: ${COMPLETION-CANDIDATES}")
    Set<HazardStatus> statuses;

    @Option(names = "--tier", paramLabel = "T", converter = TierConverter.class,
            description = "Only hazards rectified at this tier: POST, TEAM, WORKSHOP, PLANT (岗位, 班组, 车间, 厂)")
    Tier tier;

    @Option(names = "--unit", paramLabel = "U",
            description = "Only hazards in this unit and the units below it: its code, name or id / 单位编码、名称")
    String unit;

    @Option(names = "--overdue", description = "Only overdue hazards (open, past the deadline) / 只列逾期隐患")
    boolean overdue;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table or csv")
    Format format;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", description = "zh (default) or en")
    String language;

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        Messages messages = Messages.forLanguage(language);
        HazardQuery base = HazardQuery.ALL.withStatuses(statuses == null ? EnumSet.noneOf(HazardStatus.class)
                : statuses).withRectifyingTier(tier).withOverdueOnly(overdue);
        try (OpenLedger ledger = ctx.open(data)) {
            // Resolved before anything is printed, so an unknown unit leaves no half table behind.
            HazardQuery query = unit == null ? base
                    : base.withUnit(UnitArgument.resolve(unit, ledger.organisation().units()).id());
            print(ctx, messages, ledger, query);
        }
        return HazardLedgerCommand.OK;
    }

    private void print(CliContext ctx, Messages messages, OpenLedger ledger, HazardQuery query) {
        try (LedgerPrinter printer = format == Format.CSV
                     ? new CsvLedgerPrinter(ctx.out(), messages)
                     : new TableLedgerPrinter(ctx.out(), messages)) {
            LedgerPage page = ledger.hazards().page(query, null, PAGE);
            while (true) {
                page.rows().forEach(printer::print);
                if (page.nextCursor().isEmpty()) {
                    break;
                }
                page = ledger.hazards().page(query, page.next(), PAGE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
