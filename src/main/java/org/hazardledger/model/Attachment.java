package org.hazardledger.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A file attached to a hazard or a round. The bytes live once in the data folder under their
 * SHA-256; this is what the ledger knows about one attaching of them.
 *
 * @param sha256    lower-case hex SHA-256 of the content, which names the stored file
 * @param size      the content's length in bytes
 * @param mediaType e.g. {@code image/jpeg}; {@code application/octet-stream} when unknown
 * @param fileName  the name the file had when it was attached (shown, and used when opening it)
 * @param addedBy   who attached it, as signed in
 */
public record Attachment(UUID id, int revision, String sha256, long size, String mediaType, String fileName,
                         AttachmentKind kind, AttachmentOwnerKind ownerKind, UUID ownerId, Instant addedAt,
                         String addedBy) {

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ownerKind, "ownerKind");
        Objects.requireNonNull(ownerId, "ownerId");
    }

    /** Whether the file is a picture the workbench can show as a thumbnail. */
    public boolean isImage() {
        return mediaType != null && mediaType.toLowerCase(Locale.ROOT).startsWith("image/");
    }
}
