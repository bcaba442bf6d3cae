package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.LEDGER_EVENT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import org.hazardledger.model.AuditStamp;
import org.hazardledger.model.AuditBreak;
import org.hazardledger.model.AuditReport;
import org.hazardledger.store.jooq.tables.records.LedgerEventRecord;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The append-only audit trail. Each entry carries the SHA-256 of the previous entry, so editing
 * or deleting an old entry breaks every hash after it.
 */
public final class EventLog {

    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);
    /** Entries read per query while verifying: bounds memory whatever the ledger's size. */
    static final int VERIFY_BATCH = 1_000;
    /** The advisory lock key of the chain on PostgreSQL ("HLAUDIT" in ASCII): any number the ledger uses for nothing else. */
    private static final long CHAIN_LOCK = 0x484C_4155_4449_54L;

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
        if (actor == null || actor.isBlank()) {
            // Every entry names who acted: an anonymous change is exactly what the trail exists to prevent.
            throw new IllegalArgumentException("an audit event needs the user who acted");
        }
        var last = chainHead();
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

    /**
     * The last entry, read once this transaction holds the chain's lock until it ends, so that
     * writers append one after the other: a second desk waits here and then sees the first one's
     * entry, and the chain stays one. A lock on the last entry itself would not do: once the holder
     * commits, both engines hand the waiter that same, now old, last entry, and two entries would
     * claim the next number. So PostgreSQL takes a transaction-scoped advisory lock, and H2 locks the
     * chain's first entry, which every writer locks and none changes; the head is then read by a
     * statement of its own, which sees what the previous holder committed.
     */
    private org.jooq.Record2<Long, String> chainHead() {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            dsl.select(DSL.field("pg_advisory_xact_lock({0})", Object.class, DSL.val(CHAIN_LOCK))).fetch();
        } else {
            dsl.select(LEDGER_EVENT.SEQ).from(LEDGER_EVENT).where(LEDGER_EVENT.SEQ.eq(1L)).forUpdate().fetch();
        }
        return dsl.select(LEDGER_EVENT.SEQ, LEDGER_EVENT.HASH).from(LEDGER_EVENT)
                .orderBy(LEDGER_EVENT.SEQ.desc()).limit(1).fetchOne();
    }

    /** An entry still to be written by {@link #appendAll}. */
    public record Pending(String actor, String entityType, UUID entityId, String action, String payloadJson) {
    }

    /**
     * Appends many entries at once, chained exactly as {@link #append} chains them one by one (the
     * head is read once, the rows inserted in one batch): for an import of thousands of records.
     */
    public List<Event> appendAll(List<Pending> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        var last = chainHead();
        long seq = last == null ? 0 : last.value1();
        String prev = last == null ? GENESIS : last.value2();
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<Event> out = new ArrayList<>(entries.size());
        List<LedgerEventRecord> records = new ArrayList<>(entries.size());
        MessageDigest sha = sha256();
        for (Pending p : entries) {
            if (p.actor() == null || p.actor().isBlank()) {
                throw new IllegalArgumentException("an audit event needs the user who acted");
            }
            Event e = new Event(++seq, ids.next(), at, p.actor(), p.entityType(), p.entityId(), p.action(),
                    p.payloadJson());
            String hash = hash(sha, prev, e);
            LedgerEventRecord r = dsl.newRecord(LEDGER_EVENT);
            r.setSeq(e.seq());
            r.setId(e.id());
            r.setOccurredAt(at);
            r.setActor(e.actor());
            r.setEntityType(e.entityType());
            r.setEntityId(e.entityId());
            r.setAction(e.action());
            r.setPayload(e.payload());
            r.setPrevHash(prev);
            r.setHash(hash);
            records.add(r);
            out.add(e);
            prev = hash;
        }
        BulkInsert.insert(dsl, LEDGER_EVENT, records);
        return out;
    }

    /** The history of one record, oldest first. */
    public List<Event> forEntity(UUID entityId) {
        return dsl.selectFrom(LEDGER_EVENT).where(LEDGER_EVENT.ENTITY_ID.eq(entityId)).orderBy(LEDGER_EVENT.SEQ)
                .fetch(EventLog::toEvent);
    }

    /** Every entry of one action on one type of record, in the chain's order (ix_ledger_event_action). */
    public List<Event> withAction(String entityType, String action) {
        return dsl.selectFrom(LEDGER_EVENT)
                .where(LEDGER_EVENT.ENTITY_TYPE.eq(entityType).and(LEDGER_EVENT.ACTION.eq(action)))
                .orderBy(LEDGER_EVENT.SEQ)
                .fetch(EventLog::toEvent);
    }

    public int count() {
        return dsl.fetchCount(LEDGER_EVENT);
    }

    /** Where a ledger with no entry yet stands: the chain's starting point, before entry 1. */
    public static AuditStamp genesisStamp() {
        return new AuditStamp(0, null, null, null, null, GENESIS);
    }

    /** The newest entry of one record, the state a form about it is printed at. */
    public Optional<AuditStamp> lastStamp(UUID entityId) {
        return dsl.selectFrom(LEDGER_EVENT).where(LEDGER_EVENT.ENTITY_ID.eq(entityId))
                .orderBy(LEDGER_EVENT.SEQ.desc()).limit(1).fetchOptional(EventLog::toStamp);
    }

    /** The newest entry of the whole chain: the state a ledger-wide form (an archive) is printed at. */
    public Optional<AuditStamp> headStamp() {
        return dsl.selectFrom(LEDGER_EVENT).orderBy(LEDGER_EVENT.SEQ.desc()).limit(1)
                .fetchOptional(EventLog::toStamp);
    }

    /**
     * The newest entry, in keyset batches from the newest backwards, for which {@code test} holds:
     * forms are usually checked soon after printing, so the search usually ends in the first batch.
     */
    public Optional<AuditStamp> findStamp(Predicate<String> hashTest) {
        Long before = null;
        while (true) {
            int read = 0;
            try (Cursor<LedgerEventRecord> batch = dsl.selectFrom(LEDGER_EVENT)
                    .where(before == null ? DSL.noCondition() : LEDGER_EVENT.SEQ.lt(before))
                    .orderBy(LEDGER_EVENT.SEQ.desc()).limit(VERIFY_BATCH).fetchLazy()) {
                for (LedgerEventRecord r : batch) {
                    read++;
                    if (hashTest.test(r.getHash())) {
                        return Optional.of(toStamp(r));
                    }
                    before = r.getSeq();
                }
            }
            if (read < VERIFY_BATCH) {
                return Optional.empty();
            }
        }
    }

    /** Entries after {@code seq}: of one record, or of the whole ledger when {@code entityId} is null. */
    public long countAfter(long seq, UUID entityId) {
        return dsl.fetchCount(LEDGER_EVENT, LEDGER_EVENT.SEQ.gt(seq)
                .and(entityId == null ? DSL.noCondition() : LEDGER_EVENT.ENTITY_ID.eq(entityId)));
    }

    private static AuditStamp toStamp(LedgerEventRecord r) {
        return new AuditStamp(r.getSeq(), r.getOccurredAt(), r.getEntityType(), r.getEntityId(), r.getAction(),
                r.getHash());
    }

    /** {@link #verify(LongConsumer)} without anyone watching. */
    public AuditReport verify() {
        return verify(checked -> { });
    }

    /**
     * Walks the whole chain in sequence order and stops at the first entry that does not verify.
     * {@code checkedSoFar} hears the running count after each batch (and may throw to stop).
     */
    public AuditReport verify(LongConsumer checkedSoFar) {
        return verify(checkedSoFar, VERIFY_BATCH);
    }

    /**
     * Reads the chain in keyset batches rather than as one result: without lazy execution H2
     * computes a whole result before handing over the first row (rows beyond MAX_MEMORY_ROWS go to
     * a temporary file), so one query over a million entries is not lazy even through a cursor.
     */
    AuditReport verify(LongConsumer checkedSoFar, int batchSize) {
        String prev = GENESIS;
        long expected = 1;
        Long last = null; // the first batch has no lower bound, so a forged entry numbered below 1 is seen
        while (true) {
            int read = 0;
            try (Cursor<LedgerEventRecord> batch = dsl.selectFrom(LEDGER_EVENT)
                    .where(last == null ? DSL.noCondition() : LEDGER_EVENT.SEQ.gt(last))
                    .orderBy(LEDGER_EVENT.SEQ).limit(batchSize).fetchLazy()) {
                for (LedgerEventRecord r : batch) {
                    read++;
                    AuditBreak.Reason reason = check(r, expected, prev);
                    if (reason != null) {
                        return AuditReport.broken(expected - 1, new AuditBreak(r.getSeq(), expected,
                                r.getOccurredAt(), r.getEntityType(), r.getEntityId(), r.getAction(), reason));
                    }
                    prev = r.getHash();
                    last = r.getSeq();
                    expected++;
                }
            }
            if (read > 0) {
                checkedSoFar.accept(expected - 1);
            }
            if (read < batchSize) {
                return AuditReport.intact(expected - 1);
            }
        }
    }

    /** Why {@code r} does not continue the chain, or null when it does. */
    private static AuditBreak.Reason check(LedgerEventRecord r, long expected, String prev) {
        if (r.getSeq() < expected) {
            return AuditBreak.Reason.OUT_OF_SEQUENCE;
        }
        if (r.getSeq() > expected) {
            return AuditBreak.Reason.ENTRY_MISSING;
        }
        if (!r.getPrevHash().equals(prev)) {
            return AuditBreak.Reason.PREVIOUS_CHANGED;
        }
        return r.getHash().equals(hash(prev, toEvent(r))) ? null : AuditBreak.Reason.CHANGED;
    }

    private static Event toEvent(LedgerEventRecord r) {
        return new Event(r.getSeq(), r.getId(), r.getOccurredAt(), r.getActor(), r.getEntityType(),
                r.getEntityId(), r.getAction(), r.getPayload());
    }

    static String hash(String prev, Event e) {
        return hash(sha256(), prev, e);
    }

    /** As {@link #hash(String, Event)} with a digest of the caller's (reset by {@code digest}). */
    private static String hash(MessageDigest sha, String prev, Event e) {
        String canonical = String.join("\n", prev, Long.toString(e.seq()), e.id().toString(),
                e.occurredAt().toInstant().toString(), e.actor(), e.entityType(), e.entityId().toString(),
                e.action(), e.payload());
        return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }
}
