package org.hazardledger.model;

import java.util.Objects;

/**
 * What a view shows for one attachment: its status and, for a readable picture, a small PNG.
 *
 * @param thumbnail PNG bytes of the scaled picture; null for documents and for files that are not PRESENT
 */
public record AttachmentPreview(Attachment attachment, AttachmentStatus status, byte[] thumbnail) {

    public AttachmentPreview {
        Objects.requireNonNull(attachment, "attachment");
        Objects.requireNonNull(status, "status");
    }
}
