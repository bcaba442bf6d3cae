package org.hazardledger.service;

import java.time.Instant;
import java.util.UUID;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Attachment;
import org.hazardledger.model.AttachmentKind;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.InspectionRound;
import org.hazardledger.model.MediaTypes;
import org.hazardledger.store.AttachmentFiles;
import org.hazardledger.store.StoreSession;

/**
 * The attachment use cases as steps inside a given transaction, shared by the service and the demo.
 * The file itself is stored before the transaction (see {@link AttachmentFiles}); these steps record it.
 */
final class AttachmentOperations {

    static final String ENTITY = "attachment";
    /** The longest file name kept (the column's width). */
    static final int MAX_NAME = 255;

    private AttachmentOperations() {
    }

    /**
     * Refuses unless {@code actor} may change the owner's files: as for working on a hazard, a
     * signed-in role other than the account administrator, and for a unit head or union member a
     * hazard within the units they answer for.
     */
    static void requireMayChange(StoreSession s, Actor actor, AttachmentOwnerKind ownerKind, UUID ownerId) {
        if (actor.role() == null || actor.role() == AccountRole.ADMIN) {
            throw new DomainException("error.attachment.role",
                    actor.role() == null ? "accountRole.none" : actor.role().labelKey());
        }
        if (ownerKind == AttachmentOwnerKind.HAZARD) {
            Hazard h = s.hazards().byId(ownerId)
                    .orElseThrow(() -> new DomainException("error.hazard.notFound", ownerId.toString()));
            if (actor.scopeUnitId() != null
                    && !OrganisationOperations.isWithin(s, h.registration().unitId(), actor.scopeUnitId())) {
                throw new DomainException("error.attachment.scope", h.number().toString());
            }
        }
        if (ownerKind == AttachmentOwnerKind.ROUND) {
            InspectionRound r = RoundOperations.round(s, ownerId);
            if (actor.scopeUnitId() != null && !OrganisationOperations.isWithin(s, r.unitId(), actor.scopeUnitId())) {
                throw new DomainException("error.attachment.roundScope", r.heldOn().toString());
            }
        }
    }

    /** Records a stored file as attached to the owner; audited. */
    static Attachment record(StoreSession s, Actor actor, AttachmentOwnerKind ownerKind, UUID ownerId,
                             AttachmentKind kind, AttachmentFiles.Stored stored, String fileName) {
        requireMayChange(s, actor, ownerKind, ownerId);
        Attachment a = build(s.newId(), s.clock().instant(), actor, ownerKind, ownerId, kind, stored, fileName);
        s.attachments().insert(a);
        audit(s, actor, a);
        return a;
    }

    static Attachment build(UUID id, Instant now, Actor actor, AttachmentOwnerKind ownerKind, UUID ownerId,
                            AttachmentKind kind, AttachmentFiles.Stored stored, String fileName) {
        String name = cleanName(fileName);
        String mediaType = MediaTypes.of(name);
        Attachment probe = new Attachment(id, 1, stored.sha256(), stored.size(), mediaType, name, kind, ownerKind,
                ownerId, now, actor.name());
        // A photo kind on something that is no picture would show as a broken photo: it is a document.
        AttachmentKind actual = probe.isImage() ? kind : AttachmentKind.DOCUMENT;
        return new Attachment(id, 1, stored.sha256(), stored.size(), mediaType, name, actual, ownerKind, ownerId,
                now, actor.name());
    }

    static void audit(StoreSession s, Actor actor, Attachment a) {
        s.events().append(actor.name(), ENTITY, a.id(), "ATTACH", new EventPayload()
                .put("ownerKind", a.ownerKind()).put("owner", a.ownerId()).put("kind", a.kind())
                .put("fileName", a.fileName()).put("mediaType", a.mediaType()).put("size", a.size())
                .put("sha256", a.sha256()).toJson());
    }

    /** Removes (tombstones) an attachment; the stored file stays, other rows may share it. Audited. */
    static Attachment remove(StoreSession s, Actor actor, UUID id, int revision) {
        Attachment a = s.attachments().byId(id).orElseThrow(() -> new DomainException("error.attachment.notFound"));
        requireMayChange(s, actor, a.ownerKind(), a.ownerId());
        s.attachments().tombstone(id, revision, a.fileName());
        s.events().append(actor.name(), ENTITY, a.id(), "REMOVE", new EventPayload()
                .put("ownerKind", a.ownerKind()).put("owner", a.ownerId()).put("fileName", a.fileName())
                .put("sha256", a.sha256()).toJson());
        return a;
    }

    /** The last part of the name as the user gave it, without folders, never blank, at most 255 characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }
}
