package org.hazardledger.cli;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hazardledger.model.ExchangeKeyEntry;
import org.hazardledger.model.Fingerprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code keys trust FINGERPRINT --confirm "…"}: trusts the other side's key once its fingerprint, as read
 * back by phone, has been typed in and matches.
 */
@Command(name = "trust", mixinStandardHelpOptions = true,
        description = "Trust the other side's key after confirming its fingerprint by phone / 核对指纹后信任对方密钥")
final class KeysTrustCommand implements Callable<Integer> {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    KeysCommand keys;

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "FINGERPRINT", description = "The key to trust (40 hex digits) / 密钥指纹")
    String fingerprint;

    @Option(names = "--confirm", required = true, paramLabel = "\"XXXX XXXX …\"",
            description = "The fingerprint as the other side read it out by phone / 对方电话中读出的指纹")
    String confirmed;

    @Override
    public Integer call() {
        CliContext ctx = keys.context();
        Fingerprint key = KeysCommand.fingerprint(fingerprint);
        Optional<ExchangeKeyEntry> before;
        ExchangeKeyEntry after;
        try (OpenLedger ledger = ctx.open(data)) {
            before = ledger.exchange().keyRows().key(key);
            after = ledger.exchange().keys().trust(key, confirmed);
        }
        if (before.isPresent() && before.get().isTrusted()) {
            ctx.out().println(Bilingual.line("keys.alreadyTrusted", after.fingerprint().grouped(), after.trustedBy(),
                    WHEN.format(after.trustedAt())));
        } else {
            ctx.out().println(Bilingual.line("keys.trusted", after.name(), after.role().labelKey(),
                    after.fingerprint().grouped()));
        }
        return HazardLedgerCommand.OK;
    }
}
