package org.hazardledger.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hazardledger.model.HazardNumber;
import org.hazardledger.report.FormKind;
import org.hazardledger.report.FormRequest;
import org.hazardledger.report.PrintedForm;
import org.hazardledger.report.ReportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code print closure|major-report|major-plan --hazard N --out F.pdf}: a form about one hazard. */
abstract class HazardFormCommand implements Callable<Integer> {

    @ParentCommand
    PrintCommand print;

    @Mixin
    DataOption data;

    @Option(names = "--hazard", required = true, paramLabel = "NUMBER", description = "e.g. YH-2026-03-0042")
    String hazard;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF")
    Path out;

    /** The form this command prints. */
    abstract FormKind kind();

    @Override
    public Integer call() {
        CliContext ctx = print.parent.context();
        String number = HazardNumber.parse(hazard).toString();
        try (OpenLedger ledger = ctx.opener().open(ctx.dataDir(data.dataDir))) {
            // printed before the file is opened: an unknown hazard leaves no file behind
            PrintedForm form = ledger.reports().print(new FormRequest.HazardForm(kind(), number));
            NoticeCommand.writeAtomically(out, stream -> ReportService.write(form, stream));
        }
        ctx.out().println(Bilingual.line("cli.written", out.toAbsolutePath().toString()));
        return HazardLedgerCommand.OK;
    }

    @Command(name = "closure", mixinStandardHelpOptions = true, description = "Closure form of a hazard / 隐患治理销号单")
    static final class Closure extends HazardFormCommand {
        @Override
        FormKind kind() {
            return FormKind.CLOSURE;
        }
    }

    @Command(name = "major-report", mixinStandardHelpOptions = true,
            description = "Report of a major hazard / 重大隐患报告表")
    static final class MajorReport extends HazardFormCommand {
        @Override
        FormKind kind() {
            return FormKind.MAJOR_REPORT;
        }
    }

    @Command(name = "major-plan", mixinStandardHelpOptions = true,
            description = "Treatment plan of a major hazard / 重大隐患治理方案")
    static final class MajorPlan extends HazardFormCommand {
        @Override
        FormKind kind() {
            return FormKind.MAJOR_PLAN;
        }
    }
}
