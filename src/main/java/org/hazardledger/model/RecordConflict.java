package org.hazardledger.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Two different contents of the same record under the same revision: the stored one stays until a
 * user resolves the conflict; both are kept.
 *
 * @param resolution null while open
 */
public record RecordConflict(UUID id, UUID sourceInstallation, RecordType type, UUID recordId, int revision,
        String keptPayload, String incomingPayload, UUID bundleId, OffsetDateTime detectedAt,
        OffsetDateTime resolvedAt, String resolvedBy, Resolution resolution) {

    public enum Resolution {
        /** The stored value stays. */
        KEPT,
        /** The incoming value replaced it. */
        TAKEN
    }

    public boolean isOpen() {
        return resolution == null;
    }
}
