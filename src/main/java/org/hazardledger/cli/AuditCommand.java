package org.hazardledger.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code audit}: the hash-chained audit trail. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit trail / 审计链",
        subcommands = AuditVerifyCommand.class)
final class AuditCommand {

    @ParentCommand
    HazardLedgerCommand parent;
}
