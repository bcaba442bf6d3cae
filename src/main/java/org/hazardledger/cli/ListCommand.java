package org.hazardledger.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.LedgerPage;
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

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table or csv")
    Format format;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", description = "zh (default) or en")
    String language;

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        Messages messages = Messages.forLanguage(language);
        HazardQuery query = HazardQuery.ALL.withStatuses(statuses == null ? EnumSet.noneOf(HazardStatus.class)
                : statuses);
        try (OpenLedger ledger = ctx.opener().open(ctx.dataDir(data.dataDir));
             LedgerPrinter printer = format == Format.CSV
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
        return HazardLedgerCommand.OK;
    }
}
