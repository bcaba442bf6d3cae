package org.hazardledger.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.hazardledger.model.BundleKind;
import org.hazardledger.model.BundleLogEntry;
import org.hazardledger.model.ChangeRange;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Installation;
import org.hazardledger.model.RecordConflict;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.store.AttachmentFiles;
import org.hazardledger.store.ExportedColumns;
import org.hazardledger.store.ReceivedRecordRepository;
import org.hazardledger.store.Store;
import org.hazardledger.store.TravellingRowRepository;

/**
 * The ledger side of the exchange with the federation: which records travel, and applying what
 * arrives. Each public method is one transaction. The bundle file itself (OpenPGP, ZIP, JSON) is the
 * exchange package's business.
 */
public final class ExchangeRecordsService {

    /** The audit trail's entity type for the bundle log. */
    static final String ENTITY = "exchange_bundle";
    static final String CONFLICT_ENTITY = "record_conflict";
    private static final Set<BundleKind> RECEIPTED = EnumSet.of(BundleKind.RECORDS, BundleKind.FEEDBACK);

    private final Store store;
    private final UserSession session;
    private final RecordValidator validator = new RecordValidator();

    public ExchangeRecordsService(Store store, UserSession session) {
        this.store = store;
        this.session = session;
    }

    /** This ledger's installation id, role and name (the id is made on first use). */
    public Installation installation() {
        return store.transact(InstallationOperations::installation);
    }

    /** The highest change sequence any travelling row of this ledger carries (0 for none). */
    public long lastChangeSeq() {
        return store.transact(s -> s.travellingRows().lastChangeSeq());
    }

    /**
     * Streams this ledger's own records (enterprise side: records bundle) whose change sequence lies in
     * {@code range}, type by type in RecordType order, to {@code sink}; never a sealed reporter identity,
     * an anonymous finder or contact details. Returns the number of records.
     *
     * <p>What travels per type is {@link ExportedColumns}' allow-list; COMPLIANCE (per unit and month
     * touched by the rounds in range) and CAMPAIGN_FIGURE (per quarter touched by the hazards and union
     * records in range) are computed, with the range end as revision and change sequence.
     */
    public int collectRecords(ChangeRange range, Consumer<TravellingRecord> sink, Progress progress) {
        return store.transact(s -> {
            TravellingRowRepository x = s.travellingRows();
            long total = 0;
            for (RecordType type : ExportedColumns.tableTypes()) {
                total += x.countChanged(type, range);
            }
            long expected = total;
            long[] done = {0};
            Consumer<TravellingRecord> counted = r -> {
                progress.checkCancelled();
                sink.accept(r);
                done[0]++;
                progress.update(done[0], Math.max(expected, done[0]));
            };
            int count = 0;
            for (RecordType type : RecordType.values()) {
                if (type == RecordType.COMPLIANCE) {
                    count += DerivedRecords.compliance(s, range, counted);
                } else if (type == RecordType.CAMPAIGN_FIGURE) {
                    count += DerivedRecords.campaignFigures(s, range, counted);
                } else {
                    count += x.collect(type, range, counted);
                }
            }
            return count;
        });
    }

    /** One BUNDLE_RECEIPT record per RECORDS/FEEDBACK bundle applied from {@code senderInstallation}. */
    public int collectReceipts(UUID senderInstallation, Consumer<TravellingRecord> sink) {
        return store.transact(s -> {
            List<BundleLogEntry> applied = s.bundleLog().receivedFrom(senderInstallation, RECEIPTED);
            for (BundleLogEntry e : applied) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("kind", e.kind().name());
                fields.put("changeFrom", e.changes().from());
                fields.put("changeTo", e.changes().to());
                fields.put("full", e.changes().full());
                fields.put("appliedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.processedAt()));
                sink.accept(new TravellingRecord(RecordType.BUNDLE_RECEIPT, e.bundleId(), 1, e.changes().to(),
                        e.processedAt(), false, fields));
            }
            return applied.size();
        });
    }

    /**
     * The highest change sequence n such that every change 1..n sent to {@code recipientInstallation}
     * has been acknowledged (0 for none): an incremental bundle starts at n + 1.
     */
    public long acknowledgedUpTo(UUID recipientInstallation) {
        return store.transact(s -> contiguous(s.bundleLog().acknowledgedRanges(recipientInstallation, RECEIPTED)));
    }

    /** The end of the run of {@code ranges} (sorted by start) that covers 1..n without a gap. */
    static long contiguous(List<ChangeRange> ranges) {
        long upTo = 0;
        for (ChangeRange r : ranges) {
            if (r.isEmpty()) {
                continue;
            }
            if (r.from() > upTo + 1) {
                break;
            }
            upTo = Math.max(upTo, r.to());
        }
        return upTo;
    }

    /** The RECEIVED log entry of a bundle already applied, for replay detection. */
    public Optional<BundleLogEntry> received(UUID bundleId) {
        return store.transact(s -> s.bundleLog().bundle(bundleId, BundleLogEntry.Direction.RECEIVED));
    }

