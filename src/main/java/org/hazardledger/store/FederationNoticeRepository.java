package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.FEDERATION_NOTICE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.hazardledger.model.FederationNotice;
import org.hazardledger.model.NoticeKind;
import org.hazardledger.store.jooq.tables.records.FederationNoticeRecord;
import org.jooq.DSLContext;

/**
 * The notices this federation writes to its enterprises (federation mode): one change of the
 * sequence per write, a revision checked on every save, streamed by change for feedback bundles.
 */
public final class FederationNoticeRepository {

    private final DSLContext dsl;
    private final Clock clock;

    FederationNoticeRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** A federation notice row with its change sequence and deletion mark. */
    public record NoticeRow(FederationNotice notice, long changeSeq, OffsetDateTime updatedAt, boolean deleted) {
    }

    public void insertNotice(FederationNotice n) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        FederationNoticeRecord r = dsl.newRecord(FEDERATION_NOTICE);
        r.setId(n.id());
        r.setRevision(1);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.setChangeSeq(ChangeSequence.next(dsl));
        r.setDeleted(false);
        write(n, r);
        r.insert();
    }

    /** Saves the notice if its revision still matches {@code revision}; returns it with the next revision. */
    public FederationNotice updateNotice(FederationNotice n, int revision) {
        int updated = dsl.update(FEDERATION_NOTICE)
                .set(FEDERATION_NOTICE.KIND, n.kind().name())
                .set(FEDERATION_NOTICE.HAZARD_ID, n.hazardId())
                .set(FEDERATION_NOTICE.HAZARD_NUMBER, n.hazardNumber())
                .set(FEDERATION_NOTICE.DOCUMENT_NO, n.documentNo())
                .set(FEDERATION_NOTICE.TITLE, n.title())
                .set(FEDERATION_NOTICE.BODY, n.body())
                .set(FEDERATION_NOTICE.VERIFIED, n.verified())
                .set(FEDERATION_NOTICE.ISSUED_ON, n.issuedOn())
                .set(FEDERATION_NOTICE.ISSUED_BY, n.issuedBy())
                .set(FEDERATION_NOTICE.REVISION, revision + 1)
                .set(FEDERATION_NOTICE.UPDATED_AT, OffsetDateTime.now(clock))
                .set(FEDERATION_NOTICE.CHANGE_SEQ, ChangeSequence.next(dsl))
                .where(FEDERATION_NOTICE.ID.eq(n.id()).and(FEDERATION_NOTICE.REVISION.eq(revision))
                        .and(FEDERATION_NOTICE.DELETED.isFalse()))
                .execute();
        if (updated != 1) {
            throw new StaleRecordException("error.notice.stale", n.title());
        }
        return new FederationNotice(n.id(), revision + 1, n.enterpriseInstallation(), n.kind(), n.hazardId(),
                n.hazardNumber(), n.documentNo(), n.title(), n.body(), n.verified(), n.issuedOn(), n.issuedBy());
    }

    public Optional<FederationNotice> notice(UUID id) {
        return dsl.selectFrom(FEDERATION_NOTICE).where(FEDERATION_NOTICE.ID.eq(id)
                        .and(FEDERATION_NOTICE.DELETED.isFalse()))
                .fetchOptional().map(FederationNoticeRepository::notice);
    }

    /** The notices to one enterprise, newest first. */
    public List<FederationNotice> notices(UUID enterpriseInstallation) {
        return dsl.selectFrom(FEDERATION_NOTICE)
                .where(FEDERATION_NOTICE.ENTERPRISE_INSTALLATION.eq(enterpriseInstallation)
                        .and(FEDERATION_NOTICE.DELETED.isFalse()))
                .orderBy(FEDERATION_NOTICE.ISSUED_ON.desc(), FEDERATION_NOTICE.CREATED_AT.desc())
                .fetch(FederationNoticeRepository::notice);
    }

    /** Streams the notices to one enterprise (deleted ones too) changed within [from, to], in change order. */
    public int noticesChanged(UUID enterpriseInstallation, long from, long to, Consumer<NoticeRow> sink) {
        int[] count = {0};
        dsl.selectFrom(FEDERATION_NOTICE)
                .where(FEDERATION_NOTICE.ENTERPRISE_INSTALLATION.eq(enterpriseInstallation)
                        .and(FEDERATION_NOTICE.CHANGE_SEQ.between(from, to)))
                .orderBy(FEDERATION_NOTICE.CHANGE_SEQ)
                .fetchLazy().forEach(r -> {
                    sink.accept(new NoticeRow(notice(r), r.getChangeSeq(), r.getUpdatedAt(), r.getDeleted()));
                    count[0]++;
                });
        return count[0];
    }

    private static void write(FederationNotice n, FederationNoticeRecord r) {
        r.setEnterpriseInstallation(n.enterpriseInstallation());
        r.setKind(n.kind().name());
        r.setHazardId(n.hazardId());
        r.setHazardNumber(n.hazardNumber());
        r.setDocumentNo(n.documentNo());
        r.setTitle(n.title());
        r.setBody(n.body());
        r.setVerified(n.verified());
        r.setIssuedOn(n.issuedOn());
        r.setIssuedBy(n.issuedBy());
    }

    private static FederationNotice notice(FederationNoticeRecord r) {
        return new FederationNotice(r.getId(), r.getRevision(), r.getEnterpriseInstallation(),
                NoticeKind.valueOf(r.getKind()), r.getHazardId(), r.getHazardNumber(), r.getDocumentNo(),
                r.getTitle(), r.getBody(), r.getVerified(), r.getIssuedOn(), r.getIssuedBy());
    }
}
