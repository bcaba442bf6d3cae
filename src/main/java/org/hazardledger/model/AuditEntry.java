package org.hazardledger.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of a record's history: who did what when, with the change itself as JSON text. */
public record AuditEntry(long seq, OffsetDateTime occurredAt, String actor, String entityType, UUID entityId,
                         String action, String payloadJson) {
}
