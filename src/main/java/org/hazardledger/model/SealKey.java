package org.hazardledger.model;

import java.time.Instant;
import java.util.UUID;

/**
 * The union chair's seal key: identities are sealed to {@code publicKey}; the private key is kept only
 * encrypted under a key derived from the holder's passphrase ({@code kdfParameters} say how, with the salt).
 * A retired key seals nothing new but still opens what was sealed to it.
 */
public record SealKey(UUID id, Instant createdAt, UUID holderAccountId, byte[] publicKey, byte[] lockedPrivateKey,
                      String kdfParameters, boolean retired) {

    @Override
    public String toString() {
        return "SealKey[" + id + (retired ? ", retired" : "") + "]";
    }
}
