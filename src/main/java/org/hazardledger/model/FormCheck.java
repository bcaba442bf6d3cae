package org.hazardledger.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What the ledger says about a printed form's verification code: the audit entry it was printed at
 * (empty when no entry matches: the paper is not from this ledger, or the code was mistyped), and how
 * much has changed since, in the record the entry belongs to and in the whole ledger.
 */
public record FormCheck(FormCode code, Optional<AuditStamp> printedAt, long recordChangesSince,
                        long ledgerChangesSince) {

    public FormCheck {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(printedAt, "printedAt");
    }

    public static FormCheck unknown(FormCode code) {
        return new FormCheck(code, Optional.empty(), 0, 0);
    }

    public boolean matched() {
        return printedAt.isPresent();
    }
}