    /** Logs a bundle this installation has written and read back (direction SENT; audited). */
    public void recordSent(BundleLogEntry entry) {
        store.transact(s -> {
            Actor actor = session.actor();
            OffsetDateTime now = s.bundleLog().now();
            BundleLogEntry sent = new BundleLogEntry(entry.bundleId(), BundleLogEntry.Direction.SENT, entry.kind(),
                    entry.senderFingerprint(), entry.senderInstallation(), entry.recipientFingerprint(),
                    entry.recipientInstallation(), entry.changes(), entry.recordCount(),
                    entry.createdAt() == null ? now : entry.createdAt(),
                    entry.processedAt() == null ? now : entry.processedAt(),
                    entry.processedBy() == null ? actor.name() : entry.processedBy(), entry.fileName(), null);
            s.bundleLog().insertBundle(sent);
            s.events().append(actor.name(), ENTITY, sent.bundleId(), "BUNDLE_EXPORTED", new EventPayload()
                    .put("kind", sent.kind()).put("recipient", sent.recipientInstallation())
                    .put("recipientKey", sent.recipientFingerprint()).put("changeFrom", sent.changes().from())
                    .put("changeTo", sent.changes().to()).put("full", sent.changes().full())
                    .put("records", sent.recordCount()).put("file", sent.fileName()).toJson());
            return null;
        });
    }

    /** Every bundle written and applied, newest first. */
    public List<BundleLogEntry> log() {
        return store.transact(s -> s.bundleLog().log());
    }

    /**
     * Stores an attachment's bytes in the content-addressed store before {@link #apply} (outside any
     * transaction; a rolled-back import leaves at most an unreferenced file). Refuses bytes whose
     * SHA-256 is not {@code sha256} ({@code error.bundle.attachmentHash}); nothing is kept then.
     */
    public void storeAttachment(String sha256, InputStream bytes) {
        String expected = sha256 == null ? "" : sha256.toLowerCase(Locale.ROOT);
        if (!expected.matches("[0-9a-f]{64}")) {
            throw new DomainException("error.bundle.attachmentHash", String.valueOf(sha256), "-");
        }
        AttachmentFiles.Stored stored = store.attachmentFiles().putExpecting(bytes, expected);
        if (!stored.sha256().equals(expected)) {
            throw new DomainException("error.bundle.attachmentHash", expected, stored.sha256());
        }
    }

    /** Opens the stored bytes of an attachment for export ({@code error.bundle.attachmentMissing} when absent). */
    public InputStream openAttachment(String sha256) {
        try {
            Path file = store.attachmentFiles().path(sha256);
            return Files.newInputStream(file);
        } catch (IllegalArgumentException | IOException e) {
            throw new DomainException(e, "error.bundle.attachmentMissing", String.valueOf(sha256));
        }
    }

    /** Checks one received record before it is applied ({@link RecordValidator}). */
    public void validate(TravellingRecord record) {
        validator.validate(record);
    }

    /**
     * Applies one verified bundle in one transaction: refuses a bundle id already applied
     * ({@code error.bundle.replay}: the day it was applied, the bundle id); upserts every record by
     * (sender, type, id) where a higher revision wins and an equal revision with another content becomes
     * a {@link RecordConflict} (computed records, COMPLIANCE and CAMPAIGN_FIGURE, are figures rather than
     * edits: there the later {@code updatedAt} wins); every BUNDLE_RECEIPT marks the bundle it names, sent
     * to this bundle's sender, acknowledged (other ids are counted and ignored); logs the bundle (direction RECEIVED) and writes
     * one audit event. Every record is validated first. Cancelling rolls everything back.
     */
    public ApplyResult apply(BundleLogEntry entry, Iterable<IncomingRecord> records, Progress progress) {
        return store.transact(s -> ReceivedRecordOperations.apply(s, session, validator, entry, records, progress));
    }

    /**
     * The records received from {@code sourceInstallation} as they are held now: "type/id" → the JSON
     * line (the winner of any revisions and conflicts so far), in type and id order.
     */
    public Map<String, String> receivedPayloads(UUID sourceInstallation) {
        return store.transact(s -> {
            Map<String, String> held = new LinkedHashMap<>();
            for (ReceivedRecordRepository.Received r : s.receivedRecords().receivedFrom(sourceInstallation)) {
                held.put(r.type().wireName() + "/" + r.id(), r.payload());
            }
            return held;
        });
    }

    /** Conflicts between two edits of one revision, oldest first; open ones only when {@code openOnly}. */
    public List<RecordConflict> conflicts(boolean openOnly) {
        return store.transact(s -> s.receivedRecords().conflicts(openOnly));
    }

    /**
     * Resolves an open conflict by keeping the stored value or taking the incoming one (audited).
     * Refused when the conflict is unknown ({@code error.conflict.notFound}), already resolved
     * ({@code error.conflict.resolved}), or, to take the incoming value, when a later revision has
     * arrived since ({@code error.conflict.superseded}).
     */
    public RecordConflict resolve(UUID conflictId, RecordConflict.Resolution resolution) {
        return store.transact(s -> ReceivedRecordOperations.resolve(s, session.actor(), conflictId, resolution));
    }
}
