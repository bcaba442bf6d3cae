package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.ATTACHMENT;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.Attachment;
import org.hazardledger.model.AttachmentKind;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.store.jooq.tables.records.AttachmentRecord;
import org.jooq.DSLContext;

/** What the ledger knows of attached files; the files themselves are in {@link AttachmentFiles}. */
public final class AttachmentRepository {

    private final DSLContext dsl;
    private final Clock clock;

    AttachmentRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public void insert(Attachment a) {
        record(a).insert();
    }

    /** Many at once (the demo's photos): one batch. */
    public void insertAll(List<Attachment> attachments) {
        if (!attachments.isEmpty()) {
            dsl.batchInsert(attachments.stream().map(this::record).toList()).execute();
        }
    }

    private AttachmentRecord record(Attachment a) {
        AttachmentRecord r = dsl.newRecord(ATTACHMENT);
        r.setId(a.id());
        r.setRevision(1);
        r.setUpdatedAt(OffsetDateTime.ofInstant(a.addedAt(), clock.getZone()));
        r.setChangeSeq(ChangeSequence.next(dsl));
        r.setDeleted(false);
        r.setSha256(a.sha256());
        r.setSizeBytes(a.size());
        r.setMediaType(a.mediaType());
        r.setFileName(a.fileName());
        r.setKind(a.kind().name());
        r.setOwnerKind(a.ownerKind().name());
        r.setOwnerId(a.ownerId());
        r.setAddedAt(OffsetDateTime.ofInstant(a.addedAt(), clock.getZone()));
        r.setAddedBy(a.addedBy());
        return r;
    }

    /** The attachment unless removed. */
    public Optional<Attachment> byId(UUID id) {
        return dsl.selectFrom(ATTACHMENT).where(ATTACHMENT.ID.eq(id).and(ATTACHMENT.DELETED.isFalse()))
                .fetchOptional().map(AttachmentRepository::toAttachment);
    }

    /** The files of one hazard or round, in the order they were added. */
    public List<Attachment> list(AttachmentOwnerKind ownerKind, UUID ownerId) {
        return dsl.selectFrom(ATTACHMENT)
                .where(ATTACHMENT.OWNER_KIND.eq(ownerKind.name()).and(ATTACHMENT.OWNER_ID.eq(ownerId))
                        .and(ATTACHMENT.DELETED.isFalse()))
                .orderBy(ATTACHMENT.ADDED_AT, ATTACHMENT.ID)
                .fetch(AttachmentRepository::toAttachment);
    }

    /** How many live rows refer to this content. */
    public int countBySha(String sha256) {
        return dsl.fetchCount(ATTACHMENT, ATTACHMENT.SHA256.eq(sha256).and(ATTACHMENT.DELETED.isFalse()));
    }

    /** Marks the attachment removed (a tombstone that travels) if nobody changed it since {@code revision}. */
    public void tombstone(UUID id, int revision, String fileName) {
        int updated = dsl.update(ATTACHMENT)
                .set(ATTACHMENT.DELETED, true)
                .set(ATTACHMENT.REVISION, revision + 1)
                .set(ATTACHMENT.UPDATED_AT, OffsetDateTime.now(clock))
                .set(ATTACHMENT.CHANGE_SEQ, ChangeSequence.next(dsl))
                .where(ATTACHMENT.ID.eq(id).and(ATTACHMENT.REVISION.eq(revision)).and(ATTACHMENT.DELETED.isFalse()))
                .execute();
        if (updated != 1) {
            throw new StaleRecordException("error.attachment.stale", fileName);
        }
    }

    private static Attachment toAttachment(AttachmentRecord r) {
        return new Attachment(r.getId(), r.getRevision(), r.getSha256(), r.getSizeBytes(), r.getMediaType(),
                r.getFileName(), AttachmentKind.valueOf(r.getKind()), AttachmentOwnerKind.valueOf(r.getOwnerKind()),
                r.getOwnerId(), r.getAddedAt().toInstant(), r.getAddedBy());
    }
}
