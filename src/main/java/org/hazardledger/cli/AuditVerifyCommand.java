package org.hazardledger.cli;

import java.util.concurrent.Callable;
import org.hazardledger.model.AuditBreak;
import org.hazardledger.model.AuditReport;
import org.hazardledger.model.DomainException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code audit verify}: walks the audit trail. Intact: says how many entries, exit 0. Broken: a
 * refusal naming the first bad entry and why, so scripts see exit 1 and people read the reason.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check that no audit entry was changed or removed / 验证审计链")
final class AuditVerifyCommand implements Callable<Integer> {

    @ParentCommand
    AuditCommand audit;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        CliContext ctx = audit.parent.context();
        AuditReport report;
        try (OpenLedger ledger = ctx.open(data)) {
            report = ledger.audit().verify();
        }
        AuditBreak broken = report.firstBreak();
        if (broken != null) {
            throw new DomainException(broken.messageKey(), broken.messageArgs());
        }
        ctx.out().println(Bilingual.line("audit.intact", report.entriesChecked()));
        return HazardLedgerCommand.OK;
    }
}
