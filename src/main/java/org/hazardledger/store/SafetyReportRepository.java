package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.HAZARD;
import static org.hazardledger.store.jooq.Tables.ORG_UNIT;
import static org.hazardledger.store.jooq.Tables.SAFETY_REPORT;
import static org.hazardledger.store.jooq.Tables.SEAL_KEY;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.ReportChannel;
import org.hazardledger.model.SafetyReport;
import org.hazardledger.model.SealKey;
import org.hazardledger.store.jooq.tables.records.SafetyReportRecord;
import org.hazardledger.store.jooq.tables.records.SealKeyRecord;
import org.jooq.DSLContext;

/**
 * Safety reports (举报) and the union chair's seal keys. The sealed identity bytes never go into a
 * {@link SafetyReport}: only {@link #sealedIdentity} reads them, for the unseal.
 */
public final class SafetyReportRepository {

    private final DSLContext dsl;
    private final Clock clock;

    SafetyReportRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Stores a new report; {@code sealedIdentity} and {@code sealKeyId} are null for an anonymous one. */
    public void insert(SafetyReport r, byte[] sealedIdentity, UUID sealKeyId) {
        var now = StoreTime.now(clock);
        dsl.insertInto(SAFETY_REPORT)
                .set(SAFETY_REPORT.ID, r.id())
                .set(SAFETY_REPORT.REVISION, 1)
                .set(SAFETY_REPORT.CREATED_AT, now)
                .set(SAFETY_REPORT.UPDATED_AT, now)
                .set(SAFETY_REPORT.NUMBER, r.number())
                .set(SAFETY_REPORT.CHANNEL, r.channel().name())
                .set(SAFETY_REPORT.RECEIVED_ON, r.receivedOn())
                .set(SAFETY_REPORT.UNIT_ID, r.unitId())
                .set(SAFETY_REPORT.SUMMARY, r.summary())
                .set(SAFETY_REPORT.PSEUDONYM, r.pseudonym())
                .set(SAFETY_REPORT.SEALED_IDENTITY, sealedIdentity)
                .set(SAFETY_REPORT.SEAL_KEY_ID, sealKeyId)
                .set(SAFETY_REPORT.HAZARD_ID, r.hazardId())
                .set(SAFETY_REPORT.REGISTERED_BY, r.registeredBy())
                .execute();
    }

    public Optional<SafetyReport> find(UUID id) {
        return dsl.selectFrom(SAFETY_REPORT).where(SAFETY_REPORT.ID.eq(id).and(SAFETY_REPORT.DELETED.isFalse()))
                .fetchOptional(SafetyReportRepository::toReport);
    }

    /** All reports, newest first. */
    public List<SafetyReport> list() {
        return dsl.selectFrom(SAFETY_REPORT).where(SAFETY_REPORT.DELETED.isFalse())
                .orderBy(SAFETY_REPORT.RECEIVED_ON.desc(), SAFETY_REPORT.NUMBER.desc())
                .fetch(SafetyReportRepository::toReport);
    }

    /** The next free number of {@code year}: JB-2026-0001, -0002, … */
    public String nextNumber(int year) {
        String prefix = "JB-" + year + "-";
        String last = dsl.select(org.jooq.impl.DSL.max(SAFETY_REPORT.NUMBER)).from(SAFETY_REPORT)
                .where(SAFETY_REPORT.NUMBER.startsWith(prefix)).fetchOne().value1();
        int next = last == null ? 1 : Integer.parseInt(last.substring(prefix.length())) + 1;
        return prefix + String.format("%04d", next);
    }

    public boolean pseudonymTaken(String pseudonym) {
        return dsl.fetchExists(SAFETY_REPORT, SAFETY_REPORT.PSEUDONYM.eq(pseudonym));
    }

    /** The sealed identity of a report and the key it is sealed to; empty for an anonymous report. */
    public Optional<Sealed> sealedIdentity(UUID reportId) {
        return dsl.select(SAFETY_REPORT.SEALED_IDENTITY, SAFETY_REPORT.SEAL_KEY_ID).from(SAFETY_REPORT)
                .where(SAFETY_REPORT.ID.eq(reportId).and(SAFETY_REPORT.SEALED_IDENTITY.isNotNull()))
                .fetchOptional(r -> new Sealed(r.value1(), r.value2()));
    }

    /** Sealed bytes and the key that opens them. */
    public record Sealed(byte[] bytes, UUID keyId) {
    }

    /** Links the report to a hazard if nobody changed the report since {@code revision}; false when stale. */
    public boolean linkHazard(UUID reportId, int revision, UUID hazardId) {
        return dsl.update(SAFETY_REPORT)
                .set(SAFETY_REPORT.HAZARD_ID, hazardId)
                .set(SAFETY_REPORT.REVISION, revision + 1)
                .set(SAFETY_REPORT.UPDATED_AT, StoreTime.now(clock))
                .where(SAFETY_REPORT.ID.eq(reportId).and(SAFETY_REPORT.REVISION.eq(revision)))
                .execute() == 1;
    }

