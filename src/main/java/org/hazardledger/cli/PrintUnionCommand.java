package org.hazardledger.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hazardledger.report.FormRequest;
import org.hazardledger.report.PrintedForm;
import org.hazardledger.report.ReportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code print union}: a union record as handed to the enterprise, the proposal (整改建议书) or the
 * stop-production / evacuation recommendation (停产整改建议书 / 撤离建议书), whichever it is.
 */
@Command(name = "union", mixinStandardHelpOptions = true,
        description = "Union proposal or stop-production / evacuation recommendation / 工会整改建议书、停产整改建议书")
final class PrintUnionCommand implements Callable<Integer> {

    @ParentCommand
    PrintCommand print;

    @Mixin
    DataOption data;

    @Option(names = "--record", required = true, paramLabel = "NUMBER", description = "e.g. GH-2026-0001")
    String record;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF")
    Path out;

    @Override
    public Integer call() {
        CliContext ctx = print.parent.context();
        try (OpenLedger ledger = ctx.opener().open(ctx.dataDir(data.dataDir))) {
            PrintedForm form = ledger.reports().print(new FormRequest.UnionForm(record.strip()));
            NoticeCommand.writeAtomically(out, stream -> ReportService.write(form, stream));
        }
        ctx.out().println(Bilingual.line("cli.written", out.toAbsolutePath().toString()));
        return HazardLedgerCommand.OK;
    }
}
