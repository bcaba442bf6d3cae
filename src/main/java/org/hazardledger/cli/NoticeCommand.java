package org.hazardledger.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.HazardNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code print notice}: the 隐患整改通知单 of one hazard. */
@Command(name = "notice", mixinStandardHelpOptions = true,
        description = "Rectification notice of a hazard / 隐患整改通知单")
final class NoticeCommand implements Callable<Integer> {

    @ParentCommand
    PrintCommand print;

    @Mixin
    DataOption data;

    @Option(names = "--hazard", required = true, paramLabel = "NUMBER", description = "e.g. YH-2026-03-0042")
    String hazard;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF")
    Path out;

    @Override
    public Integer call() {
        CliContext ctx = print.parent.context();
        String number = HazardNumber.parse(hazard).toString();
        try (OpenLedger ledger = ctx.opener().open(ctx.dataDir(data.dataDir))) {
            writeAtomically(out, stream -> ledger.reports().writeNotice(number, stream));
        }
        ctx.out().println(Bilingual.line("cli.written", out.toAbsolutePath().toString()));
        return HazardLedgerCommand.OK;
    }

    /** Writes beside the target and moves into place, so a failure never leaves half a PDF. */
    static void writeAtomically(Path target, java.util.function.Consumer<OutputStream> writer) {
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".notice", ".tmp");
            try {
                try (OutputStream stream = Files.newOutputStream(tmp)) {
                    writer.accept(stream);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new DomainException(e, "error.file.write", target.toAbsolutePath().toString(),
                    String.valueOf(e.getMessage()));
        }
    }
}
