package org.hazardledger.model;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The first audit entry that does not verify, as stored (its fields may be the tampered ones), and
 * why. {@code expectedSeq} is the number the chain expected at this point: for a gap, the first
 * missing one; for a changed entry, {@code seq} itself.
 */
public record AuditBreak(long seq, long expectedSeq, OffsetDateTime occurredAt, String entityType,
                         UUID entityId, String action, Reason reason) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    /** Why the chain breaks at this entry; each reason has its own sentence in the bundles. */
    public enum Reason {
        /** The entry's own hash does not match its content: it was edited after it was written. */
        CHANGED("audit.broken.changed"),
        /** Its previous-hash does not match the entry before it: that one was removed, replaced or rehashed. */
        PREVIOUS_CHANGED("audit.broken.previousChanged"),
        /** The sequence numbers jump: the entries in between were deleted. */
        ENTRY_MISSING("audit.broken.entryMissing"),
        /** Numbered below the chain's start: the ledger never wrote it (it was inserted or renumbered). */
        OUT_OF_SEQUENCE("audit.broken.outOfSequence");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public AuditBreak {
        if (reason == null || occurredAt == null) {
            throw new IllegalArgumentException("reason and time required");
        }
    }

    /** The bundle key of the sentence that says which entry and why. */
    public String messageKey() {
        return reason.messageKey();
    }

    /**
     * The sentence's arguments: {0} sequence number, {1} time, {2} entity type, {3} entity id,
     * {4} action, {5} the missing numbers ("2" or "2–4"; gaps only). Numbers are identifiers here,
     * so they are passed as text and never shown with digit grouping.
     */
    public Object[] messageArgs() {
        String missing = expectedSeq >= seq - 1 ? Long.toString(expectedSeq) : expectedSeq + "–" + (seq - 1);
        return new Object[] {Long.toString(seq), SHOWN.format(occurredAt.truncatedTo(ChronoUnit.SECONDS)),
                entityType, String.valueOf(entityId), action, missing};
    }
}
