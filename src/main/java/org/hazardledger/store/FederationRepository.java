package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.EXCHANGE_BUNDLE;
import static org.hazardledger.store.jooq.Tables.EXCHANGE_KEY;
import static org.hazardledger.store.jooq.Tables.RECEIVED_RECORD;
import static org.hazardledger.store.jooq.Tables.RECORD_CONFLICT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazardledger.model.RecordType;
import org.hazardledger.store.jooq.tables.ReceivedRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Federation mode: the consolidated reading of the records received from the enterprises (one query
 * per view, grouped in the database where counting is all that is needed), and the enterprises known
 * here. On the enterprise side, the notices received from the federation (received records too).
 * The notices the federation writes are {@link FederationNoticeRepository}'s.
 */
public final class FederationRepository {

    private final DSLContext dsl;

    FederationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One received record: who sent it, its type as stored, its payload and its projection columns. */
    public record Received(UUID source, String type, UUID id, int revision, OffsetDateTime updatedAt,
                           String payload, UUID hazardId, String number, String kind, String grade,
                           String status, LocalDate foundOn, LocalDate deadline, LocalDate closedOn,
                           String summary) {
    }

    /** Per enterprise: all, open, overdue and major hazards. */
    public record HazardCounts(int hazards, int open, int overdue, int major) {
    }

    // ---- the enterprises and consolidated views (federation side) ----

    /**
     * Every installation this ledger knows as an enterprise: a sender of received records or bundles,
     * or the owner of an enterprise key; with the key's name where there is one (the newest key's).
     */
    public Map<UUID, String> knownEnterprises() {
        Map<UUID, String> names = new LinkedHashMap<>();
        dsl.selectDistinct(RECEIVED_RECORD.SOURCE_INSTALLATION).from(RECEIVED_RECORD)
                .fetch(RECEIVED_RECORD.SOURCE_INSTALLATION).forEach(id -> names.put(id, null));
        dsl.selectDistinct(EXCHANGE_BUNDLE.SENDER_INSTALLATION).from(EXCHANGE_BUNDLE)
                .where(EXCHANGE_BUNDLE.DIRECTION.eq("RECEIVED"))
                .fetch(EXCHANGE_BUNDLE.SENDER_INSTALLATION).forEach(id -> names.putIfAbsent(id, null));
        dsl.select(EXCHANGE_KEY.INSTALLATION_ID, EXCHANGE_KEY.NAME).from(EXCHANGE_KEY)
                .where(EXCHANGE_KEY.ROLE.eq("ENTERPRISE").and(EXCHANGE_KEY.OWN.isFalse()))
                .orderBy(EXCHANGE_KEY.KEY_CREATED_AT)
                .forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }

    /** When each sender wrote the last bundle applied here. */
    public Map<UUID, OffsetDateTime> lastBundles() {
        Map<UUID, OffsetDateTime> last = new LinkedHashMap<>();
        dsl.select(EXCHANGE_BUNDLE.SENDER_INSTALLATION, DSL.max(EXCHANGE_BUNDLE.CREATED_AT))
                .from(EXCHANGE_BUNDLE).where(EXCHANGE_BUNDLE.DIRECTION.eq("RECEIVED"))
                .groupBy(EXCHANGE_BUNDLE.SENDER_INSTALLATION)
                .forEach(r -> last.put(r.value1(), r.value2()));
        return last;
    }

    /** Open conflicts per sender. */
    public Map<UUID, Integer> openConflicts() {
        Map<UUID, Integer> open = new LinkedHashMap<>();
        dsl.select(RECORD_CONFLICT.SOURCE_INSTALLATION, DSL.count()).from(RECORD_CONFLICT)
                .where(RECORD_CONFLICT.RESOLVED_AT.isNull())
                .groupBy(RECORD_CONFLICT.SOURCE_INSTALLATION)
                .forEach(r -> open.put(r.value1(), r.value2()));
        return open;
    }

