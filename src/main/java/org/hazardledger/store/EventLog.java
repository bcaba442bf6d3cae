package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.LEDGER_EVENT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.store.jooq.tables.records.LedgerEventRecord;
import org.jooq.DSLContext;

/**
 * The append-only audit trail. Each entry carries the SHA-256 of the previous entry, so editing
 * or deleting an old entry breaks every hash after it.
 */
public final class EventLog {

    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private final DSLContext dsl;
    private final IdGenerator ids;
    private final Clock clock;

    EventLog(DSLContext dsl, IdGenerator ids, Clock clock) {
        this.dsl = dsl;
        this.ids = ids;
        this.clock = clock;
    }

    /** One recorded change: who did what to which record, with the change itself as JSON. */
    public record Event(long seq, UUID id, OffsetDateTime occurredAt, String actor, String entityType,
                        UUID entityId, String action, String payload) {
    }

    public Event append(String actor, String entityType, UUID entityId, String action, String payloadJson) {
        var last = dsl.select(LEDGER_EVENT.SEQ, LEDGER_EVENT.HASH).from(LEDGER_EVENT)
                .orderBy(LEDGER_EVENT.SEQ.desc()).limit(1).forUpdate().fetchOne();
        long seq = last == null ? 1 : last.value1() + 1;
        String prev = last == null ? GENESIS : last.value2();
        // Microsecond precision: what the database keeps, so the hash can be recomputed from it.
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        Event e = new Event(seq, ids.next(), at, actor, entityType, entityId, action, payloadJson);
        dsl.insertInto(LEDGER_EVENT)
                .set(LEDGER_EVENT.SEQ, seq)
                .set(LEDGER_EVENT.ID, e.id())
                .set(LEDGER_EVENT.OCCURRED_AT, at)
                .set(LEDGER_EVENT.ACTOR, actor)
                .set(LEDGER_EVENT.ENTITY_TYPE, entityType)
                .set(LEDGER_EVENT.ENTITY_ID, entityId)
                .set(LEDGER_EVENT.ACTION, action)
                .set(LEDGER_EVENT.PAYLOAD, payloadJson)
                .set(LEDGER_EVENT.PREV_HASH, prev)
                .set(LEDGER_EVENT.HASH, hash(prev, e))
                .execute();
        return e;
    }

    public List<Event> forEntity(UUID entityId) {
        return dsl.selectFrom(LEDGER_EVENT).where(LEDGER_EVENT.ENTITY_ID.eq(entityId)).orderBy(LEDGER_EVENT.SEQ)
                .fetch(EventLog::toEvent);
    }

    public int count() {
        return dsl.fetchCount(LEDGER_EVENT);
    }

    /** Walks the chain; returns the sequence number of the first entry that does not verify. */
    public Optional<Long> firstBroken() {
        String prev = GENESIS;
        for (LedgerEventRecord r : dsl.selectFrom(LEDGER_EVENT).orderBy(LEDGER_EVENT.SEQ).fetchLazy()) {
            if (!r.getPrevHash().equals(prev) || !r.getHash().equals(hash(prev, toEvent(r)))) {
                return Optional.of(r.getSeq());
            }
            prev = r.getHash();
        }
        return Optional.empty();
    }

    private static Event toEvent(LedgerEventRecord r) {
        return new Event(r.getSeq(), r.getId(), r.getOccurredAt(), r.getActor(), r.getEntityType(),
                r.getEntityId(), r.getAction(), r.getPayload());
    }

    static String hash(String prev, Event e) {
        String canonical = String.join("\n", prev, Long.toString(e.seq()), e.id().toString(),
                e.occurredAt().toInstant().toString(), e.actor(), e.entityType(), e.entityId().toString(),
                e.action(), e.payload());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }
}
