package org.hazardledger.ui.attachment;

import org.hazardledger.model.Attachment;
import org.hazardledger.model.AttachmentStatus;

/**
 * One file in the strip, as shown: its thumbnail or, for a document, a missing or unreadable file,
 * or one still loading, a placeholder text.
 *
 * @param status      null while the file is being looked at
 * @param thumbnail   PNG bytes of a readable picture, else null
 * @param caption     the kind and the file name, under the tile
 * @param placeholder what the tile shows without a thumbnail ("文件缺失", "PDF", …)
 * @param description the tooltip and the accessible text: name, kind, size, who added it when, status
 */
public record AttachmentTile(Attachment attachment, AttachmentStatus status, byte[] thumbnail, String caption,
                             String placeholder, String description) {

    public boolean hasThumbnail() {
        return thumbnail != null && status == AttachmentStatus.PRESENT;
    }

    public boolean missing() {
        return status == AttachmentStatus.MISSING;
    }

    public boolean unreadable() {
        return status == AttachmentStatus.UNREADABLE;
    }
}
