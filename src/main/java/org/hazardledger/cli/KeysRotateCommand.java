package org.hazardledger.cli;

import java.util.concurrent.Callable;
import org.hazardledger.model.ExchangeKeyEntry;
import org.hazardledger.model.Fingerprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code keys rotate}: replaces this installation's key by a new one. The old secret key stays, so old
 * bundles still read; the other side must confirm the new fingerprint before sending to it.
 */
@Command(name = "rotate", mixinStandardHelpOptions = true,
        description = "Replace this installation's key by a new one (the old one still reads old bundles) / 更换本机密钥")
final class KeysRotateCommand implements Callable<Integer> {

    @ParentCommand
    KeysCommand keys;

    @Mixin
    DataOption data;

    @Mixin
    PassphraseOption passphrase;

    @Override
    public Integer call() {
        CliContext ctx = keys.context();
        Fingerprint old;
        ExchangeKeyEntry made;
        try (OpenLedger ledger = ctx.open(data)) {
            old = ledger.exchange().keys().current().map(ExchangeKeyEntry::fingerprint).orElse(null);
            made = passphrase.use("keys.passphrase.current", secret -> ledger.exchange().keys().rotate(secret));
        }
        ctx.out().println(Bilingual.line("keys.rotated", old == null ? "" : old.grouped()));
        ctx.out().println(Bilingual.line("keys.fingerprint", made.fingerprint().grouped()));
        ctx.out().println(Bilingual.line("keys.rotateHint"));
        ctx.out().println(Bilingual.line("keys.exportHint"));
        return HazardLedgerCommand.OK;
    }
}
