package org.hazardledger.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One bundle written (SENT) or applied (RECEIVED) by this installation. */
public record BundleLogEntry(UUID bundleId, Direction direction, BundleKind kind, Fingerprint senderFingerprint,
        UUID senderInstallation, Fingerprint recipientFingerprint, UUID recipientInstallation, ChangeRange changes,
        int recordCount, OffsetDateTime createdAt, OffsetDateTime processedAt, String processedBy, String fileName,
        OffsetDateTime acknowledgedAt) {

    public enum Direction {
        SENT,
        RECEIVED
    }
}
