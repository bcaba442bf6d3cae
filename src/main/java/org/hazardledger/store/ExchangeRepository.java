package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.EXCHANGE_BUNDLE;
import static org.hazardledger.store.jooq.Tables.FEDERATION_NOTICE;
import static org.hazardledger.store.jooq.Tables.HAZARD;
import static org.hazardledger.store.jooq.Tables.INSPECTION_ROUND;
import static org.hazardledger.store.jooq.Tables.RECEIVED_RECORD;
import static org.hazardledger.store.jooq.Tables.RECORD_CONFLICT;
import static org.hazardledger.store.jooq.Tables.ROUND_HAZARD;
import static org.hazardledger.store.jooq.Tables.ROUND_INSPECTOR;
import static org.hazardledger.store.jooq.Tables.ROUND_ITEM_RESULT;
import static org.hazardledger.store.jooq.Tables.ROUND_RULE;
import static org.hazardledger.store.jooq.Tables.UNION_RECORD;
import static org.hazardledger.store.jooq.Tables.UNION_RECORD_HAZARD;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.hazardledger.model.BundleKind;
import org.hazardledger.model.BundleLogEntry;
import org.hazardledger.model.ChangeRange;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.RecordConflict;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.store.jooq.tables.records.ExchangeBundleRecord;
import org.hazardledger.store.jooq.tables.records.RecordConflictRecord;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The exchange's rows: reading this ledger's travelling rows for a bundle (through the one allow-list,
 * {@link ExportedColumns}), the log of bundles written and applied, the records received from the
 * other side, and conflicts between two edits of one revision.
 */
public final class ExchangeRepository {

    /** Rows read from the cursor before their child rows (lists) are fetched in one query each. */
    static final int CHUNK = 500;

    private final DSLContext dsl;
    private final Clock clock;

    ExchangeRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------
    // this ledger's travelling rows

    /** The highest change sequence any row with one carries (0 for none). */
    public long lastChangeSeq() {
        long max = 0;
        List<Table<?>> tables = new ArrayList<>();
        ExportedColumns.tableTypes().forEach(t -> tables.add(ExportedColumns.spec(t).orElseThrow().table()));
        tables.add(ROUND_RULE);
        tables.add(FEDERATION_NOTICE);
        for (Table<?> table : tables) {
            Long value = dsl.select(DSL.max(table.field("CHANGE_SEQ", Long.class))).from(table).fetchOne(0, Long.class);
            if (value != null && value > max) {
                max = value;
            }
        }
        return max;
    }

    /** How many rows of {@code type} changed within {@code range} (0 for a type not read from a table). */
    public int countChanged(RecordType type, ChangeRange range) {
        Optional<ExportedColumns.Spec> spec = ExportedColumns.spec(type);
        if (spec.isEmpty() || range.isEmpty()) {
            return 0;
        }
        return dsl.fetchCount(spec.get().table(), spec.get().changeSeq().between(range.from(), range.to()));
    }

    /**
     * Streams the rows of {@code type} whose change sequence lies in {@code range} (tombstones included),
     * in change order, as travelling records carrying only the allow-listed columns. Returns the count.
     */
    public int collect(RecordType type, ChangeRange range, Consumer<TravellingRecord> sink) {
        Optional<ExportedColumns.Spec> found = ExportedColumns.spec(type);
        if (found.isEmpty() || range.isEmpty()) {
            return 0;
        }
        ExportedColumns.Spec spec = found.get();
        List<Field<?>> select = new ArrayList<>(List.of(spec.id(), spec.revision(), spec.changeSeq(),
                spec.updatedAt(), spec.deleted()));
        select.addAll(spec.columns());
        int count = 0;
        try (Cursor<Record> rows = dsl.select(select).from(spec.table())
                .where(spec.changeSeq().between(range.from(), range.to()))
                .orderBy(spec.changeSeq(), spec.id()).fetchLazy()) {
            List<Record> chunk = new ArrayList<>(CHUNK);
            while (rows.hasNext()) {
                chunk.add(rows.fetchNext());
                if (chunk.size() == CHUNK) {
                    count += emit(type, spec, chunk, sink);
                    chunk.clear();
                }
            }
            count += emit(type, spec, chunk, sink);
        }
        return count;
    }

