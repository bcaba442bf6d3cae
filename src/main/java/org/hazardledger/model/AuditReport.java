package org.hazardledger.model;

import java.util.Optional;

/**
 * The outcome of walking the audit trail: how many entries verified, in order from the first, and,
 * when the chain does not hold, the first entry where it breaks (nothing after it is proven).
 */
public record AuditReport(long entriesChecked, AuditBreak firstBreak) {

    public AuditReport {
        if (entriesChecked < 0) {
            throw new IllegalArgumentException("entriesChecked must not be negative");
        }
    }

    public static AuditReport intact(long entriesChecked) {
        return new AuditReport(entriesChecked, null);
    }

    public static AuditReport broken(long entriesChecked, AuditBreak firstBreak) {
        if (firstBreak == null) {
            throw new IllegalArgumentException("a broken report names its entry");
        }
        return new AuditReport(entriesChecked, firstBreak);
    }

    public boolean isIntact() {
        return firstBreak == null;
    }

    public Optional<AuditBreak> breakFound() {
        return Optional.ofNullable(firstBreak);
    }
}