    /**
     * Hazard counts per sender: all, open (status in {@code openStatuses}), overdue (open with a
     * deadline before {@code today}) and major (grade {@code majorGrade}).
     */
    public Map<UUID, HazardCounts> hazardCounts(Collection<String> openStatuses, String majorGrade, LocalDate today) {
        Condition open = RECEIVED_RECORD.STATUS.in(openStatuses);
        Field<Integer> openCount = DSL.sum(DSL.when(open, 1).otherwise(0)).cast(Integer.class);
        Field<Integer> overdue = DSL.sum(DSL.when(open.and(RECEIVED_RECORD.DEADLINE.lt(today)), 1).otherwise(0))
                .cast(Integer.class);
        Field<Integer> major = DSL.sum(DSL.when(RECEIVED_RECORD.GRADE.eq(majorGrade), 1).otherwise(0))
                .cast(Integer.class);
        Map<UUID, HazardCounts> counts = new LinkedHashMap<>();
        dsl.select(RECEIVED_RECORD.SOURCE_INSTALLATION, DSL.count(), openCount, overdue, major)
                .from(RECEIVED_RECORD)
                .where(typeIs(RECEIVED_RECORD, RecordType.HAZARD).and(RECEIVED_RECORD.DELETED.isFalse()))
                .groupBy(RECEIVED_RECORD.SOURCE_INSTALLATION)
                .forEach(r -> counts.put(r.value1(), new HazardCounts(r.value2(), zero(r.value3()),
                        zero(r.value4()), zero(r.value5()))));
        return counts;
    }

