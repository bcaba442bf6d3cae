package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.RECEIVED_RECORD;
import static org.hazardledger.store.jooq.Tables.RECORD_CONFLICT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.RecordConflict;
import org.hazardledger.model.RecordType;
import org.hazardledger.store.jooq.tables.records.RecordConflictRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The records received from the other side, held by (sender, type, id) with their projection
 * columns, and the conflicts between two edits of one revision.
 */
public final class ReceivedRecordRepository {

    private final DSLContext dsl;
    private final Clock clock;

    ReceivedRecordRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

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

    // ---- conflicts

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
                .fetch(ReceivedRecordRepository::toConflict);
    }

    public Optional<RecordConflict> conflict(UUID id) {
        return dsl.selectFrom(RECORD_CONFLICT).where(RECORD_CONFLICT.ID.eq(id)).fetchOptional()
                .map(ReceivedRecordRepository::toConflict);
    }

    /** Marks an open conflict resolved; false when it was resolved already (or is gone). */
    public boolean resolveConflict(UUID id, RecordConflict.Resolution resolution, String by) {
        return dsl.update(RECORD_CONFLICT)
                .set(RECORD_CONFLICT.RESOLUTION, resolution.name())
                .set(RECORD_CONFLICT.RESOLVED_AT, StoreTime.now(clock))
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
}
