package org.hazardledger.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.ExchangeKeyEntry;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.store.Store;

/**
 * The keys this ledger knows, as database rows (the OpenPGP work and the secret key files are the
 * exchange package's KeyRing). Each public method is one transaction; each change is audited.
 */
public final class ExchangeKeyService {

    private final Store store;
    private final UserSession session;

    public ExchangeKeyService(Store store, UserSession session) {
        this.store = store;
        this.session = session;
    }

    /**
     * Registers a key: this installation's own (trusted at once, the previous own key retired), or
     * another's public key, untrusted until {@link #trust}. Refuses a fingerprint already known.
     */
    public ExchangeKeyEntry add(Fingerprint fingerprint, UUID installationId, String name, InstallationRole role,
            boolean own, String armoredPublic, OffsetDateTime keyCreatedAt) {
        throw new UnsupportedOperationException("S05: ExchangeKeyService.add");
    }

    /**
     * Trusts another installation's key once the user has confirmed its fingerprint by phone:
     * {@code confirmed} is what the user typed or read back (spaces ignored) and must equal it
     * ({@code error.key.fingerprintMismatch}). Records who and when.
     */
    public ExchangeKeyEntry trust(Fingerprint fingerprint, String confirmed) {
        throw new UnsupportedOperationException("S05: ExchangeKeyService.trust");
    }

    /** Every key, own first, then by name. */
    public List<ExchangeKeyEntry> keys() {
        throw new UnsupportedOperationException("S05: ExchangeKeyService.keys");
    }

    public Optional<ExchangeKeyEntry> key(Fingerprint fingerprint) {
        throw new UnsupportedOperationException("S05: ExchangeKeyService.key");
    }

    /** This installation's current (not retired) own key. */
    public Optional<ExchangeKeyEntry> currentOwn() {
        throw new UnsupportedOperationException("S05: ExchangeKeyService.currentOwn");
    }

    /** The newest trusted, not retired key of another installation (bundles are addressed to it). */
    public Optional<ExchangeKeyEntry> currentTrusted(UUID installationId) {
        throw new UnsupportedOperationException("S05: ExchangeKeyService.currentTrusted");
    }
}
