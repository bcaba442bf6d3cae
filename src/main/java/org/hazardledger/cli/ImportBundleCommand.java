package org.hazardledger.cli;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.hazardledger.exchange.ImportResult;
import org.hazardledger.service.ApplyResult;
import org.hazardledger.service.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code import FILE}: verifies and applies a bundle in one transaction. A bundle already imported is
 * reported and skipped (exit 0); anything wrong rejects the whole bundle (exit 1), the ledger unchanged.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Verify and apply a bundle / 校验并导入交换文件")
final class ImportBundleCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    HazardLedgerCommand parent;

    @Mixin
    DataOption data;

    @Mixin
    PassphraseOption passphrase;

    @Parameters(index = "0", paramLabel = "FILE", description = "The bundle (.hlb) / 交换文件")
    Path file;

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        ImportResult result;
        try (OpenLedger ledger = ctx.open(data)) {
            result = passphrase.use("cli.passphrase.prompt",
                    secret -> ledger.exchange().bundles().importBundle(file, secret, Progress.NONE));
        }
        if (result.alreadyImported()) {
            ctx.out().println(Bilingual.line("cli.import.already", result.previously().bundleId(),
                    WHEN.format(result.previously().processedAt())));
            return HazardLedgerCommand.OK;
        }
        ApplyResult applied = result.applied();
        ctx.out().println(Bilingual.line("cli.import.applied", applied.entry().bundleId(), applied.inserted(),
                applied.updated(), applied.unchanged(), applied.conflicts()));
        if (applied.conflicts() > 0) {
            ctx.out().println(Bilingual.line("cli.import.conflicts", applied.conflicts()));
        }
        ctx.out().println(Bilingual.line("cli.import.acknowledge", result.entry().senderFingerprint().hex()));
        return HazardLedgerCommand.OK;
    }
}