    private int emit(RecordType type, ExportedColumns.Spec spec, List<Record> chunk, Consumer<TravellingRecord> sink) {
        if (chunk.isEmpty()) {
            return 0;
        }
        List<UUID> ids = chunk.stream().map(r -> r.get(spec.id())).toList();
        Map<String, Map<UUID, List<String>>> lists = new HashMap<>();
        for (String list : spec.lists()) {
            lists.put(list, children(type, list, ids));
        }
        for (Record row : chunk) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (Field<?> column : spec.columns()) {
                Object value = ExportedColumns.withheld(type, column, row) ? null : wire(row.get(column));
                fields.put(ExportedColumns.camel(column.getName()), value);
            }
            UUID id = row.get(spec.id());
            for (String list : spec.lists()) {
                fields.put(list, lists.get(list).getOrDefault(id, List.of()));
            }
            sink.accept(new TravellingRecord(type, id, row.get(spec.revision()), row.get(spec.changeSeq()),
                    row.get(spec.updatedAt()), row.get(spec.deleted()), fields));
        }
        return chunk.size();
    }

    /** The list field {@code list} of the rows {@code ids}, each list in a stable order. */
    private Map<UUID, List<String>> children(RecordType type, String list, Collection<UUID> ids) {
        Map<UUID, List<String>> out = new HashMap<>();
        if (type == RecordType.UNION_RECORD && list.equals(ExportedColumns.HAZARD_IDS)) {
            dsl.select(UNION_RECORD_HAZARD.UNION_RECORD_ID, UNION_RECORD_HAZARD.HAZARD_ID).from(UNION_RECORD_HAZARD)
                    .where(UNION_RECORD_HAZARD.UNION_RECORD_ID.in(ids))
                    .orderBy(UNION_RECORD_HAZARD.UNION_RECORD_ID, UNION_RECORD_HAZARD.HAZARD_ID)
                    .forEach(r -> add(out, r.value1(), r.value2().toString()));
        } else if (type == RecordType.INSPECTION_ROUND && list.equals(ExportedColumns.HAZARD_IDS)) {
            dsl.select(ROUND_HAZARD.ROUND_ID, ROUND_HAZARD.HAZARD_ID).from(ROUND_HAZARD)
                    .where(ROUND_HAZARD.ROUND_ID.in(ids)).orderBy(ROUND_HAZARD.ROUND_ID, ROUND_HAZARD.HAZARD_ID)
                    .forEach(r -> add(out, r.value1(), r.value2().toString()));
        } else if (type == RecordType.INSPECTION_ROUND && list.equals(ExportedColumns.INSPECTOR_IDS)) {
            dsl.select(ROUND_INSPECTOR.ROUND_ID, ROUND_INSPECTOR.PERSON_ID).from(ROUND_INSPECTOR)
                    .where(ROUND_INSPECTOR.ROUND_ID.in(ids)).orderBy(ROUND_INSPECTOR.ROUND_ID, ROUND_INSPECTOR.POSITION)
                    .forEach(r -> add(out, r.value1(), r.value2().toString()));
        } else if (type == RecordType.INSPECTION_ROUND && list.equals(ExportedColumns.ITEM_RESULTS)) {
            dsl.select(ROUND_ITEM_RESULT.ROUND_ID, ROUND_ITEM_RESULT.ITEM_CODE, ROUND_ITEM_RESULT.ANSWER,
                            ROUND_ITEM_RESULT.NOTE).from(ROUND_ITEM_RESULT)
                    .where(ROUND_ITEM_RESULT.ROUND_ID.in(ids))
                    .orderBy(ROUND_ITEM_RESULT.ROUND_ID, ROUND_ITEM_RESULT.ITEM_CODE)
                    .forEach(r -> add(out, r.value1(), r.value2() + ":" + r.value3()
                            + (r.value4() == null || r.value4().isEmpty() ? "" : ":" + r.value4())));
        } else {
            throw new IllegalStateException("no list " + list + " on " + type);
        }
        return out;
    }

    private static void add(Map<UUID, List<String>> out, UUID id, String value) {
        out.computeIfAbsent(id, k -> new ArrayList<>()).add(value);
    }

    /** The units and months of the inspection rounds changed within {@code range}. */
    public Map<YearMonth, Set<UUID>> roundUnitMonths(ChangeRange range) {
        Map<YearMonth, Set<UUID>> out = new TreeMap<>();
        if (range.isEmpty()) {
            return out;
        }
        dsl.selectDistinct(INSPECTION_ROUND.UNIT_ID, INSPECTION_ROUND.HELD_ON).from(INSPECTION_ROUND)
                .where(INSPECTION_ROUND.CHANGE_SEQ.between(range.from(), range.to()))
                .forEach(r -> out.computeIfAbsent(YearMonth.from(r.value2()), k -> new TreeSet<>()).add(r.value1()));
        return out;
    }

    /** The days hazards changed within {@code range} were found on, and union records changed were issued on. */
    public Set<LocalDate> hazardAndUnionDays(ChangeRange range) {
        Set<LocalDate> out = new TreeSet<>();
        if (range.isEmpty()) {
            return out;
        }
        out.addAll(dsl.selectDistinct(HAZARD.FOUND_ON).from(HAZARD)
                .where(HAZARD.CHANGE_SEQ.between(range.from(), range.to())).fetch(HAZARD.FOUND_ON));
        out.addAll(dsl.selectDistinct(UNION_RECORD.ISSUED_ON).from(UNION_RECORD)
                .where(UNION_RECORD.CHANGE_SEQ.between(range.from(), range.to())).fetch(UNION_RECORD.ISSUED_ON));
        return out;
    }

    /** A column's value as it travels: text, Long, Boolean, dates yyyy-MM-dd, times ISO-8601 with offset. */
    static Object wire(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof LocalDate) {
            return ((LocalDate) value).toString();
        }
        if (value instanceof OffsetDateTime) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) value);
        }
        if (value instanceof UUID) {
            return value.toString();
        }
        throw new IllegalStateException("no wire form for " + value.getClass());
    }

    // ---------------------------------------------------------------------------------------------
    // the bundle log

    public void insertBundle(BundleLogEntry e) {
        ExchangeBundleRecord r = dsl.newRecord(EXCHANGE_BUNDLE);
        r.setBundleId(e.bundleId());
        r.setDirection(e.direction().name());
        r.setKind(e.kind().name());
        r.setSenderFingerprint(e.senderFingerprint().hex());
        r.setSenderInstallation(e.senderInstallation());
        r.setRecipientFingerprint(e.recipientFingerprint().hex());
        r.setRecipientInstallation(e.recipientInstallation());
        r.setChangeFrom(e.changes().from());
        r.setChangeTo(e.changes().to());
        r.setFullExport(e.changes().full());
        r.setRecordCount(e.recordCount());
        r.setCreatedAt(e.createdAt());
        r.setProcessedAt(e.processedAt());
        r.setProcessedBy(e.processedBy());
        r.setFileName(e.fileName());
        r.setAcknowledgedAt(e.acknowledgedAt());
        r.insert();
    }

    public Optional<BundleLogEntry> bundle(UUID bundleId, BundleLogEntry.Direction direction) {
        return dsl.selectFrom(EXCHANGE_BUNDLE)
                .where(EXCHANGE_BUNDLE.BUNDLE_ID.eq(bundleId).and(EXCHANGE_BUNDLE.DIRECTION.eq(direction.name())))
                .fetchOptional().map(ExchangeRepository::toEntry);
    }

    /** Every bundle written and applied, newest first. */
    public List<BundleLogEntry> log() {
        return dsl.selectFrom(EXCHANGE_BUNDLE)
                .orderBy(EXCHANGE_BUNDLE.PROCESSED_AT.desc(), EXCHANGE_BUNDLE.CREATED_AT.desc(),
                        EXCHANGE_BUNDLE.BUNDLE_ID.desc())
                .fetch(ExchangeRepository::toEntry);
    }

    /** The bundles of {@code kinds} applied from {@code senderInstallation}, oldest first. */
    public List<BundleLogEntry> receivedFrom(UUID senderInstallation, Set<BundleKind> kinds) {
        return dsl.selectFrom(EXCHANGE_BUNDLE)
                .where(EXCHANGE_BUNDLE.DIRECTION.eq(BundleLogEntry.Direction.RECEIVED.name())
                        .and(EXCHANGE_BUNDLE.SENDER_INSTALLATION.eq(senderInstallation))
                        .and(EXCHANGE_BUNDLE.KIND.in(kinds.stream().map(Enum::name).toList())))
                .orderBy(EXCHANGE_BUNDLE.PROCESSED_AT, EXCHANGE_BUNDLE.BUNDLE_ID)
                .fetch(ExchangeRepository::toEntry);
    }

    /** The change ranges of the bundles of {@code kinds} sent to {@code recipient} and acknowledged. */
    public List<ChangeRange> acknowledgedRanges(UUID recipientInstallation, Set<BundleKind> kinds) {
        return dsl.select(EXCHANGE_BUNDLE.CHANGE_FROM, EXCHANGE_BUNDLE.CHANGE_TO, EXCHANGE_BUNDLE.FULL_EXPORT)
                .from(EXCHANGE_BUNDLE)
                .where(EXCHANGE_BUNDLE.DIRECTION.eq(BundleLogEntry.Direction.SENT.name())
                        .and(EXCHANGE_BUNDLE.RECIPIENT_INSTALLATION.eq(recipientInstallation))
                        .and(EXCHANGE_BUNDLE.KIND.in(kinds.stream().map(Enum::name).toList()))
                        .and(EXCHANGE_BUNDLE.ACKNOWLEDGED_AT.isNotNull()))
                .orderBy(EXCHANGE_BUNDLE.CHANGE_FROM, EXCHANGE_BUNDLE.CHANGE_TO)
                .fetch(r -> new ChangeRange(r.value1(), r.value2(), r.value3()));
    }

    /**
     * Marks the bundle {@code bundleId} this ledger sent to {@code recipientInstallation} acknowledged (an
     * earlier acknowledgement keeps its time). Returns false when no such bundle was sent to it.
     */
    public boolean acknowledge(UUID bundleId, UUID recipientInstallation) {
        return dsl.update(EXCHANGE_BUNDLE)
                .set(EXCHANGE_BUNDLE.ACKNOWLEDGED_AT, DSL.coalesce(EXCHANGE_BUNDLE.ACKNOWLEDGED_AT, DSL.val(now())))
                .where(EXCHANGE_BUNDLE.BUNDLE_ID.eq(bundleId)
                        .and(EXCHANGE_BUNDLE.DIRECTION.eq(BundleLogEntry.Direction.SENT.name()))
                        .and(EXCHANGE_BUNDLE.RECIPIENT_INSTALLATION.eq(recipientInstallation)))
                .execute() > 0;
    }

    private static BundleLogEntry toEntry(ExchangeBundleRecord r) {
        return new BundleLogEntry(r.getBundleId(), BundleLogEntry.Direction.valueOf(r.getDirection()),
                BundleKind.valueOf(r.getKind()), new Fingerprint(r.getSenderFingerprint()), r.getSenderInstallation(),
                new Fingerprint(r.getRecipientFingerprint()), r.getRecipientInstallation(),
                new ChangeRange(r.getChangeFrom(), r.getChangeTo(), r.getFullExport()), r.getRecordCount(),
                r.getCreatedAt(), r.getProcessedAt(), r.getProcessedBy(), r.getFileName(), r.getAcknowledgedAt());
    }

    // ---------------------------------------------------------------------------------------------
    // received records

    /** What is held of one received record. */
    public record Held(int revision, OffsetDateTime updatedAt, String payload, String payloadSha256) {
    }

    /**
     * One received record as stored, with its projection columns (null where the type has no such
     * field).
     */
    public record Received(UUID sourceInstallation, RecordType type, UUID id, int revision, long changeSeq,
            OffsetDateTime updatedAt, boolean deleted, String payload, String payloadSha256, UUID bundleId,
            UUID hazardId, UUID unitId, String number, String kind, String grade, String status, LocalDate foundOn,
            LocalDate deadline, LocalDate closedOn, String summary) {
    }

    public Optional<Held> held(UUID sourceInstallation, RecordType type, UUID id) {
        return dsl.select(RECEIVED_RECORD.REVISION, RECEIVED_RECORD.UPDATED_AT, RECEIVED_RECORD.PAYLOAD,
                        RECEIVED_RECORD.PAYLOAD_SHA256).from(RECEIVED_RECORD)
                .where(RECEIVED_RECORD.SOURCE_INSTALLATION.eq(sourceInstallation)
                        .and(RECEIVED_RECORD.RECORD_TYPE.eq(type.name())).and(RECEIVED_RECORD.ID.eq(id)))
                .fetchOptional(r -> new Held(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Inserts the record, or replaces the one held under the same (source, type, id). */
    public void putReceived(Received r) {
        dsl.mergeInto(RECEIVED_RECORD)
                .using(DSL.selectOne())
                .on(RECEIVED_RECORD.SOURCE_INSTALLATION.eq(r.sourceInstallation())
                        .and(RECEIVED_RECORD.RECORD_TYPE.eq(r.type().name())).and(RECEIVED_RECORD.ID.eq(r.id())))
                .whenMatchedThenUpdate()
                .set(RECEIVED_RECORD.REVISION, r.revision())
                .set(RECEIVED_RECORD.CHANGE_SEQ, r.changeSeq())
                .set(RECEIVED_RECORD.UPDATED_AT, r.updatedAt())
                .set(RECEIVED_RECORD.DELETED, r.deleted())
                .set(RECEIVED_RECORD.PAYLOAD, r.payload())
                .set(RECEIVED_RECORD.PAYLOAD_SHA256, r.payloadSha256())
                .set(RECEIVED_RECORD.BUNDLE_ID, r.bundleId())
                .set(RECEIVED_RECORD.HAZARD_ID, r.hazardId())
                .set(RECEIVED_RECORD.UNIT_ID, r.unitId())
                .set(RECEIVED_RECORD.NUMBER, r.number())
                .set(RECEIVED_RECORD.KIND, r.kind())
                .set(RECEIVED_RECORD.GRADE, r.grade())
                .set(RECEIVED_RECORD.STATUS, r.status())
                .set(RECEIVED_RECORD.FOUND_ON, r.foundOn())
                .set(RECEIVED_RECORD.DEADLINE, r.deadline())
                .set(RECEIVED_RECORD.CLOSED_ON, r.closedOn())
                .set(RECEIVED_RECORD.SUMMARY, r.summary())
                .whenNotMatchedThenInsert(RECEIVED_RECORD.SOURCE_INSTALLATION, RECEIVED_RECORD.RECORD_TYPE,
                        RECEIVED_RECORD.ID, RECEIVED_RECORD.REVISION, RECEIVED_RECORD.CHANGE_SEQ,
                        RECEIVED_RECORD.UPDATED_AT, RECEIVED_RECORD.DELETED, RECEIVED_RECORD.PAYLOAD,
                        RECEIVED_RECORD.PAYLOAD_SHA256, RECEIVED_RECORD.BUNDLE_ID, RECEIVED_RECORD.HAZARD_ID,
                        RECEIVED_RECORD.UNIT_ID, RECEIVED_RECORD.NUMBER, RECEIVED_RECORD.KIND, RECEIVED_RECORD.GRADE,
                        RECEIVED_RECORD.STATUS, RECEIVED_RECORD.FOUND_ON, RECEIVED_RECORD.DEADLINE,
                        RECEIVED_RECORD.CLOSED_ON, RECEIVED_RECORD.SUMMARY)
                .values(r.sourceInstallation(), r.type().name(), r.id(), r.revision(), r.changeSeq(), r.updatedAt(),
                        r.deleted(), r.payload(), r.payloadSha256(), r.bundleId(), r.hazardId(), r.unitId(),
                        r.number(), r.kind(), r.grade(), r.status(), r.foundOn(), r.deadline(), r.closedOn(),
                        r.summary())
                .execute();
    }

    /** Every received record from {@code source} (of any type), ordered by type and id: for tests and checks. */
    public List<Received> receivedFrom(UUID sourceInstallation) {
        return dsl.selectFrom(RECEIVED_RECORD).where(RECEIVED_RECORD.SOURCE_INSTALLATION.eq(sourceInstallation))
                .orderBy(RECEIVED_RECORD.RECORD_TYPE, RECEIVED_RECORD.ID)
                .fetch(r -> new Received(r.getSourceInstallation(), RecordType.valueOf(r.getRecordType()), r.getId(),
                        r.getRevision(), r.getChangeSeq(), r.getUpdatedAt(), r.getDeleted(), r.getPayload(),
                        r.getPayloadSha256(), r.getBundleId(), r.getHazardId(), r.getUnitId(), r.getNumber(),
                        r.getKind(), r.getGrade(), r.getStatus(), r.getFoundOn(), r.getDeadline(), r.getClosedOn(),
                        r.getSummary()));
    }

    // ---------------------------------------------------------------------------------------------
    // conflicts

    public boolean conflictExists(UUID source, RecordType type, UUID recordId, int revision, String incomingSha256) {
        return dsl.fetchExists(RECORD_CONFLICT, RECORD_CONFLICT.SOURCE_INSTALLATION.eq(source)
                .and(RECORD_CONFLICT.RECORD_TYPE.eq(type.name())).and(RECORD_CONFLICT.RECORD_ID.eq(recordId))
                .and(RECORD_CONFLICT.REVISION.eq(revision)).and(RECORD_CONFLICT.INCOMING_SHA256.eq(incomingSha256)));
    }

    public void insertConflict(RecordConflict c, String incomingSha256) {
        RecordConflictRecord r = dsl.newRecord(RECORD_CONFLICT);
        r.setId(c.id());
        r.setSourceInstallation(c.sourceInstallation());
        r.setRecordType(c.type().name());
        r.setRecordId(c.recordId());
        r.setRevision(c.revision());
        r.setKeptPayload(c.keptPayload());
        r.setIncomingPayload(c.incomingPayload());
        r.setIncomingSha256(incomingSha256);
        r.setBundleId(c.bundleId());
        r.setDetectedAt(c.detectedAt());
        r.setResolvedAt(c.resolvedAt());
        r.setResolvedBy(c.resolvedBy());
        r.setResolution(c.resolution() == null ? null : c.resolution().name());
        r.insert();
    }

    /** Conflicts, oldest first; open ones only when {@code openOnly}. */
    public List<RecordConflict> conflicts(boolean openOnly) {
        return dsl.selectFrom(RECORD_CONFLICT)
                .where(openOnly ? RECORD_CONFLICT.RESOLUTION.isNull() : DSL.noCondition())
                .orderBy(RECORD_CONFLICT.DETECTED_AT, RECORD_CONFLICT.ID)
                .fetch(ExchangeRepository::toConflict);
    }

    public Optional<RecordConflict> conflict(UUID id) {
        return dsl.selectFrom(RECORD_CONFLICT).where(RECORD_CONFLICT.ID.eq(id)).fetchOptional()
                .map(ExchangeRepository::toConflict);
    }

    /** Marks an open conflict resolved; false when it was resolved already (or is gone). */
    public boolean resolveConflict(UUID id, RecordConflict.Resolution resolution, String by) {
        return dsl.update(RECORD_CONFLICT)
                .set(RECORD_CONFLICT.RESOLUTION, resolution.name())
                .set(RECORD_CONFLICT.RESOLVED_AT, now())
                .set(RECORD_CONFLICT.RESOLVED_BY, by)
                .where(RECORD_CONFLICT.ID.eq(id).and(RECORD_CONFLICT.RESOLUTION.isNull()))
                .execute() == 1;
    }

    private static RecordConflict toConflict(RecordConflictRecord r) {
        return new RecordConflict(r.getId(), r.getSourceInstallation(), RecordType.valueOf(r.getRecordType()),
                r.getRecordId(), r.getRevision(), r.getKeptPayload(), r.getIncomingPayload(), r.getBundleId(),
                r.getDetectedAt(), r.getResolvedAt(), r.getResolvedBy(),
                r.getResolution() == null ? null : RecordConflict.Resolution.valueOf(r.getResolution()));
    }

    /** Now, at the precision the database keeps. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
