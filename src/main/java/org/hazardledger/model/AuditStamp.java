package org.hazardledger.model;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the audit chain as a printed form refers to it: where it sits, what it recorded and
 * its chain hash. A form stamped with an entry can later be matched to exactly that state.
 */
public record AuditStamp(long seq, OffsetDateTime occurredAt, String entityType, UUID entityId, String action,
                         String hash) {

    public AuditStamp {
        Objects.requireNonNull(hash, "hash");
    }
}
