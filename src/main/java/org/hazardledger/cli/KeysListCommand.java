package org.hazardledger.cli;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.hazardledger.model.ExchangeKeyEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code keys list}: every key this ledger knows, own first, with its trust and whether it is retired. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the keys / 列出密钥")
final class KeysListCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final String SEPARATOR = " | ";

    @ParentCommand
    KeysCommand keys;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        CliContext ctx = keys.context();
        List<ExchangeKeyEntry> entries;
        try (OpenLedger ledger = ctx.open(data)) {
            entries = ledger.exchange().keys().list();
        }
        if (entries.isEmpty()) {
            ctx.out().println(Bilingual.line("keys.list.empty"));
            return HazardLedgerCommand.OK;
        }
        ctx.out().println(Bilingual.line("keys.list.header"));
        for (ExchangeKeyEntry e : entries) {
            ctx.out().println(String.join(SEPARATOR,
                    Bilingual.line(e.own() ? "keys.list.own" : "keys.list.other"),
                    e.name(),
                    Bilingual.line(e.role().labelKey()),
                    e.fingerprint().grouped(),
                    DAY.format(e.keyCreatedAt()),
                    trust(e),
                    e.isRetired() ? Bilingual.line("keys.list.retired", DAY.format(e.retiredAt()))
                            : Bilingual.line("keys.list.inUse")));
        }
        return HazardLedgerCommand.OK;
    }

    private static String trust(ExchangeKeyEntry e) {
        if (e.own()) {
            return Bilingual.line("keys.list.ownMade", e.addedBy(), KeysTrustCommand.WHEN.format(e.addedAt()));
        }
        return e.isTrusted()
                ? Bilingual.line("keys.list.trustedBy", e.trustedBy(), KeysTrustCommand.WHEN.format(e.trustedAt()))
                : Bilingual.line("keys.list.untrusted");
    }
}
