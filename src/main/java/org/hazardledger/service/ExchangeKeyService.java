package org.hazardledger.service;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.ExchangeKeyEntry;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.store.Store;
import org.hazardledger.store.StoreSession;

/**
 * The keys this ledger knows, as database rows (the OpenPGP work and the secret key files are the
 * exchange package's KeyRing). Each public method is one transaction; each change is audited.
 */
public final class ExchangeKeyService {

    /** The audit trail's entity type for keys; the entity id is {@link #entityId}. */
    static final String ENTITY = "exchange_key";

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
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(installationId, "installationId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(armoredPublic, "armoredPublic");
        Objects.requireNonNull(keyCreatedAt, "keyCreatedAt");
        Actor actor = session.actor();
        return store.transact(s -> {
            requireManager(actor);
            if (s.exchangeKeys().byFingerprint(fingerprint).isPresent()) {
                throw new DomainException("error.key.known", fingerprint.grouped());
            }
            OffsetDateTime now = OffsetDateTime.now(s.clock());
            if (own) {
                for (ExchangeKeyEntry old : s.exchangeKeys().own()) {
                    if (!old.isRetired()) {
                        retire(s, actor, old, now, fingerprint);
                    }
                }
            }
            s.exchangeKeys().insert(new ExchangeKeyEntry(fingerprint, installationId, name.strip(), role, own,
                    armoredPublic, keyCreatedAt, now, actor.name(), own ? now : null, own ? actor.name() : null,
                    null));
            s.events().append(actor.name(), ENTITY, entityId(fingerprint), "ADD", new EventPayload()
                    .put("fingerprint", fingerprint.hex()).put("installation", installationId)
                    .put("name", name.strip()).put("role", role).put("own", own)
                    .put("keyCreatedAt", keyCreatedAt).put("trusted", own).toJson());
            return s.exchangeKeys().byFingerprint(fingerprint).orElseThrow();
        });
    }

    /**
     * Trusts another installation's key once the user has confirmed its fingerprint by phone:
     * {@code confirmed} is what the user typed or read back (spaces ignored) and must equal it
     * ({@code error.key.fingerprintMismatch}). Records who and when. A key already trusted (an own key
     * always is) stays as it was. Once trusted, the older keys of that installation are retired: bundles
     * go to its newest trusted key.
     */
    public ExchangeKeyEntry trust(Fingerprint fingerprint, String confirmed) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Actor actor = session.actor();
        return store.transact(s -> {
            requireManager(actor);
            ExchangeKeyEntry key = s.exchangeKeys().byFingerprint(fingerprint)
                    .orElseThrow(() -> new DomainException("error.key.unknown", fingerprint.grouped()));
            if (!normalise(confirmed).equals(fingerprint.hex())) {
                throw new DomainException("error.key.fingerprintMismatch", fingerprint.grouped(),
                        confirmed == null ? "" : confirmed.strip());
            }
            if (key.isTrusted()) {
                return key;
            }
            OffsetDateTime now = OffsetDateTime.now(s.clock());
            s.exchangeKeys().trust(fingerprint, now, actor.name());
            s.events().append(actor.name(), ENTITY, entityId(fingerprint), "TRUST", new EventPayload()
                    .put("fingerprint", fingerprint.hex()).put("installation", key.installationId())
                    .put("name", key.name()).put("role", key.role()).toJson());
            retireOlderThanNewestTrusted(s, actor, key.installationId(), now);
            return s.exchangeKeys().byFingerprint(fingerprint).orElseThrow();
        });
    }

    /** Every key, own first, then by name. */
    public List<ExchangeKeyEntry> keys() {
        return store.transact(s -> s.exchangeKeys().all());
    }

    public Optional<ExchangeKeyEntry> key(Fingerprint fingerprint) {
        return store.transact(s -> s.exchangeKeys().byFingerprint(fingerprint));
    }

    /** This installation's current (not retired) own key. */
    public Optional<ExchangeKeyEntry> currentOwn() {
        return store.transact(s -> s.exchangeKeys().own().stream().filter(k -> !k.isRetired()).findFirst());
    }

    /** This installation's own keys, the current first, then the retired ones newest first. */
    public List<ExchangeKeyEntry> ownKeys() {
        return store.transact(s -> s.exchangeKeys().own().stream()
                .sorted(Comparator.comparing(ExchangeKeyEntry::isRetired)).toList());
    }

    /**
     * The newest trusted, not retired key of another installation (bundles are addressed to it). Older
     * keys were retired when the newer one was trusted ({@link #trust}).
     */
    public Optional<ExchangeKeyEntry> currentTrusted(UUID installationId) {
        return store.transact(s -> s.exchangeKeys().ofInstallation(installationId).stream()
                .filter(k -> !k.own() && k.isTrusted() && !k.isRetired()).findFirst());
    }

    /** The audit trail's entity id of a key: a name-based UUID of its fingerprint. */
    public static UUID entityId(Fingerprint fingerprint) {
        return UUID.nameUUIDFromBytes(fingerprint.hex().getBytes(StandardCharsets.US_ASCII));
    }

    /** What a user typed or read back, as fingerprint digits: spaces (and - or :) left out, upper case. */
    static String normalise(String confirmed) {
        return confirmed == null ? "" : confirmed.replaceAll("[\\s\\-:]", "").toUpperCase(Locale.ROOT);
    }

    private static void retireOlderThanNewestTrusted(StoreSession s, Actor actor, UUID installationId,
            OffsetDateTime now) {
        List<ExchangeKeyEntry> keys = s.exchangeKeys().ofInstallation(installationId).stream()
                .filter(k -> !k.own()).toList();
        Optional<ExchangeKeyEntry> newest = keys.stream().filter(ExchangeKeyEntry::isTrusted).findFirst();
        if (newest.isEmpty()) {
            return;
        }
        for (ExchangeKeyEntry k : keys) {
            if (!k.isRetired() && k.keyCreatedAt().isBefore(newest.get().keyCreatedAt())) {
                retire(s, actor, k, now, newest.get().fingerprint());
            }
        }
    }

    private static void retire(StoreSession s, Actor actor, ExchangeKeyEntry old, OffsetDateTime now,
            Fingerprint replacedBy) {
        s.exchangeKeys().retire(old.fingerprint(), now);
        s.events().append(actor.name(), ENTITY, entityId(old.fingerprint()), "RETIRE", new EventPayload()
                .put("fingerprint", old.fingerprint().hex()).put("installation", old.installationId())
                .put("own", old.own()).put("replacedBy", replacedBy.hex()).toJson());
    }

    /** Keys are the clerk’s or the administrator’s business (or a process’s, such as the command line). */
    private static void requireManager(Actor actor) {
        AccountRole role = actor.role();
        if (role != null && role != AccountRole.CLERK && role != AccountRole.ADMIN) {
            throw new DomainException("error.key.forbidden", role.labelKey());
        }
    }
}
