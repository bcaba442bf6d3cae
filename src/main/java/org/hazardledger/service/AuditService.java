package org.hazardledger.service;

import java.util.List;
import java.util.UUID;
import org.hazardledger.model.AuditEntry;
import org.hazardledger.model.HistoryStep;
import org.hazardledger.model.AuditReport;
import org.hazardledger.store.EventLog;
import org.hazardledger.store.Store;

/** Checks the hash-chained audit trail and reads a record's history: each public method is one transaction. */
public final class AuditService {

    private final Store store;

    public AuditService(Store store) {
        this.store = store;
    }

    /** Walks the whole trail; names the first entry that does not verify. */
    public AuditReport verify() {
        return verify(Progress.NONE);
    }

    /** As {@link #verify()}, reporting entries checked of the total and stopping when cancelled. */
    public AuditReport verify(Progress progress) {
        return store.transact(s -> {
            EventLog events = s.events();
            long total = events.count();
            progress.update(0, total);
            return events.verify(checked -> {
                progress.checkCancelled();
                // Entries appended while the walk runs may take it past the count read at the start.
                progress.update(checked, Math.max(total, checked));
            });
        });
    }

    /** Every change recorded for one record (a hazard, a unit, a person), oldest first. */
    public List<AuditEntry> history(UUID entityId) {
        return store.transact(s -> s.events().forEntity(entityId).stream()
                .map(e -> new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.entityType(), e.entityId(),
                        e.action(), e.payload()))
                .toList());
    }

    /** The history of one record with each event's fields read out, oldest first: a timeline. */
    public List<HistoryStep> timeline(UUID entityId) {
        return history(entityId).stream()
                .map(e -> new HistoryStep(e.seq(), e.occurredAt(), e.actor(), e.action(),
                        EventPayload.read(e.payloadJson())))
                .toList();
    }
}
