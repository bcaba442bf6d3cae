package org.hazardledger.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A key as the ledger keeps it: this installation's own, or the other side's public key.
 *
 * @param trustedAt null until a user has confirmed the fingerprint
 * @param retiredAt set when rotation replaced it (it still reads old bundles)
 */
public record ExchangeKeyEntry(Fingerprint fingerprint, UUID installationId, String name, InstallationRole role,
        boolean own, String armoredPublic, OffsetDateTime keyCreatedAt, OffsetDateTime addedAt, String addedBy,
        OffsetDateTime trustedAt, String trustedBy, OffsetDateTime retiredAt) {

    public boolean isTrusted() {
        return trustedAt != null;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }
}
