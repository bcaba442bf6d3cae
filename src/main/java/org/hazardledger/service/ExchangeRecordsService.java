package org.hazardledger.service;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.hazardledger.model.BundleLogEntry;
import org.hazardledger.model.ChangeRange;
import org.hazardledger.model.Installation;
import org.hazardledger.model.RecordConflict;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.store.Store;

/**
 * The ledger side of the exchange with the federation: which records travel, and applying what
 * arrives. Each public method is one transaction. The bundle file itself (OpenPGP, ZIP, JSON) is the
 * exchange package's business.
 */
public final class ExchangeRecordsService {

    private final Store store;
    private final UserSession session;

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
        throw new UnsupportedOperationException("S05: ExchangeRecordsService.lastChangeSeq");
    }

    /**
     * Streams this ledger's own records (enterprise side: records bundle) whose change sequence lies in
     * {@code range}, type by type in RecordType order, to {@code sink}; never a sealed reporter identity,
     * an anonymous finder or contact details. Returns the number of records.
     */
    public int collectRecords(ChangeRange range, Consumer<TravellingRecord> sink, Progress progress) {
        throw new UnsupportedOperationException("S05: ExchangeRecordsService.collectRecords");
    }

    /** One BUNDLE_RECEIPT record per RECORDS/FEEDBACK bundle applied from {@code senderInstallation}. */
    public int collectReceipts(UUID senderInstallation, Consumer<TravellingRecord> sink) {
        throw new UnsupportedOperationException("S05: ExchangeRecordsService.collectReceipts");
    }

    /**
     * The highest change sequence n such that every change 1..n sent to {@code recipientInstallation}
     * has been acknowledged (0 for none): an incremental bundle starts at n + 1.
     */
    public long acknowledgedUpTo(UUID recipientInstallation) {
        throw new UnsupportedOperationException("S05: ExchangeRecordsService.acknowledgedUpTo");
    }

    /** The RECEIVED log entry of a bundle already applied, for replay detection. */
    public Optional<BundleLogEntry> received(UUID bundleId) {
        throw new UnsupportedOperationException("S05: ExchangeRecordsService.received");
    }

    /** Logs a bundle this installation has written and read back. */
    public void recordSent(BundleLogEntry entry) {
        throw new UnsupportedOperationException("S05: ExchangeRecordsService.recordSent");
    }

    /** Every bundle written and applied, newest first. */
    public List<BundleLogEntry> log() {
        throw new UnsupportedOperationException("S05: ExchangeRecordsService.log");
    }

    /**
     * Stores an attachment's bytes in the content-addressed store before {@link #apply} (outside any
     * transaction; a rolled-back import leaves at most an unreferenced file). Refuses bytes whose
     * SHA-256 is not {@code sha256}.
     */
    public void storeAttachment(String sha256, InputStream bytes) {
        throw new UnsupportedOperationException("S05: ExchangeRecordsService.storeAttachment");
    }

    /** Opens the stored bytes of an attachment for export. */
    public InputStream openAttachment(String sha256) {
        throw new UnsupportedOperationException("S05: ExchangeRecordsService.openAttachment");
    }

    /**
     * Applies one verified bundle in one transaction: refuses a bundle id already applied
     * ({@code error.bundle.replay}); upserts every record by (sender, type, id) where a higher revision
     * wins and an equal revision with another content becomes a {@link RecordConflict}; for an
     * acknowledgement, marks the SENT bundles it names acknowledged; logs the bundle (direction
     * RECEIVED) and writes one audit event.
     */
    public ApplyResult apply(BundleLogEntry entry, Iterable<IncomingRecord> records, Progress progress) {
        throw new UnsupportedOperationException("S05: ExchangeRecordsService.apply");
    }

    /** Checks one received record as the model checks input ({@code error.bundle.invalidRecord}). */
    public void validate(TravellingRecord record) {
        throw new UnsupportedOperationException("S05: ExchangeRecordsService.validate");
    }

    /** Conflicts between two edits of one revision; open ones only when {@code openOnly}. */
    public List<RecordConflict> conflicts(boolean openOnly) {
        throw new UnsupportedOperationException("S05: ExchangeRecordsService.conflicts");
    }

    /** Resolves an open conflict by keeping the stored value or taking the incoming one (audited). */
    public RecordConflict resolve(UUID conflictId, RecordConflict.Resolution resolution) {
        throw new UnsupportedOperationException("S05: ExchangeRecordsService.resolve");
    }
}
