package org.hazardledger.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hazardledger.exchange.ExchangeDesk;
import org.hazardledger.exchange.ExportResult;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.service.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export --to FINGERPRINT --out DIR [--full | --ack]}: writes an encrypted, signed bundle for the
 * other side. An enterprise sends its records (changes since the last acknowledged bundle unless
 * {@code --full}); a federation sends its feedback to one enterprise; {@code --ack} sends a receipt
 * for the bundles applied from that side.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write an encrypted bundle for the federation or an enterprise / 导出加密交换文件")
final class ExportBundleCommand implements Callable<Integer> {

    @ParentCommand
    HazardLedgerCommand parent;

    @Mixin
    DataOption data;

    @Mixin
    PassphraseOption passphrase;

    @Option(names = "--to", required = true, paramLabel = "FINGERPRINT",
            description = "The recipient's key fingerprint (spaces allowed) / 收件方密钥指纹")
    String to;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write to / 输出目录")
    Path out;

    @Option(names = "--full", description = "All records, not only the changes since the last acknowledged bundle / 全量导出")
    boolean full;

    @Option(names = "--ack", description = "Write an acknowledgement of the bundles applied from that side / 导出回执")
    boolean ack;

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        Fingerprint recipient = KeysCommand.fingerprint(to);
        createFolder();
        ExportResult result;
        try (OpenLedger ledger = ctx.open(data)) {
            result = passphrase.use("cli.passphrase.prompt", secret -> write(ledger.exchange(), recipient, secret));
        }
        ctx.out().println(Bilingual.line("cli.export.written", result.file(), result.bytes(),
                result.entry().changes().from(), result.entry().changes().to()));
        result.counts().forEach((type, count) -> ctx.out().println("  " + type + ": " + count));
        return HazardLedgerCommand.OK;
    }

    /** A receipt with --ack; else a federation sends feedback and an enterprise its records. */
    private ExportResult write(ExchangeDesk desk, Fingerprint recipient, char[] secret) {
        if (ack) {
            return desk.bundles().acknowledge(recipient, out, secret, Progress.NONE);
        }
        if (desk.records().installation().role() == InstallationRole.FEDERATION) {
            return desk.bundles().exportFeedback(recipient, out, secret, Progress.NONE);
        }
        return desk.bundles().exportRecords(recipient, out, full, secret, Progress.NONE);
    }

    /** A folder named on the command line is made if missing (the workbench picks an existing one). */
    private void createFolder() {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new DomainException(e, "error.bundle.folder", out.toString());
        }
    }
}
