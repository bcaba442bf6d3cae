package org.hazardledger.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hazardledger.exchange.BundleInspection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code inspect FILE}: verifies a bundle completely and shows its manifest; applies nothing. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Verify a bundle and show its manifest, without importing / 校验交换文件并显示清单")
final class InspectBundleCommand implements Callable<Integer> {

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
        BundleInspection inspection;
        try (OpenLedger ledger = ctx.open(data)) {
            inspection = passphrase.use("cli.passphrase.prompt",
                    secret -> ledger.exchange().bundles().inspect(file, secret));
        }
        ctx.out().println(Bilingual.line("cli.inspect.verified", inspection.signer().name(),
                inspection.signer().fingerprint().grouped()));
        ctx.out().println(inspection.manifestJson());
        return HazardLedgerCommand.OK;
    }
}
