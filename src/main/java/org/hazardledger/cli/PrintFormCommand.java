package org.hazardledger.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.hazardledger.model.DomainException;
import org.hazardledger.report.FormRequest;
import org.hazardledger.report.PrintedForm;
import org.hazardledger.report.ReportService;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code print FORM ... --out F.pdf}: what every print subcommand does. The form is produced before
 * the file is opened and written beside it, then moved into place: a refusal or a failure never
 * leaves a file, or half of one, under the chosen name.
 */
abstract class PrintFormCommand implements Callable<Integer> {

    @ParentCommand
    PrintCommand print;

    @Mixin
    DataOption data;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF")
    Path out;

    /** What to print, read from the options; may look records up in the open ledger. */
    abstract FormRequest request(OpenLedger ledger);

    @Override
    public Integer call() {
        CliContext ctx = print.parent.context();
        try (OpenLedger ledger = ctx.open(data)) {
            PrintedForm form = ledger.reports().print(request(ledger));
            writeAtomically(out, stream -> ReportService.write(form, stream));
        }
        ctx.out().println(Bilingual.line("cli.written", out.toAbsolutePath().toString()));
        return HazardLedgerCommand.OK;
    }

    /** Writes beside the target and moves into place, so a failure never leaves half a PDF. */
    static void writeAtomically(Path target, Consumer<OutputStream> writer) {
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".form", ".tmp");
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
