package org.hazardledger.cli;

import java.util.concurrent.Callable;
import org.hazardledger.model.ExchangeKeyEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code keys init}: makes this installation's key pair, protected by the passphrase. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Make this installation's key pair / 生成本机密钥")
final class KeysInitCommand implements Callable<Integer> {

    @ParentCommand
    KeysCommand keys;

    @Mixin
    DataOption data;

    @Mixin
    PassphraseOption passphrase;

    @Override
    public Integer call() {
        CliContext ctx = keys.context();
        ExchangeKeyEntry made;
        try (OpenLedger ledger = ctx.open(data)) {
            made = passphrase.use("keys.passphrase.new", secret -> ledger.exchange().keys().init(secret));
        }
        ctx.out().println(Bilingual.line("keys.made", made.name()));
        ctx.out().println(Bilingual.line("keys.fingerprint", made.fingerprint().grouped()));
        ctx.out().println(Bilingual.line("keys.exportHint"));
        return HazardLedgerCommand.OK;
    }
}
