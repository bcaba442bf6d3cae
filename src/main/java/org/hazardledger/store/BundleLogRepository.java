package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.EXCHANGE_BUNDLE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hazardledger.model.BundleKind;
import org.hazardledger.model.BundleLogEntry;
import org.hazardledger.model.ChangeRange;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.store.jooq.tables.records.ExchangeBundleRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The log of the bundles this ledger wrote (SENT, later acknowledged) and applied (RECEIVED). */
public final class BundleLogRepository {

    private final DSLContext dsl;
    private final Clock clock;

    BundleLogRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public void insertBundle(BundleLogEntry e) {
        ExchangeBundleRecord r = dsl.newRecord(EXCHANGE_BUNDLE);
        r.setBundleId(e.bundleId());
        r.setDirection(e.direction().name());
        r.setKind(e.kind().name());
        r.setSenderFingerprint(e.senderFingerprint().hex());
        r.setSenderInstallation(e.senderInstallation());
        r.setRecipientFingerprint(e.recipientFingerprint().hex());
        r.setRecipientInstallation(e.recipientInstallation());
        r.setChangeFrom(e.changes().from());
        r.setChangeTo(e.changes().to());
        r.setFullExport(e.changes().full());
        r.setRecordCount(e.recordCount());
        r.setCreatedAt(e.createdAt());
        r.setProcessedAt(e.processedAt());
        r.setProcessedBy(e.processedBy());
        r.setFileName(e.fileName());
        r.setAcknowledgedAt(e.acknowledgedAt());
        r.insert();
    }

    public Optional<BundleLogEntry> bundle(UUID bundleId, BundleLogEntry.Direction direction) {
        return dsl.selectFrom(EXCHANGE_BUNDLE)
                .where(EXCHANGE_BUNDLE.BUNDLE_ID.eq(bundleId).and(EXCHANGE_BUNDLE.DIRECTION.eq(direction.name())))
                .fetchOptional().map(BundleLogRepository::toEntry);
    }

    /** Every bundle written and applied, newest first. */
    public List<BundleLogEntry> log() {
        return dsl.selectFrom(EXCHANGE_BUNDLE)
                .orderBy(EXCHANGE_BUNDLE.PROCESSED_AT.desc(), EXCHANGE_BUNDLE.CREATED_AT.desc(),
                        EXCHANGE_BUNDLE.BUNDLE_ID.desc())
                .fetch(BundleLogRepository::toEntry);
    }

    /** The bundles of {@code kinds} applied from {@code senderInstallation}, oldest first. */
    public List<BundleLogEntry> receivedFrom(UUID senderInstallation, Set<BundleKind> kinds) {
        return dsl.selectFrom(EXCHANGE_BUNDLE)
                .where(EXCHANGE_BUNDLE.DIRECTION.eq(BundleLogEntry.Direction.RECEIVED.name())
                        .and(EXCHANGE_BUNDLE.SENDER_INSTALLATION.eq(senderInstallation))
                        .and(EXCHANGE_BUNDLE.KIND.in(kinds.stream().map(Enum::name).toList())))
                .orderBy(EXCHANGE_BUNDLE.PROCESSED_AT, EXCHANGE_BUNDLE.BUNDLE_ID)
                .fetch(BundleLogRepository::toEntry);
    }

    /** The change ranges of the bundles of {@code kinds} sent to {@code recipient} and acknowledged. */
    public List<ChangeRange> acknowledgedRanges(UUID recipientInstallation, Set<BundleKind> kinds) {
        return dsl.select(EXCHANGE_BUNDLE.CHANGE_FROM, EXCHANGE_BUNDLE.CHANGE_TO, EXCHANGE_BUNDLE.FULL_EXPORT)
                .from(EXCHANGE_BUNDLE)
                .where(EXCHANGE_BUNDLE.DIRECTION.eq(BundleLogEntry.Direction.SENT.name())
                        .and(EXCHANGE_BUNDLE.RECIPIENT_INSTALLATION.eq(recipientInstallation))
                        .and(EXCHANGE_BUNDLE.KIND.in(kinds.stream().map(Enum::name).toList()))
                        .and(EXCHANGE_BUNDLE.ACKNOWLEDGED_AT.isNotNull()))
                .orderBy(EXCHANGE_BUNDLE.CHANGE_FROM, EXCHANGE_BUNDLE.CHANGE_TO)
                .fetch(r -> new ChangeRange(r.value1(), r.value2(), r.value3()));
    }

    /**
     * Marks the bundle {@code bundleId} this ledger sent to {@code recipientInstallation} acknowledged (an
     * earlier acknowledgement keeps its time). Returns false when no such bundle was sent to it.
     */
    public boolean acknowledge(UUID bundleId, UUID recipientInstallation) {
        return dsl.update(EXCHANGE_BUNDLE)
                .set(EXCHANGE_BUNDLE.ACKNOWLEDGED_AT, DSL.coalesce(EXCHANGE_BUNDLE.ACKNOWLEDGED_AT, DSL.val(now())))
                .where(EXCHANGE_BUNDLE.BUNDLE_ID.eq(bundleId)
                        .and(EXCHANGE_BUNDLE.DIRECTION.eq(BundleLogEntry.Direction.SENT.name()))
                        .and(EXCHANGE_BUNDLE.RECIPIENT_INSTALLATION.eq(recipientInstallation)))
                .execute() > 0;
    }

    private static BundleLogEntry toEntry(ExchangeBundleRecord r) {
        return new BundleLogEntry(r.getBundleId(), BundleLogEntry.Direction.valueOf(r.getDirection()),
                BundleKind.valueOf(r.getKind()), new Fingerprint(r.getSenderFingerprint()), r.getSenderInstallation(),
                new Fingerprint(r.getRecipientFingerprint()), r.getRecipientInstallation(),
                new ChangeRange(r.getChangeFrom(), r.getChangeTo(), r.getFullExport()), r.getRecordCount(),
                r.getCreatedAt(), r.getProcessedAt(), r.getProcessedBy(), r.getFileName(), r.getAcknowledgedAt());
    }

    /** Now, at the precision the database keeps. */
    public OffsetDateTime now() {
        return StoreTime.now(clock);
    }
}
