package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.SAFETY_REPORT;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.ReportChannel;
import org.hazardledger.model.SafetyReport;
import org.hazardledger.store.jooq.tables.records.SafetyReportRecord;
import org.jooq.DSLContext;

/** Safety reports (举报). The sealed identity bytes never go into a {@link SafetyReport}. */
public final class SafetyReportRepository {

    private final DSLContext dsl;
    private final Clock clock;

    SafetyReportRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Stores a new report; {@code sealedIdentity} and {@code sealKeyId} are null for an anonymous one. */
    public void insert(SafetyReport r, byte[] sealedIdentity, UUID sealKeyId) {
        var now = StoreTime.now(clock);
        dsl.insertInto(SAFETY_REPORT)
                .set(SAFETY_REPORT.ID, r.id())
                .set(SAFETY_REPORT.REVISION, 1)
                .set(SAFETY_REPORT.CREATED_AT, now)
                .set(SAFETY_REPORT.UPDATED_AT, now)
                .set(SAFETY_REPORT.NUMBER, r.number())
                .set(SAFETY_REPORT.CHANNEL, r.channel().name())
                .set(SAFETY_REPORT.RECEIVED_ON, r.receivedOn())
                .set(SAFETY_REPORT.UNIT_ID, r.unitId())
                .set(SAFETY_REPORT.SUMMARY, r.summary())
                .set(SAFETY_REPORT.PSEUDONYM, r.pseudonym())
                .set(SAFETY_REPORT.SEALED_IDENTITY, sealedIdentity)
                .set(SAFETY_REPORT.SEAL_KEY_ID, sealKeyId)
                .set(SAFETY_REPORT.HAZARD_ID, r.hazardId())
                .set(SAFETY_REPORT.REGISTERED_BY, r.registeredBy())
                .execute();
    }

    public Optional<SafetyReport> find(UUID id) {
        return dsl.selectFrom(SAFETY_REPORT).where(SAFETY_REPORT.ID.eq(id).and(SAFETY_REPORT.DELETED.isFalse()))
                .fetchOptional(SafetyReportRepository::toReport);
    }

    /** All reports, newest first. */
    public List<SafetyReport> list() {
        return dsl.selectFrom(SAFETY_REPORT).where(SAFETY_REPORT.DELETED.isFalse())
                .orderBy(SAFETY_REPORT.RECEIVED_ON.desc(), SAFETY_REPORT.NUMBER.desc())
                .fetch(SafetyReportRepository::toReport);
    }

    static SafetyReport toReport(SafetyReportRecord r) {
        return new SafetyReport(r.getId(), r.getRevision(), r.getNumber(), ReportChannel.valueOf(r.getChannel()),
                r.getReceivedOn(), r.getUnitId(), r.getSummary(), r.getPseudonym(), r.getSealedIdentity() != null,
                r.getHazardId(), r.getRegisteredBy());
    }
}
