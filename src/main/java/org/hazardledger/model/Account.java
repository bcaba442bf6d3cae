package org.hazardledger.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A local login. The password hash is deliberately not part of it, so an account can be shown,
 * logged or passed around without the hash going along.
 */
public record Account(UUID id, int revision, String loginName, String displayName, AccountRole role,
                      UUID scopeUnitId, UUID personId, boolean disabled, boolean mustChangePassword,
                      int failedAttempts, Instant lockedUntil, Instant createdAt) {

    /** True while a lockout after repeated failed logins lasts. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
