package org.hazardledger.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.Attachment;
import org.hazardledger.model.AttachmentKind;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.model.AttachmentPreview;
import org.hazardledger.model.AttachmentStatus;
import org.hazardledger.model.DomainException;
import org.hazardledger.store.AttachmentFiles;
import org.hazardledger.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Photos and documents of hazards and rounds. The content is streamed into the data folder's
 * content-addressed store first (never whole in memory, stored once however often it is
 * attached), then one transaction records and audits the attaching. A file that went missing or
 * bad on disk is reported as {@link AttachmentStatus#MISSING} or {@link AttachmentStatus#UNREADABLE},
 * never thrown at a view.
 */
public final class AttachmentService {

    /** The thumbnail size of the detail pane's strip, in pixels a side. */
    public static final int THUMBNAIL_SIZE = 120;
    /** Files up to this size are hashed again when previewed, so a changed file shows as unreadable. */
    static final long VERIFY_LIMIT = 32L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentService.class);

    private final Store store;
    private final UserSession session;

    public AttachmentService(Store store, UserSession session) {
        this.store = store;
        this.session = session;
    }

    /** Attaches a file from disk, under its own name. */
    public Attachment attach(AttachmentOwnerKind ownerKind, UUID ownerId, AttachmentKind kind, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return attach(ownerKind, ownerId, kind, in, file.getFileName().toString());
        } catch (IOException e) {
            throw new DomainException(e, "error.attachment.read", file.toAbsolutePath().toString(),
                    String.valueOf(e.getMessage()));
        }
    }

    /**
     * Attaches what {@code in} holds (read to its end, not closed) under {@code fileName}: the
     * permission is checked first, the content streamed into the store, then the row recorded.
     */
    public Attachment attach(AttachmentOwnerKind ownerKind, UUID ownerId, AttachmentKind kind, InputStream in,
                             String fileName) {
        Actor actor = session.actor();
        store.transact(s -> {
            AttachmentOperations.requireMayChange(s, actor, ownerKind, ownerId);
            return null;
        });
        AttachmentFiles.Stored stored;
        try {
            stored = store.attachmentFiles().put(in);
        } catch (UncheckedIOException e) {
            throw new DomainException(e, "error.attachment.store", String.valueOf(e.getCause().getMessage()));
        }
        return store.transact(s -> AttachmentOperations.record(s, actor, ownerKind, ownerId, kind, stored, fileName));
    }

    /** The files of a hazard or a round, in the order they were added. */
    public List<Attachment> list(AttachmentOwnerKind ownerKind, UUID ownerId) {
        return store.transact(s -> s.attachments().list(ownerKind, ownerId));
    }

    /** Whether the signed-in user may add or remove files of this owner (the strip offers its buttons or not). */
    public boolean mayChange(AttachmentOwnerKind ownerKind, UUID ownerId) {
        try {
            store.transact(s -> {
                AttachmentOperations.requireMayChange(s, session.actor(), ownerKind, ownerId);
                return null;
            });
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /** Removes an attachment (a tombstone; the stored file stays for any other row sharing it). Audited. */
    public void remove(UUID attachmentId, int revision) {
        store.transact(s -> AttachmentOperations.remove(s, session.actor(), attachmentId, revision));
    }

    /** Removes an attachment as the user saw it. */
    public void remove(Attachment attachment) {
        remove(attachment.id(), attachment.revision());
    }

    public Attachment attachment(UUID attachmentId) {
        return store.transact(s -> s.attachments().byId(attachmentId))
                .orElseThrow(() -> new DomainException("error.attachment.notFound"));
    }

    /**
     * The stored file, for reading (a picture viewer); refused with "file missing" when it is gone.
     * The file has no extension: use {@link #viewingCopy} for the system's viewer.
     */
    public Path file(UUID attachmentId) {
        Attachment a = attachment(attachmentId);
        if (status(a) == AttachmentStatus.MISSING) {
            throw new DomainException("error.attachment.missing", a.fileName());
        }
        return store.attachmentFiles().path(a.sha256());
    }

    /** The content, streamed; refused with "file missing" when it is gone. */
    public InputStream open(UUID attachmentId) {
        try {
            return Files.newInputStream(file(attachmentId));
        } catch (IOException e) {
            throw new DomainException(e, "error.attachment.unreadable", attachment(attachmentId).fileName());
        }
    }

    /** A copy under the name the user gave it, for the system's viewer; refused when the file is missing. */
    public Path viewingCopy(UUID attachmentId) {
        Attachment a = attachment(attachmentId);
        if (status(a) == AttachmentStatus.MISSING) {
            throw new DomainException("error.attachment.missing", a.fileName());
        }
        try {
            return store.attachmentFiles().viewingCopy(a.sha256(), a.id().toString(), a.fileName());
        } catch (UncheckedIOException e) {
            throw new DomainException(e, "error.attachment.unreadable", a.fileName());
        }
    }

    /**
     * A quick look at the file on disk: MISSING when gone, UNREADABLE when it cannot be read or its
     * length changed, else PRESENT. {@link #verify} also compares the hash.
     */
    public AttachmentStatus status(Attachment a) {
        Path p = store.attachmentFiles().path(a.sha256());
        if (!Files.exists(p)) {
            return AttachmentStatus.MISSING;
        }
        try {
            return Files.isRegularFile(p) && Files.isReadable(p) && Files.size(p) == a.size()
                    ? AttachmentStatus.PRESENT : AttachmentStatus.UNREADABLE;
        } catch (IOException e) {
            return AttachmentStatus.UNREADABLE;
        }
    }

    /** As {@link #status}, and the content still hashes to what was stored (reads the whole file). */
    public AttachmentStatus verify(Attachment a) {
        AttachmentStatus quick = status(a);
        if (quick != AttachmentStatus.PRESENT) {
            return quick;
        }
        try {
            return store.attachmentFiles().hashOnDisk(a.sha256()).equals(a.sha256())
                    ? AttachmentStatus.PRESENT : AttachmentStatus.UNREADABLE;
        } catch (IOException e) {
            return AttachmentStatus.UNREADABLE;
        }
    }

    /** A scaled PNG of a picture attachment (cached in the data folder); empty when it cannot be shown. */
    public Optional<byte[]> thumbnail(UUID attachmentId, int maxSize) {
        return Optional.ofNullable(preview(attachment(attachmentId), maxSize).thumbnail());
    }

    /**
     * What a view shows for {@code a}: its status and, for a readable picture, a thumbnail. Never
     * throws for a missing or damaged file: it says so in the status.
     */
    public AttachmentPreview preview(Attachment a, int maxSize) {
        AttachmentStatus status = a.size() <= VERIFY_LIMIT ? verify(a) : status(a);
        if (status != AttachmentStatus.PRESENT || !a.isImage()) {
            return new AttachmentPreview(a, status, null);
        }
        AttachmentFiles files = store.attachmentFiles();
        Path cached = files.thumbnail(a.sha256(), maxSize);
        try {
            if (Files.isRegularFile(cached)) {
                return new AttachmentPreview(a, status, Files.readAllBytes(cached));
            }
            byte[] png = Thumbnails.render(files.path(a.sha256()), maxSize);
            try {
                files.writeAtomically(cached, png);
            } catch (UncheckedIOException e) {
                LOG.warn("Cannot cache the thumbnail of {}", a.fileName(), e);
            }
            return new AttachmentPreview(a, status, png);
        } catch (IOException | RuntimeException e) {
            LOG.info("Attachment {} ({}) is not a readable picture: {}", a.fileName(), a.sha256(), e.toString());
            return new AttachmentPreview(a, AttachmentStatus.UNREADABLE, null);
        }
    }

    /** The previews of every file of an owner. */
    public List<AttachmentPreview> previews(AttachmentOwnerKind ownerKind, UUID ownerId, int maxSize) {
        return list(ownerKind, ownerId).stream().map(a -> preview(a, maxSize)).toList();
    }
}
