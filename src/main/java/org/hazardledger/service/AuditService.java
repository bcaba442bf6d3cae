package org.hazardledger.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.AuditEntry;
import org.hazardledger.model.AuditStamp;
import org.hazardledger.model.FormCheck;
import org.hazardledger.model.FormCode;
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

    /**
     * The audit state a form about one record is printed at: the record's newest entry, or the
     * ledger's newest when {@code entityId} is null (a ledger-wide form) or the record has none, or
     * the chain's starting point when the ledger has no entry yet (a fresh ledger's empty statistics).
     */
    public AuditStamp stamp(UUID entityId) {
        return store.transact(s -> {
            EventLog events = s.events();
            Optional<AuditStamp> stamp = entityId == null ? Optional.empty() : events.lastStamp(entityId);
            return stamp.or(events::headStamp).orElseGet(EventLog::genesisStamp);
        });
    }

    /** Finds the audit entry a printed form's code was made from, and what changed since. */
    public FormCheck check(FormCode code) {
        return store.transact(s -> {
            EventLog events = s.events();
            return events.findStamp(code::matches)
                    .or(() -> Optional.of(EventLog.genesisStamp()).filter(g -> code.matches(g.hash())))
                    .map(at -> new FormCheck(code, Optional.of(at), events.countAfter(at.seq(), at.entityId()),
                            events.countAfter(at.seq(), null)))
                    .orElseGet(() -> FormCheck.unknown(code));
        });
    }
}
