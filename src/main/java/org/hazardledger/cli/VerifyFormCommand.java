package org.hazardledger.cli;

import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.hazardledger.model.AuditStamp;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FormCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code verify-form CODE}: matches the verification code printed on a paper form to the ledger
 * state it was printed at, and says whether the record has changed since. Unknown code: exit 1.
 */
@Command(name = "verify-form", mixinStandardHelpOptions = true,
        description = "Match a printed form's verification code to the ledger / 核验纸质表单")
final class VerifyFormCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    HazardLedgerCommand parent;

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "CODE", description = "As printed, e.g. YH-2026-03-0042/20261129/7F3A-9C2E-41B0")
    String code;

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        FormCheck check;
        try (OpenLedger ledger = ctx.open(data)) {
            check = ledger.reports().verify(code);
        }
        if (!check.matched()) {
            throw new DomainException("error.formCode.unknown", check.code().format());
        }
        AuditStamp at = check.printedAt().orElseThrow();
        if (at.seq() == 0) {
            // printed from a ledger that had no entry yet
            ctx.out().println(Bilingual.line("formCheck.matchedEmpty", check.code().subject(), check.code().printedOn()));
        } else {
            ctx.out().println(Bilingual.line("formCheck.matched", check.code().subject(), check.code().printedOn(),
                    at.seq(), WHEN.format(at.occurredAt()), at.action()));
        }
        if (check.code().aboutRecord()) {
            ctx.out().println(check.recordChangesSince() == 0 ? Bilingual.line("formCheck.recordCurrent")
                    : Bilingual.line("formCheck.recordChanged", check.recordChangesSince()));
        } else {
            ctx.out().println(Bilingual.line("formCheck.ledgerChanged", check.ledgerChangesSince()));
        }
        return HazardLedgerCommand.OK;
    }
}
