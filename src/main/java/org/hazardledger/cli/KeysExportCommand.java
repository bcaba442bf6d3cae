package org.hazardledger.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hazardledger.service.AtomicFile;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.ExchangeKeyEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code keys export [--out FILE]}: this installation's public key, armored, to hand to the other side. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write this installation's public key (to FILE, else to the screen) / 导出本机公钥")
final class KeysExportCommand implements Callable<Integer> {

    @ParentCommand
    KeysCommand keys;

    @Mixin
    DataOption data;

    @Option(names = "--out", paramLabel = "FILE.asc", description = "Where to write the public key / 输出文件")
    Path out;

    @Override
    public Integer call() {
        CliContext ctx = keys.context();
        String armored;
        ExchangeKeyEntry current;
        try (OpenLedger ledger = ctx.open(data)) {
            armored = ledger.exchange().keys().exportPublic();
            current = ledger.exchange().keys().current().orElseThrow();
        }
        if (out == null) {
            ctx.out().print(armored);
            ctx.out().flush();
            return HazardLedgerCommand.OK;
        }
        try {
            AtomicFile.write(out, armored.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new DomainException(e, "error.file.write", out.toAbsolutePath().toString(),
                    String.valueOf(e.getMessage()));
        }
        ctx.out().println(Bilingual.line("cli.written", out.toAbsolutePath().toString()));
        ctx.out().println(Bilingual.line("keys.fingerprint", current.fingerprint().grouped()));
        return HazardLedgerCommand.OK;
    }
}