    /** The report already linked to {@code hazardId}, if any. */
    public Optional<SafetyReport> byHazard(UUID hazardId) {
        return dsl.selectFrom(SAFETY_REPORT).where(SAFETY_REPORT.HAZARD_ID.eq(hazardId)
                        .and(SAFETY_REPORT.DELETED.isFalse())).limit(1)
                .fetchOptional(SafetyReportRepository::toReport);
    }

    /** The numbers of the given hazards, by id. */
    public Map<UUID, String> hazardNumbers(Collection<UUID> hazardIds) {
        return dsl.select(HAZARD.ID, HAZARD.NUMBER).from(HAZARD).where(HAZARD.ID.in(hazardIds))
                .fetchMap(HAZARD.ID, HAZARD.NUMBER);
    }

    /** The names of the given units, by id. */
    public Map<UUID, String> unitNames(Collection<UUID> unitIds) {
        return dsl.select(ORG_UNIT.ID, ORG_UNIT.NAME).from(ORG_UNIT).where(ORG_UNIT.ID.in(unitIds))
                .fetchMap(ORG_UNIT.ID, ORG_UNIT.NAME);
    }

    /** The key of each sealed report, by report id (anonymous reports are left out). */
    public Map<UUID, UUID> sealKeyIds() {
        return dsl.select(SAFETY_REPORT.ID, SAFETY_REPORT.SEAL_KEY_ID).from(SAFETY_REPORT)
                .where(SAFETY_REPORT.SEAL_KEY_ID.isNotNull())
                .fetchMap(SAFETY_REPORT.ID, SAFETY_REPORT.SEAL_KEY_ID);
    }

    // the seal keys

    public void insertKey(SealKey k) {
        dsl.insertInto(SEAL_KEY)
                .set(SEAL_KEY.ID, k.id())
                .set(SEAL_KEY.CREATED_AT, StoreTime.now(clock))
                .set(SEAL_KEY.HOLDER_ACCOUNT_ID, k.holderAccountId())
                .set(SEAL_KEY.PUBLIC_KEY, k.publicKey())
                .set(SEAL_KEY.LOCKED_PRIVATE_KEY, k.lockedPrivateKey())
                .set(SEAL_KEY.KDF_PARAMETERS, k.kdfParameters())
                .set(SEAL_KEY.RETIRED, k.retired())
                .execute();
    }

    /** The key new identities are sealed to: the one not retired, if any. */
    public Optional<SealKey> activeKey() {
        return dsl.selectFrom(SEAL_KEY).where(SEAL_KEY.RETIRED.isFalse()).orderBy(SEAL_KEY.CREATED_AT.desc())
                .limit(1).fetchOptional(SafetyReportRepository::toKey);
    }

    public Optional<SealKey> key(UUID id) {
        return dsl.selectFrom(SEAL_KEY).where(SEAL_KEY.ID.eq(id)).fetchOptional(SafetyReportRepository::toKey);
    }

    /** Every key {@code accountId} holds, active and retired, oldest first. */
    public List<SealKey> keysHeldBy(UUID accountId) {
        return dsl.selectFrom(SEAL_KEY).where(SEAL_KEY.HOLDER_ACCOUNT_ID.eq(accountId))
                .orderBy(SEAL_KEY.CREATED_AT).fetch(SafetyReportRepository::toKey);
    }

    public int retiredKeyCount() {
        return dsl.fetchCount(SEAL_KEY, SEAL_KEY.RETIRED.isTrue());
    }

    /** Locks a key's private key anew (under a new passphrase). */
    public void relockKey(UUID id, byte[] lockedPrivateKey, String kdfParameters) {
        dsl.update(SEAL_KEY).set(SEAL_KEY.LOCKED_PRIVATE_KEY, lockedPrivateKey)
                .set(SEAL_KEY.KDF_PARAMETERS, kdfParameters).where(SEAL_KEY.ID.eq(id)).execute();
    }

    public void retireKey(UUID id) {
        dsl.update(SEAL_KEY).set(SEAL_KEY.RETIRED, true).where(SEAL_KEY.ID.eq(id)).execute();
    }

    static SealKey toKey(SealKeyRecord r) {
        return new SealKey(r.getId(), r.getCreatedAt().toInstant(), r.getHolderAccountId(), r.getPublicKey(),
                r.getLockedPrivateKey(), r.getKdfParameters(), r.getRetired());
    }

    static SafetyReport toReport(SafetyReportRecord r) {
        return new SafetyReport(r.getId(), r.getRevision(), r.getNumber(), ReportChannel.valueOf(r.getChannel()),
                r.getReceivedOn(), r.getUnitId(), r.getSummary(), r.getPseudonym(), r.getSealedIdentity() != null,
                r.getHazardId(), r.getRegisteredBy());
    }
}
