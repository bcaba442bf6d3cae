package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.EXCHANGE_KEY;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.ExchangeKeyEntry;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.store.jooq.tables.records.ExchangeKeyRecord;
import org.jooq.DSLContext;

/** The OpenPGP keys this ledger knows: its own and the other side's public keys (table exchange_key). */
public final class ExchangeKeyRepository {

    private final DSLContext dsl;

    ExchangeKeyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(ExchangeKeyEntry e) {
        ExchangeKeyRecord r = dsl.newRecord(EXCHANGE_KEY);
        r.setFingerprint(e.fingerprint().hex());
        r.setInstallationId(e.installationId());
        r.setName(e.name());
        r.setRole(e.role().name());
        r.setOwn(e.own());
        r.setArmoredPublic(e.armoredPublic());
        r.setKeyCreatedAt(e.keyCreatedAt());
        r.setAddedAt(e.addedAt());
        r.setAddedBy(e.addedBy());
        r.setTrustedAt(e.trustedAt());
        r.setTrustedBy(e.trustedBy());
        r.setRetiredAt(e.retiredAt());
        r.insert();
    }

    public Optional<ExchangeKeyEntry> byFingerprint(Fingerprint fingerprint) {
        return dsl.selectFrom(EXCHANGE_KEY).where(EXCHANGE_KEY.FINGERPRINT.eq(fingerprint.hex()))
                .fetchOptional(ExchangeKeyRepository::entry);
    }

    /** Every key: own first, then by name, then newest first. */
    public List<ExchangeKeyEntry> all() {
        return dsl.selectFrom(EXCHANGE_KEY)
                .orderBy(EXCHANGE_KEY.OWN.desc(), EXCHANGE_KEY.NAME, EXCHANGE_KEY.KEY_CREATED_AT.desc(),
                        EXCHANGE_KEY.FINGERPRINT)
                .fetch(ExchangeKeyRepository::entry);
    }

    /** The keys of one installation, newest (by key creation) first. */
    public List<ExchangeKeyEntry> ofInstallation(UUID installationId) {
        return dsl.selectFrom(EXCHANGE_KEY).where(EXCHANGE_KEY.INSTALLATION_ID.eq(installationId))
                .orderBy(EXCHANGE_KEY.KEY_CREATED_AT.desc(), EXCHANGE_KEY.ADDED_AT.desc(), EXCHANGE_KEY.FINGERPRINT)
                .fetch(ExchangeKeyRepository::entry);
    }

    /** This installation's own keys, newest (by key creation) first. */
    public List<ExchangeKeyEntry> own() {
        return dsl.selectFrom(EXCHANGE_KEY).where(EXCHANGE_KEY.OWN.isTrue())
                .orderBy(EXCHANGE_KEY.KEY_CREATED_AT.desc(), EXCHANGE_KEY.ADDED_AT.desc(), EXCHANGE_KEY.FINGERPRINT)
                .fetch(ExchangeKeyRepository::entry);
    }

    /** Marks a key trusted by {@code by} at {@code at}; false if no such key. */
    public boolean trust(Fingerprint fingerprint, OffsetDateTime at, String by) {
        return dsl.update(EXCHANGE_KEY).set(EXCHANGE_KEY.TRUSTED_AT, at).set(EXCHANGE_KEY.TRUSTED_BY, by)
                .where(EXCHANGE_KEY.FINGERPRINT.eq(fingerprint.hex())).execute() == 1;
    }

    /** Marks a key retired at {@code at} (a newer one replaced it); false if no such key. */
    public boolean retire(Fingerprint fingerprint, OffsetDateTime at) {
        return dsl.update(EXCHANGE_KEY).set(EXCHANGE_KEY.RETIRED_AT, at)
                .where(EXCHANGE_KEY.FINGERPRINT.eq(fingerprint.hex())).execute() == 1;
    }

    private static ExchangeKeyEntry entry(ExchangeKeyRecord r) {
        return new ExchangeKeyEntry(new Fingerprint(r.getFingerprint()), r.getInstallationId(), r.getName(),
                InstallationRole.valueOf(r.getRole()), Boolean.TRUE.equals(r.getOwn()), r.getArmoredPublic(),
                r.getKeyCreatedAt(), r.getAddedAt(), r.getAddedBy(), r.getTrustedAt(), r.getTrustedBy(),
                r.getRetiredAt());
    }
}