    /** Records of {@code type} per sender whose kind is one of {@code kinds}. */
    public Map<UUID, Integer> countByKind(RecordType type, Collection<String> kinds) {
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        dsl.select(RECEIVED_RECORD.SOURCE_INSTALLATION, DSL.count()).from(RECEIVED_RECORD)
                .where(typeIs(RECEIVED_RECORD, type).and(RECEIVED_RECORD.DELETED.isFalse())
                        .and(RECEIVED_RECORD.KIND.in(kinds)))
                .groupBy(RECEIVED_RECORD.SOURCE_INSTALLATION)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /**
     * Received hazards that pass {@code filter} (on the projection columns), of one sender or all
     * ({@code source} null), ordered by sender, deadline and number.
     */
    public List<Received> hazards(UUID source, HazardFilter filter, LocalDate today,
            Collection<String> openStatuses, String majorGrade) {
        Condition c = typeIs(RECEIVED_RECORD, RecordType.HAZARD).and(RECEIVED_RECORD.DELETED.isFalse());
        if (source != null) {
            c = c.and(RECEIVED_RECORD.SOURCE_INSTALLATION.eq(source));
        }
        if (filter.majorOnly()) {
            c = c.and(RECEIVED_RECORD.GRADE.eq(majorGrade));
        }
        if (filter.openOnly() || filter.overdueOnly()) {
            c = c.and(RECEIVED_RECORD.STATUS.in(openStatuses));
        }
        if (filter.overdueOnly()) {
            c = c.and(RECEIVED_RECORD.DEADLINE.lt(today));
        }
        return dsl.selectFrom(RECEIVED_RECORD).where(c)
                .orderBy(RECEIVED_RECORD.SOURCE_INSTALLATION, RECEIVED_RECORD.DEADLINE.asc().nullsLast(),
                        RECEIVED_RECORD.NUMBER)
                .fetch(r -> received(r));
    }

    /** What to read of the received hazards. */
    public record HazardFilter(boolean majorOnly, boolean openOnly, boolean overdueOnly) {
    }

    /**
     * The received major hazard files, each with the hazard it belongs to (from the same sender) as
     * the second element, or null when that hazard has not been received.
     */
    public List<Received[]> majorFiles() {
        ReceivedRecord file = RECEIVED_RECORD.as("f");
        ReceivedRecord hazard = RECEIVED_RECORD.as("h");
        List<Received[]> out = new ArrayList<>();
        dsl.select(file.asterisk(), hazard.asterisk()).from(file)
                .leftJoin(hazard).on(hazard.SOURCE_INSTALLATION.eq(file.SOURCE_INSTALLATION)
                        .and(typeIs(hazard, RecordType.HAZARD)).and(hazard.ID.eq(file.HAZARD_ID)))
                .where(typeIs(file, RecordType.MAJOR_HAZARD_FILE).and(file.DELETED.isFalse()))
                .orderBy(file.SOURCE_INSTALLATION, file.ID)
                .forEach(r -> out.add(new Received[] {received(r, file),
                        r.get(hazard.ID) == null ? null : received(r, hazard)}));
        return out;
    }

    /** Received records of {@code type} (not deleted), of every sender; with kind in {@code kinds} unless null. */
    public List<Received> records(RecordType type, Collection<String> kinds) {
        Condition c = typeIs(RECEIVED_RECORD, type).and(RECEIVED_RECORD.DELETED.isFalse());
        if (kinds != null) {
            c = c.and(RECEIVED_RECORD.KIND.in(kinds));
        }
        return dsl.selectFrom(RECEIVED_RECORD).where(c)
                .orderBy(RECEIVED_RECORD.SOURCE_INSTALLATION, RECEIVED_RECORD.FOUND_ON.desc().nullsLast(),
                        RECEIVED_RECORD.NUMBER, RECEIVED_RECORD.ID)
                .fetch(r -> received(r));
    }

    /** Received records of {@code type} (not deleted) on one hazard, of any sender. */
    public List<Received> recordsOnHazard(RecordType type, UUID hazardId) {
        return dsl.selectFrom(RECEIVED_RECORD)
                .where(RECEIVED_RECORD.HAZARD_ID.eq(hazardId).and(typeIs(RECEIVED_RECORD, type))
                        .and(RECEIVED_RECORD.DELETED.isFalse()))
                .orderBy(RECEIVED_RECORD.UPDATED_AT.desc())
                .fetch(r -> received(r));
    }

    /** Whether {@code source} sent a hazard with this id (deleted or not). */
    public boolean hasHazard(UUID source, UUID hazardId) {
        return dsl.fetchExists(dsl.selectOne().from(RECEIVED_RECORD)
                .where(RECEIVED_RECORD.SOURCE_INSTALLATION.eq(source).and(typeIs(RECEIVED_RECORD, RecordType.HAZARD))
                        .and(RECEIVED_RECORD.ID.eq(hazardId))));
    }

    /** The numbers of received hazards by id (any sender). */
    public Map<UUID, String> hazardNumbers(Collection<UUID> hazardIds) {
        Map<UUID, String> numbers = new LinkedHashMap<>();
        if (hazardIds.isEmpty()) {
            return numbers;
        }
        dsl.select(RECEIVED_RECORD.ID, RECEIVED_RECORD.NUMBER).from(RECEIVED_RECORD)
                .where(typeIs(RECEIVED_RECORD, RecordType.HAZARD).and(RECEIVED_RECORD.ID.in(hazardIds)))
                .forEach(r -> numbers.put(r.value1(), r.value2()));
        return numbers;
    }

    /** The record type as a received row may carry it: its wire name (or, tolerated, its constant name). */
    private static Condition typeIs(ReceivedRecord table, RecordType type) {
        return table.RECORD_TYPE.in(type.wireName(), type.name());
    }

    private static Received received(org.hazardledger.store.jooq.tables.records.ReceivedRecordRecord r) {
        return new Received(r.getSourceInstallation(), r.getRecordType(), r.getId(), r.getRevision(),
                r.getUpdatedAt(), r.getPayload(), r.getHazardId(), r.getNumber(), r.getKind(), r.getGrade(),
                r.getStatus(), r.getFoundOn(), r.getDeadline(), r.getClosedOn(), r.getSummary());
    }

    private static Received received(Record r, ReceivedRecord t) {
        return new Received(r.get(t.SOURCE_INSTALLATION), r.get(t.RECORD_TYPE), r.get(t.ID), r.get(t.REVISION),
                r.get(t.UPDATED_AT), r.get(t.PAYLOAD), r.get(t.HAZARD_ID), r.get(t.NUMBER), r.get(t.KIND),
                r.get(t.GRADE), r.get(t.STATUS), r.get(t.FOUND_ON), r.get(t.DEADLINE), r.get(t.CLOSED_ON),
                r.get(t.SUMMARY));
    }

    private static int zero(Integer i) {
        return i == null ? 0 : i;
    }
}
