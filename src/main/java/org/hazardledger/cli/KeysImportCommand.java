package org.hazardledger.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.ExchangeKeyEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code keys import FILE}: keeps the other side's public key, untrusted until its fingerprint is confirmed. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read the other side's public key (kept untrusted until confirmed) / 导入对方公钥")
final class KeysImportCommand implements Callable<Integer> {

    /** The longest file read as a key: a public key is about 1 KB. */
    private static final long MAX_BYTES = 1 << 20;

    @ParentCommand
    KeysCommand keys;

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "FILE.asc", description = "The armored public key / 对方公钥文件")
    Path file;

    @Override
    public Integer call() {
        CliContext ctx = keys.context();
        String armored = read(file);
        ExchangeKeyEntry added;
        try (OpenLedger ledger = ctx.open(data)) {
            added = ledger.exchange().keys().importPublic(armored);
        }
        ctx.out().println(Bilingual.line("keys.imported", added.name(), added.role().labelKey()));
        ctx.out().println(Bilingual.line("keys.fingerprint", added.fingerprint().grouped()));
        ctx.out().println(Bilingual.line("keys.notTrustedYet"));
        ctx.out().println("  hazard-ledger keys trust " + added.fingerprint().hex() + " --confirm \""
                + Bilingual.line("keys.readBack") + "\"");
        return HazardLedgerCommand.OK;
    }

    private static String read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DomainException("error.key.malformed", file.toString());
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw new DomainException(e, "error.key.readFile", file.toString(), String.valueOf(e.getMessage()));
        }
    }
}
