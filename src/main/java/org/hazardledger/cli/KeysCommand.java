package org.hazardledger.cli;

import org.hazardledger.model.DomainException;
import org.hazardledger.model.Fingerprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code keys}: this installation's key pair and the other side's public keys. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Exchange keys: make, export, import, trust, list, rotate / 交换密钥",
        subcommands = {KeysInitCommand.class, KeysExportCommand.class, KeysImportCommand.class,
                KeysTrustCommand.class, KeysListCommand.class, KeysRotateCommand.class})
final class KeysCommand {

    @ParentCommand
    HazardLedgerCommand parent;

    CliContext context() {
        return parent.context();
    }

    /** A fingerprint as typed on the command line (spaces allowed), or a refusal saying what one is. */
    static Fingerprint fingerprint(String typed) {
        try {
            return new Fingerprint(typed.replaceAll("[\\-:]", ""));
        } catch (IllegalArgumentException e) {
            throw new DomainException(e, "error.key.badFingerprint", typed);
        }
    }
}
